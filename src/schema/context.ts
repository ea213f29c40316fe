import type { Caller } from '../caller.js';
import type { LiveSession } from '../live/session.js';
import { InFlightCalls } from '../loaders/inFlight.js';
import { createLoaders, type Loaders } from '../loaders/index.js';
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
  /** Subscriptions' source of events and their bounds; absent where no live hub is set up. */
  live?: LiveSession;
}

export function createGraphQLContext(
  client: StreamClient,
  caller: Caller,
  revealSecrets = false,
  maxUploadBytes?: number,
): GraphQLContext {
  const upstream = new UpstreamRecorder();
  const inFlight = new InFlightCalls();
  const stream = inFlight.track(createUpstream(client, upstream));
  return { caller, stream, upstream, revealSecrets, maxUploadBytes, loaders: createLoaders(stream, caller, inFlight) };
}
