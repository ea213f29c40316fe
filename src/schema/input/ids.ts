import { badUserInput } from '../errors.js';

/**
 * Longest id accepted: Stream's own ids are at most 255 characters, and a request line must stay
 * under the header limit of Stream's front end even with several ids in the query string.
 */
export const MAX_ID_LENGTH = 255;
/** Most ids sent in one upstream call (a query string of 100 full-length ids stays near 26 KB). */
export const MAX_IDS_PER_CALL = 100;

/** Why a string cannot be an id, or undefined when it can. */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return 'must not be empty';
  if (id.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters`;
  if (!(id as string & { isWellFormed(): boolean }).isWellFormed()) return 'must be well-formed Unicode (no lone surrogates)';
  return undefined;
}

/** The id unchanged, or BAD_USER_INPUT naming the argument it came in. */
export function checkedId<T extends string | null | undefined>(id: T, argument: string): T {
  if (typeof id !== 'string') return id;
  const problem = idProblem(id);
  if (problem) throw badUserInput(`${argument} ${problem}`, { [argument]: problem });
  return id;
}

/** Every id checked; a list longer than `max` is refused naming the argument. */
export function checkedIds<T extends readonly string[] | null | undefined>(
  ids: T,
  argument: string,
  max = MAX_IDS_PER_CALL,
): T {
  if (!ids) return ids;
  if (ids.length > max) {
    const problem = `takes at most ${max} ids`;
    throw badUserInput(`${argument} ${problem}`, { [argument]: problem });
  }
  ids.forEach((id, index) => checkedId(id, `${argument}[${index}]`));
  return ids;
}
