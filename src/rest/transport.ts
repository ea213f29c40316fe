import { randomUUID } from 'node:crypto';
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
 * Sends requests to one Stream base URL over a keep-alive pool, with auth, timeouts and safe retries.
 *
 * The timeout is undici's own, per phase of a request: connecting, waiting for the answer's
 * headers, and each wait for more of its body may each take up to `timeoutMs`. undici keeps one
 * coarse timer for all of them (a native one at or below a second), so no request pays for an
 * AbortSignal and a timer of its own. Time spent queued for one of the pool's connections is
 * not counted: every request holding a connection is itself bounded.
 */
export class Transport {
  private readonly pool: Pool;
  private serverToken?: Promise<string>;

  constructor(private readonly config: ResolvedClientConfig) {
    this.pool = new Pool(config.baseUrl, {
      connections: config.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      connectTimeout: config.timeoutMs,
      headersTimeout: config.timeoutMs,
      bodyTimeout: config.timeoutMs,
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
      body = JSON.stringify(request.json);
    }
    let response: Dispatcher.ResponseData;
    let text: string;
    try {
      response = await this.pool.request({
        method: request.method,
        path: `${request.path}?${query}`,
        headers,
        body,
        signal: options.signal,
      });
      text = await response.body.text();
    } catch (error) {
      throw this.transportError(request.operation, error, options.signal);
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

  private transportError(operation: string, error: unknown, callerSignal?: AbortSignal): Error {
    if (callerSignal?.aborted) return callerSignal.reason instanceof Error ? callerSignal.reason : new Error('aborted');
    if (
      error instanceof undiciErrors.HeadersTimeoutError ||
      error instanceof undiciErrors.BodyTimeoutError ||
      error instanceof undiciErrors.ConnectTimeoutError
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
    return JSON.parse(text);
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
