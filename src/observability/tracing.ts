import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamObserver } from '../rest/observer.js';

const TRACER_NAME = 'stream-graphql-gateway';

export interface Tracing {
  /** Runs one HTTP request inside a server span that continues the caller's W3C traceparent. */
  serve(request: IncomingMessage, response: ServerResponse, handle: () => void): void;
  /** Spans for the GraphQL phases: parse, validate, execute. */
  plugin: Plugin;
  /** One client span per Stream call, whose traceparent goes with the call. */
  upstream: UpstreamObserver;
  /** Exports what is left and stops. */
  shutdown(): Promise<void>;
}

/**
 * Tracing over OTLP/HTTP, set up only when an endpoint is configured: the SDK is imported here,
 * on demand, so that a gateway without tracing loads none of it and pays nothing per request.
 * The standard OTEL_* variables (OTEL_BSP_*, OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER…)
 * are read by the SDK itself.
 */
export async function startTracing(options: { endpoint: string; serviceName: string }): Promise<Tracing> {
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
    ]);
  const exporter = new OTLPTraceExporter({ url: new URL('v1/traces', withSlash(options.endpoint)).href });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  // The AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  const tracer = trace.getTracer(TRACER_NAME);
  return {
    serve: (request, response, handle) => serve(tracer, request, response, handle),
    plugin: graphqlSpans(tracer),
    upstream: upstreamSpans(tracer),
    shutdown: () => provider.shutdown(),
  };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function serve(tracer: Tracer, request: IncomingMessage, response: ServerResponse, handle: () => void): void {
  const parent = propagation.extract(ROOT_CONTEXT, request.headers);
  const path = (request.url ?? '/').split('?')[0];
  const span = tracer.startSpan(
    `${request.method} ${path}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.path': path } },
    parent,
  );
  response.once('close', () => {
    span.setAttribute('http.response.status_code', response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), handle);
}

function phaseSpan(tracer: Tracer, name: string): Span {
  return tracer.startSpan(name, undefined, context.active());
}

function endWithErrors(span: Span, errors: readonly unknown[] | undefined): void {
  if (errors && errors.length > 0) span.setStatus({ code: SpanStatusCode.ERROR, message: `${errors.length} error(s)` });
  span.end();
}

function graphqlSpans(tracer: Tracer): Plugin {
  return {
    onParse() {
      const span = phaseSpan(tracer, 'graphql.parse');
      return ({ result }) => endWithErrors(span, result instanceof Error ? [result] : undefined);
    },
    onValidate() {
      const span = phaseSpan(tracer, 'graphql.validate');
      return ({ result }) => endWithErrors(span, result);
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName)?.name?.value;
      const span = phaseSpan(tracer, operation ? `graphql.execute ${operation}` : 'graphql.execute');
      if (operation) span.setAttribute('graphql.operation.name', operation);
      // The resolvers' Stream calls run inside this span, so their spans are its children.
      const active = trace.setSpan(context.active(), span);
      setExecuteFn((executeArgs) => context.with(active, () => executeFn(executeArgs)));
      return {
        onExecuteDone: ({ result }) =>
          endWithErrors(span, 'errors' in result ? (result.errors as readonly unknown[] | undefined) : undefined),
      };
    },
  };
}

function upstreamSpans(tracer: Tracer): UpstreamObserver {
  return {
    start(call, headers) {
      const span = tracer.startSpan(
        call.operation,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            'http.request.method': call.method,
            'url.template': call.route,
            'stream.operation': call.operation,
          },
        },
        context.active(),
      );
      propagation.inject(trace.setSpan(context.active(), span), headers);
      return ({ status, streamCode, error }) => {
        if (status !== undefined) span.setAttribute('http.response.status_code', status);
        if (streamCode !== undefined) span.setAttribute('stream.error_code', streamCode);
        if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
        span.end();
      };
    },
  };
}
