import { idProblem, isWellFormed, MAX_REQUEST_TARGET_BYTES } from './ids.js';

/** A request the client refuses to send: the caller's input cannot make a valid one. Nothing reached Stream. */
export class StreamRequestError extends Error {
  override readonly name = 'StreamRequestError';
  constructor(
    readonly operation: string,
    /** The REST parameter at fault. */
    readonly parameter: string,
    readonly problem: string,
  ) {
    super(`${operation}: ${parameter} ${problem}`);
  }
}

/** A path parameter's value as text, refused when it cannot name anything. */
export function checkedPathValue(operation: string, name: string, value: unknown): string {
  if (value === undefined || value === null) throw new StreamRequestError(operation, name, 'is required');
  const text = String(value);
  const problem = idProblem(text);
  if (problem) throw new StreamRequestError(operation, name, problem);
  return text;
}

/** Query strings must be well-formed Unicode: encodeURIComponent throws on a lone surrogate. */
export function checkQueryText(operation: string, query: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(query)) {
    const texts = Array.isArray(value) ? value : [value];
    for (const text of texts) {
      if (typeof text === 'string' && !isWellFormed(text)) {
        throw new StreamRequestError(operation, name, 'must be well-formed Unicode (no lone surrogates)');
      }
    }
  }
}

/** Refuses a request line Stream's front end would refuse (431) before it is sent. */
export function checkRequestTarget(operation: string, path: string, encodedQuery: string): void {
  if (path.length + encodedQuery.length + 1 > MAX_REQUEST_TARGET_BYTES) {
    throw new StreamRequestError(
      operation,
      'query',
      `makes a request line longer than ${MAX_REQUEST_TARGET_BYTES} bytes; send fewer or shorter values`,
    );
  }
}
