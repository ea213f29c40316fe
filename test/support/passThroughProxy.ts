import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';

/** An upstream answer on its way back through the proxy. */
export interface ProxiedAnswer {
  method: string;
  /** The request's path, without the query string. */
  pathname: string;
  status: number;
  /** The answer's headers, less the hop-by-hop ones; changes made here reach the client. */
  headers: Record<string, string>;
  /** The answer's body exactly as the upstream sent it. */
  body: Buffer;
}

export interface PassThroughProxy {
  url: string;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

/** The headers a proxy passes on: all but the hop-by-hop ones. */
export function endToEnd(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

/**
 * A pass-through HTTP proxy on loopback to `upstream()` (read for each request, so it may be
 * known only after the proxy started), showing every answer to `onAnswer` before the client gets it.
 */
export async function startPassThroughProxy(
  upstream: () => string,
  onAnswer: (answer: ProxiedAnswer) => void,
): Promise<PassThroughProxy> {
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const server: Server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const method = req.method ?? 'GET';
      const answer = await request(`${upstream()}${req.url ?? '/'}`, {
        method: method as 'GET',
        headers: endToEnd(req.headers),
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        dispatcher: agent,
      });
      const proxied: ProxiedAnswer = {
        method,
        pathname: new URL(req.url ?? '/', 'http://proxy').pathname,
        status: answer.statusCode,
        headers: endToEnd(answer.headers),
        body: Buffer.from(await answer.body.arrayBuffer()),
      };
      onAnswer(proxied);
      res.writeHead(proxied.status, { ...proxied.headers, 'content-length': proxied.body.byteLength });
      res.end(proxied.body);
    } catch {
      // The upstream dropped the connection: drop ours too, as the client would have seen it.
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await agent.close();
    },
  };
}
