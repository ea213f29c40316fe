import type { UpstreamObserver } from './observer.js';

export type CircuitState = 'closed' | 'open' | 'halfOpen';

/** When the circuit breaker opens, and for how long. */
export interface CircuitBreakerConfig {
  /** Opens after this many upstream failures in a row. */
  consecutiveFailures: number;
  /** Opens when this share (0 to 1) of the last `windowSize` calls failed... */
  failureRate: number;
  windowSize: number;
  /** ...once at least this many calls are in the window. */
  minimumCalls: number;
  /** How long it stays open before one probe may go through (half-open). */
  cooldownMs: number;
}

export interface StreamClientConfig {
  apiKey: string;
  apiSecret: string;
  /** Defaults to Stream's edge, `https://chat.stream-io-api.com`. */
  baseUrl?: string;
  /** Per-request timeout in milliseconds; the official SDK uses 3 s. */
  timeoutMs?: number;
  /** Sockets kept alive towards the base URL. */
  connections?: number;
  /** Calls that may wait for a free socket; one more is refused at once. */
  maxQueue?: number;
  /** Upper bound for waiting on a 429 before a retry, in milliseconds. */
  maxRetryWaitMs?: number;
  /** Told of every attempt of every call (metrics, tracing). */
  observer?: UpstreamObserver;
  breaker?: Partial<CircuitBreakerConfig>;
  /** Told each time the circuit breaker changes state (for logs, metrics and readiness). */
  onCircuitStateChange?: (state: CircuitState) => void;
}

export const DEFAULT_BASE_URL = 'https://chat.stream-io-api.com';
export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_CONNECTIONS = 64;
export const DEFAULT_MAX_QUEUE = 256;
export const DEFAULT_BREAKER: CircuitBreakerConfig = {
  consecutiveFailures: 10,
  failureRate: 0.5,
  windowSize: 100,
  minimumCalls: 20,
  cooldownMs: 5000,
};

export interface ResolvedClientConfig extends Required<
  Omit<StreamClientConfig, 'observer' | 'onCircuitStateChange' | 'breaker'>
> {
  observer?: UpstreamObserver;
  breaker: CircuitBreakerConfig;
  onCircuitStateChange?: (state: CircuitState) => void;
}

export function resolveClientConfig(config: StreamClientConfig): ResolvedClientConfig {
  if (!config.apiKey) throw new Error('Stream API key is empty');
  if (!config.apiSecret) throw new Error('Stream API secret is empty');
  const baseUrl = new URL(config.baseUrl ?? DEFAULT_BASE_URL);
  return {
    apiKey: config.apiKey,
    apiSecret: config.apiSecret,
    baseUrl: baseUrl.origin,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    connections: config.connections ?? DEFAULT_CONNECTIONS,
    maxQueue: config.maxQueue ?? DEFAULT_MAX_QUEUE,
    maxRetryWaitMs: config.maxRetryWaitMs ?? 2000,
    observer: config.observer,
    breaker: { ...DEFAULT_BREAKER, ...config.breaker },
    onCircuitStateChange: config.onCircuitStateChange,
  };
}
