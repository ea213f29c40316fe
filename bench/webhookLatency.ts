/**
 * Webhook-to-subscriber latency on one gateway: a graphql-ws subscriber to `events`, and signed
 * poll.updated webhooks posted one after another; each is timed from the POST until the subscriber
 * receives it. `npx tsx bench/webhookLatency.ts [count]`. Not yet part of `npm run bench`.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startEmulator } from '../src/emulator/server.js';
import { createLive } from '../src/live/live.js';
import { attachWebSocketTransport } from '../src/live/webSocket.js';
import { createServerToken } from '../src/rest/auth.js';
import { createStreamClient } from '../src/rest/client.js';
import { createGateway } from '../src/yoga.js';

const count = Number(process.argv[2] ?? 300);
const emulator = await startEmulator({ data: 'demo' });
const client = createStreamClient({ apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, baseUrl: emulator.url });
const live = createLive({ client });
const gateway = createGateway({
  client,
  apiSecret: emulator.apiSecret,
  apiKey: emulator.apiKey,
  live,
  logError: () => {},
});
const server = createServer(gateway);
const webSockets = attachWebSocketTransport(server, gateway, { apiSecret: emulator.apiSecret });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const ws = createClient({
  url: `${base.replace('http', 'ws')}/graphql`,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${await createServerToken(emulator.apiSecret)}` },
});
const waiting = new Map<string, () => void>();
const events = ws.iterate<{ events: { pollId: string } }>({
  query: 'subscription { events { ... on PollEvent { pollId } } }',
});
void (async () => {
  for await (const result of events) waiting.get(result.data!.events.pollId)?.();
})();
while (live.caps.total < 1) await new Promise((resolve) => setTimeout(resolve, 5));

const samples: number[] = [];
for (let n = 0; n < count; n++) {
  const pollId = `bench-${n}`;
  const body = JSON.stringify({ type: 'poll.updated', created_at: new Date().toISOString(), poll: { id: pollId } });
  const received = new Promise<void>((resolve) => waiting.set(pollId, resolve));
  const started = performance.now();
  await fetch(`${base}/webhooks/stream`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': emulator.apiKey,
      'x-signature': createHmac('sha256', emulator.apiSecret).update(body).digest('hex'),
      'x-webhook-id': randomUUID(),
    },
    body,
  });
  await received;
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
console.log(`webhook -> subscriber (1 replica, in memory, ${count} events): p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
await events.return?.();
await ws.dispose();
await webSockets.close();
server.close();
await live.close();
await client.close();
await emulator.close();
