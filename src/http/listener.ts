import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import type { Tracing } from '../observability/tracing.js';
import type { Readiness } from './readiness.js';

export interface HttpLayerOptions {
  /** The GraphQL server (yoga) for every other path. */
  gateway: RequestListener;
  readiness: Readiness;
  /** Served at /metrics on this listener; leave out when metrics have a port of their own. */
  metrics?: Registry;
  /** GraphQL requests handled at once; more are refused at once with 503 OVERLOADED. 0: no cap. */
  maxInFlight: number;
  tracing?: Tracing;
}

export interface HttpLayer {
  listener: RequestListener;
  /** GraphQL requests being handled now. */
  inFlight(): number;
  /** Shutting down: every answer from now on closes its connection. */
  drain(): void;
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

export async function serveMetrics(registry: Registry, response: ServerResponse): Promise<void> {
  const text = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
  response.end(text);
}

/**
 * The node:http layer in front of yoga: probes and metrics without a token, admission control
 * before a request's body is read, and `Connection: close` while draining.
 */
export function createHttpLayer(options: HttpLayerOptions): HttpLayer {
  let inFlight = 0;
  let draining = false;

  const overloaded = (response: ServerResponse) =>
    json(
      response,
      503,
      {
        errors: [
          {
            message: 'The gateway is at capacity; retry shortly.',
            extensions: { code: 'OVERLOADED' },
          },
        ],
      },
      // The body is not read: closing the connection spares the client's socket a half-read request.
      { 'retry-after': '1', connection: 'close' },
    );

  const graphql = (request: IncomingMessage, response: ServerResponse) => {
    if (options.maxInFlight > 0 && inFlight >= options.maxInFlight) return overloaded(response);
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
    if (options.tracing) options.tracing.serve(request, response, () => void options.gateway(request, response));
    else void options.gateway(request, response);
  };

  const listener: RequestListener = (request, response) => {
    if (draining) response.setHeader('connection', 'close');
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (path === '/health') return json(response, 200, { status: 'ok' });
      if (path === '/ready') {
        void options.readiness
          .check()
          .then((state) =>
            state.ready
              ? json(response, 200, { status: 'ready' })
              : json(response, 503, { status: 'not ready', reason: state.reason }),
          );
        return;
      }
      if (path === '/metrics' && options.metrics) {
        void serveMetrics(options.metrics, response);
        return;
      }
    }
    graphql(request, response);
  };

  return {
    listener,
    inFlight: () => inFlight,
    drain() {
      draining = true;
    },
  };
}
