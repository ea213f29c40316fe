import { performance } from 'node:perf_hooks';
import type { StreamClient } from '../rest/client.js';
import type { RateLimit, ResponseMetadata } from '../rest/errors.js';
import { StreamApiError } from '../rest/errors.js';
import { operations } from '../rest/operations.js';
import type { RequestOptions } from '../rest/transport.js';
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

type OperationCall = (input?: unknown, options?: RequestOptions) => Promise<{ metadata: ResponseMetadata }>;

/**
 * The REST client as resolvers use it: every call bounded by the GraphQL request's deadline,
 * failures turned into GraphQL errors with codes, and every answer's rate-limit headers recorded
 * for the response's `extensions`.
 */
export function createUpstream(
  client: StreamClient,
  recorder: UpstreamRecorder,
  requestTimeoutMs: number,
): StreamClient {
  const deadline = performance.now() + requestTimeoutMs;
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(client, {
    get(target, name) {
      const original = Reflect.get(target, name) as unknown;
      if (typeof name !== 'string' || !Object.hasOwn(operations, name)) return original;
      let wrapped = cache.get(name);
      if (!wrapped) {
        wrapped = async (input?: unknown, options?: RequestOptions) => {
          try {
            const result = await (original as OperationCall)(input, { deadline, ...options });
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
