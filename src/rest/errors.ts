import type { APIError } from './wire/errors.js';

export interface RateLimit {
  limit: number;
  remaining: number;
  /** When the window resets. */
  reset: Date;
}

export interface ResponseMetadata {
  status: number;
  /** Stream's request id (`x-stream-request-id`) or, failing that, the id this client sent. */
  requestId: string;
  rateLimit?: RateLimit;
}

/** Stream's error body; a client reads it leniently (Partial), whatever a proxy made of it. */
export type StreamErrorBody = APIError;

/** Stream answered with an error body (or a non-2xx status without one). */
export class StreamApiError extends Error {
  override readonly name = 'StreamApiError';
  /** Stream's error code (4 input, 16 not found, 17 not allowed, 9 rate limited, ...); -1 when unknown. */
  readonly code: number;
  readonly status: number;
  readonly exceptionFields: Record<string, string>;
  readonly moreInfo?: string;
  readonly unrecoverable: boolean;
  readonly metadata: ResponseMetadata;
  readonly operation: string;
  /** The server's Retry-After hint, when it sent one. */
  retryAfterMs?: number;

  constructor(operation: string, body: Partial<StreamErrorBody>, metadata: ResponseMetadata) {
    super(`${operation}: Stream error ${body.code ?? -1} (HTTP ${metadata.status}): ${body.message ?? 'no message'}`);
    this.operation = operation;
    this.code = body.code ?? -1;
    this.status = metadata.status;
    this.exceptionFields = body.exception_fields ?? {};
    this.moreInfo = body.more_info;
    this.unrecoverable = body.unrecoverable ?? false;
    this.metadata = metadata;
  }

  get rateLimit(): RateLimit | undefined {
    return this.metadata.rateLimit;
  }
}

/**
 * Where a request was when it failed: still waiting for a socket of the pool (nothing sent), or
 * written, wholly or in part, to one.
 */
export type RequestPhase = 'queued' | 'inFlight';

/** The request did not complete within its time: its own timeout or what was left of the request's deadline. */
export class StreamTimeoutError extends Error {
  override readonly name = 'StreamTimeoutError';
  constructor(
    readonly operation: string,
    readonly timeoutMs: number,
    readonly phase: RequestPhase = 'inFlight',
    /** Whether the whole request had been written to the socket: Stream may have acted on it. */
    readonly requestSent = phase === 'inFlight',
  ) {
    super(
      phase === 'queued'
        ? `${operation}: no socket to Stream free within ${timeoutMs} ms (nothing was sent)`
        : `${operation}: no answer from Stream within ${timeoutMs} ms`,
    );
  }
}

/** The connection failed or broke before a whole answer arrived. */
export class StreamNetworkError extends Error {
  override readonly name = 'StreamNetworkError';
  constructor(
    readonly operation: string,
    /** The socket-level code, e.g. ECONNRESET or ECONNREFUSED. */
    readonly causeCode: string,
    /** Whether the whole request had been written to the socket: Stream may have acted on it. */
    readonly requestSent = false,
  ) {
    super(`${operation}: network error talking to Stream (${causeCode})`);
  }
}

/**
 * A write that is not safe to repeat failed after the whole request was sent: Stream may or may
 * not have applied it. `createdId`, when set, names what it would have created, to look up or
 * to send again (Stream refuses an id it already has).
 */
export class StreamOutcomeUnknownError extends Error {
  override readonly name = 'StreamOutcomeUnknownError';
  constructor(
    readonly operation: string,
    override readonly cause: StreamNetworkError | StreamTimeoutError | StreamResponseError,
    readonly createdId?: string,
  ) {
    super(`${operation}: the request reached Stream but no answer came back, so it may or may not have been applied`);
  }
}

/** The circuit breaker for Stream is open: the call was refused without being sent. */
export class StreamUnavailableError extends Error {
  override readonly name = 'StreamUnavailableError';
  constructor(readonly operation: string) {
    super(`${operation}: Stream is failing, calls are refused for a cool-down (nothing was sent)`);
  }
}

/** Too many calls were already waiting for a socket to Stream: the call was refused without being sent. */
export class StreamQueueFullError extends Error {
  override readonly name = 'StreamQueueFullError';
  constructor(
    readonly operation: string,
    readonly maxQueue: number,
  ) {
    super(`${operation}: ${maxQueue} calls to Stream are already waiting for a socket (nothing was sent)`);
  }
}

/** Stream answered 2xx with a body that is not JSON. */
export class StreamResponseError extends Error {
  override readonly name = 'StreamResponseError';
  constructor(
    readonly operation: string,
    readonly status: number,
  ) {
    super(`${operation}: Stream answered HTTP ${status} with a body that is not JSON`);
  }
}

export type StreamError =
  | StreamApiError
  | StreamTimeoutError
  | StreamNetworkError
  | StreamResponseError
  | StreamOutcomeUnknownError
  | StreamUnavailableError
  | StreamQueueFullError;
