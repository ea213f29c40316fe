import type { Caller } from '../caller.js';
import type { LiveSession } from '../live/session.js';
import { InFlightCalls } from '../loaders/inFlight.js';
import { createLoaders, type Loaders } from '../loaders/index.js';
import type { Logger } from '../observability/logger.js';
import type { RequestInfo } from '../observability/requestInfo.js';
import type { StreamClient } from '../rest/client.js';
import { UpstreamCalls } from './upstream.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface GraphQLContext {
  caller: Caller;
  /** The REST client for this request, with `upstream` as its hooks. */
  stream: StreamClient;
  loaders: Loaders;
  /** This request's calls: bounded by its deadline, counted in flight, errors mapped, rate limits recorded. */
  upstream: UpstreamCalls;
  /** Whether secret-bearing fields are shown to server callers (off unless configured). */
  revealSecrets: boolean;
  /** Largest file the upload mutations accept, in bytes; unlimited (beyond the body limit) when unset. */
  maxUploadBytes?: number;
  /** Subscriptions' source of events and their bounds; absent where no live hub is set up. */
  live?: LiveSession;
}

export interface ContextOptions {
  revealSecrets?: boolean;
  maxUploadBytes?: number;
  /** Time for all the request's upstream calls together, from the context's creation. */
  requestTimeoutMs?: number;
  log?: Logger;
  /** The HTTP request's id and access-log record. */
  request?: RequestInfo;
}

export function createGraphQLContext(
  client: StreamClient,
  caller: Caller,
  options: ContextOptions = {},
): GraphQLContext {
  const inFlight = new InFlightCalls();
  const upstream = new UpstreamCalls({
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    log: options.log,
    request: options.request,
    inFlight,
  });
  const stream = client.withHooks(upstream);
  return {
    caller,
    stream,
    upstream,
    revealSecrets: options.revealSecrets ?? false,
    maxUploadBytes: options.maxUploadBytes,
    loaders: createLoaders(stream, caller, inFlight),
  };
}
