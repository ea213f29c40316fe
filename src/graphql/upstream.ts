import { performance } from 'node:perf_hooks';
import type { InFlightCalls } from '../loaders/inFlight.js';
import type { Logger } from '../observability/logger.js';
import type { RequestInfo } from '../observability/requestInfo.js';
import type { ClientHooks } from '../rest/client.js';
import type { Operation } from '../rest/operation.js';
import type { RateLimit, ResponseMetadata } from '../rest/errors.js';
import { StreamApiError } from '../rest/errors.js';
import type { RequestOptions } from '../rest/transport.js';
import { toGraphQLError } from '../graphql/errors.js';
import { dropUnreadParts } from './unreadAnswerParts.js';

export interface UpstreamCallsOptions {
  /** Time for all the request's upstream calls together, from now. */
  requestTimeoutMs: number;
  log?: Logger;
  /** The HTTP request's id and access-log record. */
  request?: RequestInfo;
  /** Counts the calls in flight, for the request's loaders to batch after them. */
  inFlight?: InFlightCalls;
}

/**
 * The upstream calls of one GraphQL request, as the hooks of its view of the REST client: every
 * call bounded by the request's deadline and counted while in flight, failures turned into
 * GraphQL errors with codes (and a log line), and every answer's rate-limit headers recorded for
 * the response's `extensions`.
 */
export class UpstreamCalls implements ClientHooks {
  calls = 0;
  lowest?: RateLimit;
  /** Set per operation by useUnreadAnswerParts: whether answers lose the parts its document cannot read. */
  dropsUnreadParts = false;
  private readonly deadline: number;
  /** The options of a call made without any: shared, as nothing changes them. */
  private readonly deadlineOnly: RequestOptions;

  constructor(private readonly options: UpstreamCallsOptions) {
    this.deadline = performance.now() + options.requestTimeoutMs;
    this.deadlineOnly = { deadline: this.deadline };
  }

  onRequest(_operation: unknown, callOptions: RequestOptions | undefined): RequestOptions {
    this.options.inFlight?.started();
    return callOptions ? { deadline: this.deadline, ...callOptions } : this.deadlineOnly;
  }

  onAnswer(operation: Operation, body: object): void {
    if (this.dropsUnreadParts) dropUnreadParts(operation.name, body);
  }

  onResponse(_operation: unknown, metadata: ResponseMetadata): void {
    this.record(metadata);
    this.options.inFlight?.settled();
  }

  onError(_operation: unknown, error: unknown): unknown {
    this.record(error instanceof StreamApiError ? error.metadata : undefined);
    this.options.log?.warn(describeFailure(error, this.options.request), 'Stream call failed');
    this.options.inFlight?.settled();
    return toGraphQLError(error);
  }

  private record(metadata: ResponseMetadata | undefined): void {
    this.calls += 1;
    if (this.options.request) this.options.request.upstreamCalls += 1;
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
