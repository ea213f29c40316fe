import type { UpstreamObserver } from './observer.js';

export interface StreamClientConfig {
  apiKey: string;
  apiSecret: string;
  /** Defaults to Stream's edge, `https://chat.stream-io-api.com`. */
  baseUrl?: string;
  /** Per-request timeout in milliseconds; the official SDK uses 3 s. */
  timeoutMs?: number;
  /** Sockets kept alive towards the base URL. */
  connections?: number;
  /** Upper bound for waiting on a 429 before a retry, in milliseconds. */
  maxRetryWaitMs?: number;
  /** Told of every attempt of every call (metrics, tracing). */
  observer?: UpstreamObserver;
}

export const DEFAULT_BASE_URL = 'https://chat.stream-io-api.com';
export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_CONNECTIONS = 64;

export interface ResolvedClientConfig extends Required<Omit<StreamClientConfig, 'observer'>> {
  observer?: UpstreamObserver;
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
    maxRetryWaitMs: config.maxRetryWaitMs ?? 2000,
    observer: config.observer,
  };
}
