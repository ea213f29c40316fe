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

export interface StreamErrorBody {
  code: number;
  message: string;
  StatusCode: number;
  duration?: string;
  more_info?: string;
  details?: number[];
  exception_fields?: Record<string, string>;
  unrecoverable?: boolean;
}

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

/** The request did not complete within the configured timeout. */
export class StreamTimeoutError extends Error {
  override readonly name = 'StreamTimeoutError';
  constructor(
    readonly operation: string,
    readonly timeoutMs: number,
  ) {
    super(`${operation}: no answer from Stream within ${timeoutMs} ms`);
  }
}

/** The connection failed or broke before an answer arrived. */
export class StreamNetworkError extends Error {
  override readonly name = 'StreamNetworkError';
  constructor(
    readonly operation: string,
    /** The socket-level code, e.g. ECONNRESET or ECONNREFUSED. */
    readonly causeCode: string,
  ) {
    super(`${operation}: network error talking to Stream (${causeCode})`);
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

export type StreamError = StreamApiError | StreamTimeoutError | StreamNetworkError | StreamResponseError;
