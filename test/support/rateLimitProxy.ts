import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { operationList } from '../../src/rest/operations.js';

/** The rate-limit headers one answer should carry: the values, or `none` to send no such headers. */
export type RateLimitHeaders = { limit: number; remaining: number; reset: number } | 'none';

export interface UpstreamCall {
  /** The REST operation the request is for (`unknown` when none matches). */
  operation: string;
  method: string;
  /** Path without the query string. */
  path: string;
}

export interface RateLimitProxy {
  url: string;
  /** Where requests are forwarded (the emulator), settable once it is known. */
  upstream: string;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);
const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

const routes = operationList
  .map((operation) => ({
    operation,
    pattern: new RegExp(`^${operation.path.replace(/\{\w+\}/g, '[^/]+')}$`),
    params: (operation.path.match(/\{/g) ?? []).length,
  }))
  .sort((a, b) => a.params - b.params);

function operationOf(method: string, path: string): string {
  return (
    routes.find((route) => route.operation.method === method && route.pattern.test(path))?.operation.name ?? 'unknown'
  );
}

/**
 * A pass-through proxy on loopback that sets the `x-ratelimit-*` headers of each answer to what
 * `headersFor` says (or leaves the upstream's when it answers undefined), so that one GraphQL
 * request can meet upstream answers with different rate-limit states.
 */
export async function startRateLimitProxy(
  headersFor: (call: UpstreamCall) => RateLimitHeaders | undefined,
): Promise<RateLimitProxy> {
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const proxy: RateLimitProxy = { url: '', upstream: '', close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name))
          headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const method = req.method ?? 'GET';
      const answer = await request(`${proxy.upstream}${req.url ?? '/'}`, {
        method: method as 'GET',
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        dispatcher: agent,
      });
      const body = Buffer.from(await answer.body.arrayBuffer());
      const forwarded: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name))
          forwarded[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const path = new URL(req.url ?? '/', 'http://proxy').pathname;
      const rate = headersFor({ operation: operationOf(method, path), method, path });
      if (rate !== undefined) {
        for (const name of RATE_LIMIT_HEADERS) delete forwarded[name];
        if (rate !== 'none') {
          forwarded['x-ratelimit-limit'] = String(rate.limit);
          forwarded['x-ratelimit-remaining'] = String(rate.remaining);
          forwarded['x-ratelimit-reset'] = String(rate.reset);
        }
      }
      res.writeHead(answer.statusCode, { ...forwarded, 'content-length': body.byteLength });
      res.end(body);
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await agent.close();
  };
  return proxy;
}
