import type { Logger } from '../observability/logger.js';
import type { RequestInfo } from '../observability/requestInfo.js';
import type { StreamClient } from '../rest/client.js';
import type { RateLimit, ResponseMetadata } from '../rest/errors.js';
import { StreamApiError } from '../rest/errors.js';
import { toGraphQLError } from './errors.js';

/** The rate-limit state seen across one GraphQL request's upstream calls. */
export class UpstreamRecorder {
  calls = 0;
  lowest?: RateLimit;

  constructor(private readonly request?: RequestInfo) {}

  record(metadata: ResponseMetadata | undefined): void {
    this.calls += 1;
    if (this.request) this.request.upstreamCalls += 1;
    const rate = metadata?.rateLimit;
    if (rate && (!this.lowest || rate.remaining < this.lowest.remaining)) this.lowest = rate;
  }
}

/** What a failed Stream call is logged with: the operation, Stream's answer and both request ids. */
function describeFailure(error: unknown, request: RequestInfo | undefined): Record<string, unknown> {
  const failure: Record<string, unknown> = {
    requestId: request?.id,
    operation: (error as { operation?: string }).operation,
    error: (error as Error).name,
  };
  if (error instanceof StreamApiError) {
    failure.status = error.status;
    failure.streamCode = error.code;
    failure.streamRequestId = error.metadata.requestId;
  } else {
    failure.status = (error as { status?: number }).status;
    failure.cause = (error as { causeCode?: string }).causeCode;
  }
  return failure;
}

/**
 * The REST client as resolvers use it: failures become GraphQL errors with codes (and a log line),
 * and every answer's rate-limit headers are recorded for the response's `extensions`.
 */
export function createUpstream(
  client: StreamClient,
  recorder: UpstreamRecorder,
  log?: Logger,
  request?: RequestInfo,
): StreamClient {
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
            log?.warn(describeFailure(error, request), 'Stream call failed');
            throw toGraphQLError(error);
          }
        };
        cache.set(name, wrapped);
      }
      return wrapped;
    },
  });
}
