import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Agent, request } from 'undici';
import { endToEnd } from '../../support/passThroughProxy.js';

/**
 * What the proxy does to one request:
 * - resetBeforeForward: the connection is reset once the request arrived; the emulator never sees it;
 * - resetAfterForward: the emulator answers (so a write is applied), then the connection is reset;
 * - blackHole: the request is held and never answered;
 * - slowBody: the answer's headers and first half go at once, the rest `slowMs` later;
 * - truncatedBody: the headers promise the whole body, half of it is sent, then the connection ends.
 */
export type Fault = 'resetBeforeForward' | 'resetAfterForward' | 'blackHole' | 'slowBody' | 'truncatedBody';

export interface ProxiedRequest {
  method: string;
  /** The path without the query string. */
  pathname: string;
  body: string;
}

export interface FaultProxy {
  url: string;
  /** Every request that reached the proxy, in order of arrival. */
  requests: ProxiedRequest[];
  /** Requests held by a black hole right now, and the most ever held at once. */
  held(): { now: number; peak: number };
  close(): Promise<void>;
}

/**
 * An HTTP proxy on loopback in front of `upstream()` that injects the fault `faultFor` picks
 * for each request (none when it answers undefined).
 */
export async function startFaultProxy(
  upstream: () => string,
  faultFor: (request: ProxiedRequest) => Fault | undefined,
  slowMs = 500,
): Promise<FaultProxy> {
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  let holding = 0;
  let peak = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const proxied: ProxiedRequest = {
      method: req.method ?? 'GET',
      pathname: new URL(req.url ?? '/', 'http://proxy').pathname,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(proxied);
    const fault = faultFor(proxied);
    if (fault === 'resetBeforeForward') return void req.socket.resetAndDestroy();
    if (fault === 'blackHole') {
      holding += 1;
      peak = Math.max(peak, holding);
      req.socket.once('close', () => (holding -= 1));
      return;
    }
    try {
      const answer = await request(`${upstream()}${req.url ?? '/'}`, {
        method: proxied.method as 'GET',
        headers: endToEnd(req.headers),
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        dispatcher: agent,
      });
      const body = Buffer.from(await answer.body.arrayBuffer());
      if (fault === 'resetAfterForward') return void req.socket.resetAndDestroy();
      res.writeHead(answer.statusCode, { ...endToEnd(answer.headers), 'content-length': body.byteLength });
      const half = Math.floor(body.byteLength / 2);
      if (fault === 'truncatedBody') {
        res.write(body.subarray(0, half), () => req.socket.destroy());
        return;
      }
      if (fault === 'slowBody') {
        res.write(body.subarray(0, half));
        await new Promise((resolve) => setTimeout(resolve, slowMs));
        res.end(body.subarray(half));
        return;
      }
      res.end(body);
    } catch {
      res.destroy();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    held: () => ({ now: holding, peak }),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await agent.close();
    },
  };
}
