import type { StreamClient } from '../rest/client.js';
import type { RateLimit, ResponseMetadata } from '../rest/errors.js';
import { StreamApiError } from '../rest/errors.js';
import { toGraphQLError } from './errors.js';

/** The rate-limit state seen across one GraphQL request's upstream calls. */
export class UpstreamRecorder {
  calls = 0;
  lowest?: RateLimit;

  record(metadata: ResponseMetadata | undefined): void {
    this.calls += 1;
    const rate = metadata?.rateLimit;
    if (rate && (!this.lowest || rate.remaining < this.lowest.remaining)) this.lowest = rate;
  }
}

/**
 * The REST client as resolvers use it: failures become GraphQL errors with codes, and every
 * answer's rate-limit headers are recorded for the response's `extensions`.
 */
export function createUpstream(client: StreamClient, recorder: UpstreamRecorder): StreamClient {
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(client, {
    get(target, name) {
      const original = Reflect.get(target, name) as unknown;
      if (typeof original !== 'function' || name === 'close') return original;
      let wrapped = cache.get(name);
      if (!wrapped) {
        wrapped = async (...args: unknown[]) => {
          try {
            const result = await (original as (...a: unknown[]) => Promise<{ metadata: ResponseMetadata }>)(...args);
            recorder.record(result.metadata);
            return result;
          } catch (error) {
            recorder.record(error instanceof StreamApiError ? error.metadata : undefined);
            throw toGraphQLError(error);
          }
        };
        cache.set(name, wrapped);
      }
      return wrapped;
    },
  });
}
