import type { Caller } from '../caller.js';
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
}

export function createGraphQLContext(client: StreamClient, caller: Caller, revealSecrets = false): GraphQLContext {
  const upstream = new UpstreamRecorder();
  const stream = createUpstream(client, upstream);
  return { caller, stream, upstream, revealSecrets, loaders: createLoaders(stream, caller) };
}
