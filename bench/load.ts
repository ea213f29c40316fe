import autocannon from 'autocannon';
import type { TokenSource } from './tokens.js';

/** One kind of request a contender answers, as the load generator sends it. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  /** The same body on every request... */
  body?: string;
  /** ...or a fresh one per request (S4 creates a new poll id each time). */
  bodyFor?: () => string;
}

export interface RoundOptions {
  origin: string;
  request: RequestSpec;
  tokens: TokenSource;
  connections: number;
  durationSeconds: number;
  /** Whether a 200 answer is still a failure (a GraphQL `errors` entry, for instance). */
  failed?: (body: string) => boolean;
}

export interface RoundResult {
  /** Requests written to the server, including those the end of the round cut off. */
  sent: number;
  completed: number;
  seconds: number;
  requestsPerSecond: number;
  /** From every response time, in milliseconds with sub-millisecond precision. */
  latencyMs: { p50: number; p90: number; p99: number; mean: number };
  /** Non-2xx answers, 200 answers judged failed, socket errors and timeouts. */
  failures: number;
  /** The first failed answer (status and the start of its body), to tell what went wrong. */
  firstFailure?: string;
}

/** Keeps every response time: autocannon's own histogram rounds to whole milliseconds. */
class Latencies {
  private values = new Float64Array(1 << 16);
  length = 0;

  add(ms: number): void {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = ms;
  }

  summary() {
    const sorted = this.values.slice(0, this.length).sort();
    const at = (q: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
    const mean = sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1);
    return { p50: at(0.5), p90: at(0.9), p99: at(0.99), mean };
  }
}

/** Drives one contender for a fixed time with a fixed number of connections, pipelining 1. */
export async function runRound(options: RoundOptions): Promise<RoundResult> {
  const { request, tokens } = options;
  const latencies = new Latencies();
  let failures = 0;
  let sent = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        pipelining: 1,
        duration: options.durationSeconds,
        requests: [
          {
            method: request.method,
            path: request.path,
            headers: request.method === 'POST' ? { 'content-type': 'application/json' } : {},
            body: request.body,
            setupRequest: (req) => {
              sent += 1;
              return {
                ...req,
                headers: { ...req.headers, authorization: tokens.next() },
                ...(request.bodyFor ? { body: request.bodyFor() } : {}),
              };
            },
            onResponse: (status, body) => {
              const failed = status < 200 || status >= 300 || options.failed?.(body);
              if (failed && status === 200) failures += 1;
              if (failed) firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
            },
          },
        ],
      },
      (error: unknown, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.add(responseTime);
    });
  });
  const seconds = result.duration > 0 ? result.duration : (performance.now() - started) / 1000;
  failures += result.non2xx + result.errors + result.timeouts;
  return {
    sent,
    completed: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latencyMs: latencies.summary(),
    failures,
    ...(firstFailure || failures ? { firstFailure: firstFailure ?? 'socket error or timeout' } : {}),
  };
}
