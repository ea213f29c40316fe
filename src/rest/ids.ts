/**
 * Longest id accepted: Stream's own ids are at most 255 characters, and a request line must stay
 * under the header limit of Stream's front end even with several ids in it.
 */
export const MAX_ID_LENGTH = 255;
/** Most ids in one list argument (a query string of 100 full-length ids stays under MAX_REQUEST_TARGET_BYTES). */
export const MAX_IDS_PER_CALL = 100;
/**
 * Longest path plus query string sent, in bytes: Stream's front end answers 431 to request lines
 * much longer than this, so the gateway refuses such input before sending it.
 */
export const MAX_REQUEST_TARGET_BYTES = 7500;

/** Whether a string is well-formed UTF-16 (no lone surrogates), which encodeURIComponent and Stream require. */
export function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Why a string cannot be an id, or undefined when it can. */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return 'must not be empty';
  if (id.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters`;
  if (!isWellFormed(id)) return 'must be well-formed Unicode (no lone surrogates)';
  return undefined;
}
