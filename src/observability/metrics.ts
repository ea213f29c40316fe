import {
  createCounter,
  createHistogram,
  usePrometheus,
  type FillLabelsFnParams,
} from '@graphql-yoga/plugin-prometheus';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { UpstreamObserver } from '../rest/observer.js';

/** Distinct operation names labelled before the rest are counted as `other`. */
const MAX_OPERATION_NAMES = 100;

export interface GatewayMetrics {
  registry: Registry;
  /** yoga's Prometheus plugin: GraphQL requests, durations and errors. */
  plugin: Plugin;
  /** Stream calls: durations by operation and status class, rate-limit headroom. */
  upstream: UpstreamObserver;
  /** Where the gauges read from: requests in flight (the HTTP layer) and the breaker (the REST client). */
  watch(sources: { inFlight: () => number; circuitState: () => string }): void;
}

export interface MetricsOptions {
  /**
   * Names of the documents the gateway may run (trusted-documents mode): the only names
   * labelled. Without it, the first names seen are labelled, up to a bound.
   */
  knownOperationNames?: ReadonlySet<string>;
}

/**
 * Operation names as a bounded label: a client chooses them, so without a limit every new
 * name would be a new time series.
 */
function operationLabel(options: MetricsOptions): (name: string | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    // The Prometheus plugin names operations without a name 'Anonymous'.
    if (!name || name === 'Anonymous') return 'anonymous';
    if (options.knownOperationNames) return options.knownOperationNames.has(name) ? name : 'other';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_NAMES) return 'other';
    seen.add(name);
    return name;
  };
}

function statusClass(status: number | undefined, error: unknown): string {
  if (status !== undefined) return `${Math.floor(status / 100)}xx`;
  const name = (error as { name?: string } | undefined)?.name;
  return name === 'StreamTimeoutError' ? 'timeout' : 'network';
}

/** yoga gives parse and validation errors their codes only as it answers; the plugin sees them before. */
const PHASE_CODES: Record<string, string> = { parse: 'GRAPHQL_PARSE_FAILED', validate: 'GRAPHQL_VALIDATION_FAILED' };

function errorCode(error: unknown, phase: string | undefined): string {
  const code = (error as GraphQLError | undefined)?.extensions?.code;
  if (typeof code === 'string') return code;
  return (phase && PHASE_CODES[phase]) ?? 'UNKNOWN';
}

export function createMetrics(options: MetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const label = operationLabel(options);
  const operationLabels = (params: FillLabelsFnParams) => ({
    operationName: label(params.operationName),
    operationType: params.operationType ?? 'unknown',
  });

  const plugin = usePrometheus({
    registry,
    endpoint: false,
    skipIntrospection: true,
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: {
          name: 'graphql_requests_total',
          help: 'GraphQL operations executed',
          labelNames: ['operationName', 'operationType'],
        },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_request_duration_seconds',
          help: 'Time to execute a GraphQL operation',
          labelNames: ['operationName', 'operationType'],
        },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_errors_total',
          help: 'Errors in GraphQL answers, by operation, phase and error code',
          labelNames: ['operationName', 'operationType', 'phase', 'code'],
        },
        fillLabelsFn: (params) => ({
          ...operationLabels(params),
          phase: params.errorPhase ?? 'unknown',
          code: errorCode(params.error, params.errorPhase),
        }),
      }),
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: false,
    },
  }) as Plugin;

  let sources = { inFlight: () => 0, circuitState: () => 'closed' };
  new Gauge({
    name: 'graphql_requests_in_flight',
    help: 'GraphQL HTTP requests being handled',
    registers: [registry],
    collect() {
      this.set(sources.inFlight());
    },
  });
  new Gauge({
    name: 'stream_circuit_state',
    help: 'The circuit breaker towards Stream: 1 for the state it is in, 0 for the others',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const current = sources.circuitState();
      for (const state of ['closed', 'open', 'halfOpen']) this.set({ state }, state === current ? 1 : 0);
    },
  });

  const upstreamDuration = new Histogram({
    name: 'stream_upstream_request_duration_seconds',
    help: 'Stream REST calls (each attempt), by operation and status class',
    labelNames: ['operation', 'method', 'route', 'statusClass'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const headroom = new Gauge({
    name: 'stream_rate_limit_remaining',
    help: "Requests left in Stream's current rate-limit window, by operation (last answer seen)",
    labelNames: ['operation'],
    registers: [registry],
  });
  const upstream: UpstreamObserver = {
    start(call) {
      const started = process.hrtime.bigint();
      return ({ status, rateLimit, error }) => {
        upstreamDuration.observe(
          {
            operation: call.operation,
            method: call.method,
            route: call.route,
            statusClass: statusClass(status, error),
          },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
        if (rateLimit) headroom.set({ operation: call.operation }, rateLimit.remaining);
      };
    },
  };

  return {
    registry,
    plugin,
    upstream,
    watch(watched) {
      sources = watched;
    },
  };
}
