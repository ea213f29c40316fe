import type { Logger } from '../observability/logger.js';
import type { RequestInfo } from '../observability/requestInfo.js';
import { performance } from 'node:perf_hooks';
import type { StreamClient } from '../rest/client.js';
import type { RateLimit, ResponseMetadata } from '../rest/errors.js';
import { StreamApiError } from '../rest/errors.js';
import { operations } from '../rest/operations.js';
import type { RequestOptions } from '../rest/transport.js';
import { toGraphQLError } from '../graphql/errors.js';

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

type OperationCall = (input?: unknown, options?: RequestOptions) => Promise<{ metadata: ResponseMetadata }>;

/**
 * The REST client as resolvers use it: every call bounded by the GraphQL request's deadline,
 * failures turned into GraphQL errors with codes (and a log line), and every answer's rate-limit headers recorded
 * for the response's `extensions`.
 */
export function createUpstream(
  client: StreamClient,
  recorder: UpstreamRecorder,
  options: { requestTimeoutMs: number; log?: Logger; request?: RequestInfo },
): StreamClient {
  const deadline = performance.now() + options.requestTimeoutMs;
  const { log, request } = options;
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(client, {
    get(target, name) {
      const original = Reflect.get(target, name) as unknown;
      if (typeof name !== 'string' || !Object.hasOwn(operations, name)) return original;
      let wrapped = cache.get(name);
      if (!wrapped) {
        wrapped = async (input?: unknown, callOptions?: RequestOptions) => {
          try {
            const result = await (original as OperationCall)(input, { deadline, ...callOptions });
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
