import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';

/** One request that went through the proxy, with the raw answer the upstream gave. */
export interface Exchange {
  method: string;
  pathname: string;
  status: number;
  contentType: string;
  /** The answer's text exactly as the upstream sent it. */
  text: string;
}

export interface RecordingProxy {
  url: string;
  exchanges: Exchange[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

/**
 * A pass-through HTTP proxy on loopback that keeps every raw answer, so tests can check the
 * bytes a client received before its decoders touched them.
 */
export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const exchanges: Exchange[] = [];
  const agent = new Agent({ keepAliveTimeout: 10_000 });
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
      const answer = await request(`${upstream}${req.url ?? '/'}`, {
        method: method as 'GET',
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        dispatcher: agent,
      });
      const text = await answer.body.text();
      const contentType = String(answer.headers['content-type'] ?? '');
      exchanges.push({
        method,
        pathname: new URL(req.url ?? '/', 'http://proxy').pathname,
        status: answer.statusCode,
        contentType,
        text,
      });
      const forwarded: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name))
          forwarded[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      res.writeHead(answer.statusCode, { ...forwarded, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    } catch {
      // The upstream dropped the connection: drop ours too, as the client would have seen it.
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exchanges,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await agent.close();
    },
  };
}
