import { StreamClient } from './client.generated.js';
import { resolveClientConfig, type StreamClientConfig } from './config.js';
import { Transport } from './transport.js';

export { StreamClient } from './client.generated.js';
export type { ClientHooks, MethodInput, StreamResponse, UploadInput } from './clientCore.js';

/** A client of one Stream origin; give each GraphQL request its own view with `withHooks`. */
export function createStreamClient(config: StreamClientConfig): StreamClient {
  return new StreamClient(new Transport(resolveClientConfig(config)));
}
