import { startPassThroughProxy } from './passThroughProxy.js';
import { operationForRequest } from './routes.js';

/** The rate-limit headers one answer should carry: the values, or `none` to send no such headers. */
export type RateLimitHeaders = { limit: number; remaining: number; reset: number } | 'none';

export interface UpstreamCall {
  /** The REST operation the request is for (`unknown` when none matches). */
  operation: string;
  method: string;
  /** Path without the query string. */
  path: string;
}

export interface RateLimitProxy {
  url: string;
  /** Where requests are forwarded (the emulator), settable once it is known. */
  upstream: string;
  close(): Promise<void>;
}

const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

/**
 * A pass-through proxy on loopback that sets the `x-ratelimit-*` headers of each answer to what
 * `headersFor` says (or leaves the upstream's when it answers undefined), so that one GraphQL
 * request can meet upstream answers with different rate-limit states.
 */
export async function startRateLimitProxy(
  headersFor: (call: UpstreamCall) => RateLimitHeaders | undefined,
): Promise<RateLimitProxy> {
  const proxy: RateLimitProxy = { url: '', upstream: '', close: async () => {} };
  const server = await startPassThroughProxy(
    () => proxy.upstream,
    ({ method, pathname: path, headers }) => {
      const operation = operationForRequest(method, path)?.name ?? 'unknown';
      const rate = headersFor({ operation, method, path });
      if (rate === undefined) return;
      for (const name of RATE_LIMIT_HEADERS) delete headers[name];
      if (rate !== 'none') {
        headers['x-ratelimit-limit'] = String(rate.limit);
        headers['x-ratelimit-remaining'] = String(rate.remaining);
        headers['x-ratelimit-reset'] = String(rate.reset);
      }
    },
  );
  proxy.url = server.url;
  proxy.close = () => server.close();
  return proxy;
}
