import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BrokenCircuitError, CircuitState as CockatielState, type CircuitBreakerPolicy } from 'cockatiel';
import { FormData, Pool, errors as undiciErrors, type Dispatcher } from 'undici';
import { Attempt, type AttemptAnswer } from './attempt.js';
import { createServerToken } from './auth.js';
import { circuitStateName, createCircuitBreaker } from './breaker.js';
import type { CircuitState, ResolvedClientConfig } from './config.js';
import {
  StreamApiError,
  StreamNetworkError,
  StreamOutcomeUnknownError,
  StreamQueueFullError,
  StreamResponseError,
  StreamTimeoutError,
  StreamUnavailableError,
  type RateLimit,
  type ResponseMetadata,
  type StreamErrorBody,
} from './errors.js';
import type { HttpMethod } from './operation.js';
import { encodeQuery } from './query.js';
import { parseJson as parseExactJson, stringifyJson } from './wire/json.js';

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * When the whole caller's work must be done, as a `performance.now()` instant: each attempt
   * gets the smaller of its own timeout and what is left.
   */
  deadline?: number;
}

export interface RawRequest {
  operation: string;
  method: HttpMethod;
  /** The path template, e.g. `/api/v2/polls/{poll_id}`. */
  route: string;
  /** Path with placeholders already filled in. */
  path: string;
  query: Record<string, unknown>;
  json?: unknown;
  form?: FormData;
  /** Whether it may be sent again after a failure (the operation's flag, not its method's). */
  idempotent: boolean;
  /** The id of what it creates, when the caller chose it or the client made it up. */
  createdId?: string;
}

export interface RawResponse {
  body: unknown;
  metadata: ResponseMetadata;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const MAX_RETRIES = 2;

/**
 * Sends requests to one Stream origin over a keep-alive pool, with auth, per-attempt timeouts
 * bounded by the caller's deadline, a bounded wait for sockets, a circuit breaker, and retries of
 * idempotent operations only.
 */
export class Transport {
  private readonly pool: Pool;
  private readonly breaker: CircuitBreakerPolicy;
  private serverToken?: Promise<string>;
  /** Requests given to the pool that no socket has taken yet (cancelled ones included, until dropped). */
  private queued = 0;

  constructor(private readonly config: ResolvedClientConfig) {
    this.pool = new Pool(config.baseUrl, {
      connections: config.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
    });
    this.breaker = createCircuitBreaker(config.breaker);
    const onChange = config.onCircuitStateChange;
    if (onChange) this.breaker.onStateChange((state) => onChange(circuitStateName(state)));
  }

