import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { FormData, Pool, errors as undiciErrors, type Dispatcher } from 'undici';
import { createServerToken } from './auth.js';
import type { ResolvedClientConfig } from './config.js';
import {
  StreamApiError,
  StreamNetworkError,
  StreamResponseError,
  StreamTimeoutError,
  type RateLimit,
  type ResponseMetadata,
  type StreamErrorBody,
} from './errors.js';
import type { HttpMethod } from './operation.js';
import { encodeQuery } from './query.js';
import { parseJson as parseExactJson, stringifyJson } from './wire/json.js';

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface RawRequest {
  operation: string;
  method: HttpMethod;
  /** Path with placeholders already filled in. */
  path: string;
  query: Record<string, unknown>;
  json?: unknown;
  form?: FormData;
}

export interface RawResponse {
  body: unknown;
  metadata: ResponseMetadata;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const MAX_RETRIES = 2;

/**
 * One request's deadline: a native timer, cleared once the answer is read, and the signal undici
 * cancels the request on (undici takes an EventEmitter that emits `abort` as well as an
 * AbortSignal). AbortSignal.timeout (with AbortSignal.any) per request cost several times more:
 * about 6 µs, and weak timers for the garbage collector. undici's own headersTimeout and
 * bodyTimeout run on a wheel of half-second ticks, too coarse for timeouts of a second or two.
 */
class Deadline extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;
  /** Whether the timer, not the caller, ended the request. */
  expired = false;
  private readonly timer: NodeJS.Timeout;
  private readonly onCallerAbort?: () => void;

  constructor(
    timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    super();
    this.timer = setTimeout(() => {
      this.expired = true;
      this.abort(new Error('timed out'));
    }, timeoutMs);
    if (callerSignal) {
      const onCallerAbort = () => this.abort(callerSignal.reason);
      this.onCallerAbort = onCallerAbort;
      if (callerSignal.aborted) onCallerAbort();
      else callerSignal.addEventListener('abort', onCallerAbort, { once: true });
    }
  }

  private abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }

  clear(): void {
    clearTimeout(this.timer);
    if (this.onCallerAbort) this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}

/** Sends requests to one Stream base URL over a keep-alive pool, with auth, timeouts and safe retries. */
export class Transport {
  private readonly pool: Pool;
  private serverToken?: Promise<string>;

  constructor(private readonly config: ResolvedClientConfig) {
    this.pool = new Pool(config.baseUrl, {
      connections: config.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  async send(request: RawRequest, options: RequestOptions = {}): Promise<RawResponse> {
    // Only reads are retried: a write that timed out may have been applied.
    const retries = request.method === 'GET' ? MAX_RETRIES : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.sendOnce(request, options);
      } catch (error) {
        const wait = attempt < retries ? this.retryDelay(error, attempt) : undefined;
        if (wait === undefined || options.signal?.aborted) throw error;
        await sleep(wait, options.signal);
      }
    }
  }

  private retryDelay(error: unknown, attempt: number): number | undefined {
    const backoff = 50 * 2 ** attempt;
    const jittered = backoff / 2 + Math.random() * backoff;
    if (error instanceof StreamNetworkError)
      return error.causeCode === 'ECONNRESET' || error.causeCode === 'UND_ERR_SOCKET' ? jittered : undefined;
    if (!(error instanceof StreamApiError) || !RETRYABLE_STATUS.has(error.status)) return undefined;
    if (error.status !== 429) return jittered;
    const hinted = error.retryAfterMs ?? (error.rateLimit ? error.rateLimit.reset.getTime() - Date.now() : undefined);
    const wait = Math.max(hinted ?? jittered, jittered);
    return wait <= this.config.maxRetryWaitMs ? wait : undefined;
  }

  private async sendOnce(request: RawRequest, options: RequestOptions): Promise<RawResponse> {
    const clientRequestId = randomUUID();
    const query = encodeQuery({ ...request.query, api_key: this.config.apiKey });
    const headers: Record<string, string> = {
      authorization: await this.token(),
      'stream-auth-type': 'jwt',
      'x-client-request-id': clientRequestId,
      accept: 'application/json',
    };
    let body: Dispatcher.DispatchOptions['body'];
    if (request.form) {
      body = request.form as unknown as Dispatcher.DispatchOptions['body'];
    } else if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = stringifyJson(request.json);
    }
    const deadline = new Deadline(this.config.timeoutMs, options.signal);

    let response: Dispatcher.ResponseData;
    let text: string;
    try {
      response = await this.pool.request({
        method: request.method,
        path: `${request.path}?${query}`,
        headers,
        body,
        signal: deadline,
      });
      text = await response.body.text();
    } catch (error) {
      throw this.transportError(request.operation, error, deadline, options.signal);
    } finally {
      deadline.clear();
    }

    const metadata: ResponseMetadata = {
      status: response.statusCode,
      requestId: header(response.headers, 'x-stream-request-id') ?? clientRequestId,
      rateLimit: readRateLimit(response.headers),
    };
    const parsed = parseJson(text);
    if (response.statusCode < 200 || response.statusCode >= 300) {
      const errorBody: Partial<StreamErrorBody> =
        parsed !== undefined && typeof parsed === 'object' && parsed !== null
          ? (parsed as Partial<StreamErrorBody>)
          : { code: -1, message: `HTTP ${response.statusCode} without a JSON error body` };
      const error = new StreamApiError(request.operation, errorBody, metadata);
      const retryAfter = Number(header(response.headers, 'retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter >= 0) error.retryAfterMs = retryAfter * 1000;
      throw error;
    }
    if (parsed === undefined) throw new StreamResponseError(request.operation, response.statusCode);
    return { body: parsed, metadata };
  }

  private token(): Promise<string> {
    this.serverToken ??= createServerToken(this.config.apiSecret);
    return this.serverToken;
  }

  private transportError(operation: string, error: unknown, deadline: Deadline, callerSignal?: AbortSignal): Error {
    if (callerSignal?.aborted) return callerSignal.reason instanceof Error ? callerSignal.reason : new Error('aborted');
    if (
      deadline.expired ||
      error instanceof undiciErrors.HeadersTimeoutError ||
      error instanceof undiciErrors.BodyTimeoutError
    ) {
      return new StreamTimeoutError(operation, this.config.timeoutMs);
    }
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code ?? 'UNKNOWN';
    return new StreamNetworkError(operation, code);
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return parseExactJson(text);
  } catch {
    return undefined;
  }
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readRateLimit(headers: Dispatcher.ResponseData['headers']): RateLimit | undefined {
  const limit = Number(header(headers, 'x-ratelimit-limit'));
  const remaining = Number(header(headers, 'x-ratelimit-remaining'));
  const reset = Number(header(headers, 'x-ratelimit-reset'));
  if (![limit, remaining, reset].every(Number.isFinite) || header(headers, 'x-ratelimit-limit') === undefined)
    return undefined;
  return { limit, remaining, reset: new Date(reset * 1000) };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      },
      { once: true },
    );
  });
}

export { FormData };
