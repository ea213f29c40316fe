import type { APIError } from '../rest/wire/errors.js';

/** An error the emulator answers with Stream's error body. */
export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly exceptionFields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const STREAM_ERRORS = {
  input: { status: 400, code: 4 },
  duplicateUsername: { status: 400, code: 6 },
  authentication: { status: 401, code: 5 },
  apiKey: { status: 401, code: 2 },
  tokenExpired: { status: 401, code: 40 },
  tokenNotValidYet: { status: 401, code: 41 },
  tokenBeforeUser: { status: 401, code: 42 },
  tokenSignature: { status: 401, code: 43 },
  notAllowed: { status: 403, code: 17 },
  notFound: { status: 404, code: 16 },
  payloadTooBig: { status: 413, code: 22 },
  rateLimited: { status: 429, code: 9 },
  internal: { status: 500, code: -1 },
} as const;

export type StreamErrorKind = keyof typeof STREAM_ERRORS;

export function streamError(kind: StreamErrorKind, message: string, fields?: Record<string, string>): EmulatorError {
  const { status, code } = STREAM_ERRORS[kind];
  return new EmulatorError(status, code, message, fields);
}

export const notFound = (what: string) => streamError('notFound', `${what} does not exist`);
export const badInput = (field: string, why: string) => streamError('input', `${field}: ${why}`, { [field]: why });
export const notAllowed = (why: string) => streamError('notAllowed', why);

export function errorBody(error: EmulatorError, durationMs: number): APIError {
  return {
    code: error.code,
    message: error.message,
    StatusCode: error.status,
    duration: formatDuration(durationMs),
    more_info: 'https://getstream.io/chat/docs/api_errors_response',
    details: [],
    ...(Object.keys(error.exceptionFields).length ? { exception_fields: error.exceptionFields } : {}),
  };
}

export function formatDuration(ms: number): string {
  return `${ms.toFixed(2)}ms`;
}