  circuitState(): CircuitState {
    return circuitStateName(this.breaker.state);
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  async send(request: RawRequest, options: RequestOptions = {}): Promise<RawResponse> {
    const retries = request.idempotent ? MAX_RETRIES : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.sendOnce(request, options);
      } catch (error) {
        const wait = attempt < retries ? this.retryDelay(error, attempt) : undefined;
        if (wait === undefined || options.signal?.aborted || wait >= timeLeft(options.deadline)) {
          throw request.idempotent ? error : outcomeOf(request, error);
        }
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

  /** One attempt, refused without sending while the breaker is open or probing, or the queue is full. */
  private async sendOnce(request: RawRequest, options: RequestOptions): Promise<RawResponse> {
    // cockatiel makes the calls that arrive during a half-open probe wait for it; fail them fast instead.
    if (this.breaker.state === CockatielState.HalfOpen) throw new StreamUnavailableError(request.operation);
    if (this.queued >= this.config.maxQueue) throw new StreamQueueFullError(request.operation, this.config.maxQueue);
    try {
      return await this.breaker.execute(() => this.observedAttempt(request, options));
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw new StreamUnavailableError(request.operation);
      throw error;
    }
  }

  /** One attempt that goes out, reported to the observer (metrics, tracing) when one is configured. */
  private async observedAttempt(request: RawRequest, options: RequestOptions): Promise<RawResponse> {
    const observer = this.config.observer;
    if (!observer) return this.exchange(request, options, {});
    const headers: Record<string, string> = {};
    const end = observer.start(request, headers);
    try {
      const response = await this.exchange(request, options, headers);
      end({ status: response.metadata.status, rateLimit: response.metadata.rateLimit });
      return response;
    } catch (error) {
      const api = error instanceof StreamApiError ? error : undefined;
      end({
        status: api?.status ?? (error instanceof StreamResponseError ? error.status : undefined),
        streamCode: api?.code,
        rateLimit: api?.metadata.rateLimit,
        error,
      });
      throw error;
    }
  }

  private async exchange(
    request: RawRequest,
    options: RequestOptions,
    extraHeaders: Record<string, string>,
  ): Promise<RawResponse> {
    const clientRequestId = randomUUID();
    const query = encodeQuery({ ...request.query, api_key: this.config.apiKey });
    const headers: Record<string, string> = {
      ...extraHeaders,
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
    const answer = await this.dispatch(request.operation, options, {
      origin: this.config.baseUrl,
      method: request.method,
      path: `${request.path}?${query}`,
      headers,
      body,
    });

    const metadata: ResponseMetadata = {
      status: answer.status,
      requestId: header(answer.headers, 'x-stream-request-id') ?? clientRequestId,
      rateLimit: readRateLimit(answer.headers),
    };
    const parsed = parseJson(answer.text);
    if (answer.status < 200 || answer.status >= 300) {
      const errorBody: Partial<StreamErrorBody> =
        parsed !== undefined && typeof parsed === 'object' && parsed !== null
          ? (parsed as Partial<StreamErrorBody>)
          : { code: -1, message: `HTTP ${answer.status} without a JSON error body` };
      const error = new StreamApiError(request.operation, errorBody, metadata);
      const retryAfter = Number(header(answer.headers, 'retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter >= 0) error.retryAfterMs = retryAfter * 1000;
      throw error;
    }
    if (parsed === undefined) throw new StreamResponseError(request.operation, answer.status);
    return { body: parsed, metadata };
  }

  /**
   * Gives the request to the pool and waits for its whole answer, at most the attempt's budget.
   * A native timer per attempt: AbortSignal.timeout (with AbortSignal.any) cost several times more,
   * and undici's own headersTimeout and bodyTimeout tick every half second, too coarse here.
   */
  private async dispatch(
    operation: string,
    options: RequestOptions,
    dispatchOptions: Dispatcher.DispatchOptions,
  ): Promise<AttemptAnswer> {
    const callerSignal = options.signal;
    if (callerSignal?.aborted) throw callerReason(callerSignal);
    const budget = Math.min(this.config.timeoutMs, timeLeft(options.deadline));
    if (budget <= 0) throw new StreamTimeoutError(operation, 0, 'queued');

    this.queued += 1;
    const attempt = new Attempt(() => (this.queued -= 1));
    const timer = setTimeout(() => attempt.cancel(new Error('timed out')), budget);
    const onCallerAbort = () => attempt.cancel(callerReason(callerSignal!));
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      this.pool.dispatch(dispatchOptions, attempt);
      return await attempt.answer;
    } catch (error) {
      if (callerSignal?.aborted) throw callerReason(callerSignal);
      const phase = attempt.stage === 'queued' ? 'queued' : 'inFlight';
      const sent = attempt.stage === 'sent' || attempt.stage === 'answered';
      if (
        (error instanceof Error && error.message === 'timed out') ||
        error instanceof undiciErrors.HeadersTimeoutError ||
        error instanceof undiciErrors.BodyTimeoutError
      ) {
        throw new StreamTimeoutError(operation, budget, phase, sent);
      }
      const code =
        (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code ?? 'UNKNOWN';
      throw new StreamNetworkError(operation, code, sent);
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private token(): Promise<string> {
    this.serverToken ??= createServerToken(this.config.apiSecret);
    return this.serverToken;
  }
}

/**
 * A failed write that is not safe to repeat: when the whole request was written, Stream may have
 * applied it, which the caller must be told apart from a failure before sending.
 */
function outcomeOf(request: RawRequest, error: unknown): unknown {
  const sent =
    ((error instanceof StreamNetworkError || error instanceof StreamTimeoutError) && error.requestSent) ||
    error instanceof StreamResponseError;
  return sent ? new StreamOutcomeUnknownError(request.operation, error, request.createdId) : error;
}

function timeLeft(deadline: number | undefined): number {
  return deadline === undefined ? Infinity : deadline - performance.now();
}

function callerReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
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
