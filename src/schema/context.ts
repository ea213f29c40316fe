import type { Caller } from '../caller.js';
import { InFlightCalls } from '../loaders/inFlight.js';
import { createLoaders, type Loaders } from '../loaders/index.js';
import type { Logger } from '../observability/logger.js';
import type { RequestInfo } from '../observability/requestInfo.js';
import type { StreamClient } from '../rest/client.js';
import { createUpstream, UpstreamRecorder } from './upstream.js';

export interface GraphQLContext {
  caller: Caller;
  /** The REST client for this request: errors mapped, rate limits recorded. */
  stream: StreamClient;
  loaders: Loaders;
  upstream: UpstreamRecorder;
  /** Whether secret-bearing fields are shown to server callers (off unless configured). */
  revealSecrets: boolean;
  /** Largest file the upload mutations accept, in bytes; unlimited (beyond the body limit) when unset. */
  maxUploadBytes?: number;
}

export interface ContextOptions {
  revealSecrets?: boolean;
  maxUploadBytes?: number;
  log?: Logger;
  /** The HTTP request's id and access-log record. */
  request?: RequestInfo;
}

export function createGraphQLContext(
  client: StreamClient,
  caller: Caller,
  options: ContextOptions = {},
): GraphQLContext {
  const upstream = new UpstreamRecorder(options.request);
  const inFlight = new InFlightCalls();
  const stream = inFlight.track(createUpstream(client, upstream, options.log, options.request));
  return {
    caller,
    stream,
    upstream,
    revealSecrets: options.revealSecrets ?? false,
    maxUploadBytes: options.maxUploadBytes,
    loaders: createLoaders(stream, caller, inFlight),
  };
}
