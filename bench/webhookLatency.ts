/**
 * Webhook-to-subscriber latency: a graphql-ws subscriber to `events`, and signed poll.updated
 * webhooks posted one after another; each is timed from the POST until the subscriber receives it.
 *
 *   npx tsx bench/webhookLatency.ts [--events 300] [--replicas 1|2]
 *
 * One replica: the gateway in this process, events in memory. Two replicas: two gateway processes
 * (the production entry, dist/server.js) sharing a real redis-server; the webhook is posted to
 * replica B and the subscriber listens on replica A, so each event crosses Redis pub/sub.
 * The figures are printed and written to bench/results/<date>-event-latency-<n>r.json, which
 * docs/BENCHMARKS.md shows (bench/liveReport.ts).
 */
import { createHmac, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startEmulator, type Emulator } from '../src/emulator/server.js';
import { createLive } from '../src/live/live.js';
import { attachWebSocketTransport } from '../src/live/webSocket.js';
import { createServerToken } from '../src/rest/auth.js';
import { createStreamClient } from '../src/rest/client.js';
import { createGateway } from '../src/yoga.js';
// The test set-up's redis-server on a random loopback port (Debian's package), reused rather than copied.
import { startRedisServer } from '../test/support/redisServer.js';
import { ensureBuild } from './build.js';
import { GATEWAY_ENTRY, GATEWAY_NODE_FLAGS } from './contenders.js';
import { machineInfo } from './machine.js';
import { freePort, startService, type Service } from './services.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { events: { type: 'string', default: '300' }, replicas: { type: 'string', default: '1' } },
});
const count = Number(values.events);
const replicas = Number(values.replicas);
if (!(count > 0) || (replicas !== 1 && replicas !== 2)) throw new Error('--events N (> 0) and --replicas 1|2');

/** Where the subscriber listens and where webhooks are posted (the same gateway with one replica). */
interface Setup {
  subscribeOrigin: string;
  webhookOrigin: string;
  close(): Promise<void>;
}

async function inProcess(emulator: Emulator): Promise<Setup> {
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
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    subscribeOrigin: origin,
    webhookOrigin: origin,
    async close() {
      await webSockets.close();
      server.close();
      await live.close();
      await client.close();
    },
  };
}

async function twoReplicas(emulator: Emulator): Promise<Setup> {
  ensureBuild(root);
  const redis = await startRedisServer();
  const logDir = join(root, 'bench/results/raw/logs');
  const start = async (name: string): Promise<Service> => {
    const port = await freePort();
    return startService({
      name,
      cwd: root,
      port,
      logDir,
      nodeArgs: [...GATEWAY_NODE_FLAGS, GATEWAY_ENTRY],
      stdout: 'drain',
      env: {
        STREAM_API_KEY: emulator.apiKey,
        STREAM_API_SECRET: emulator.apiSecret,
        STREAM_BASE_URL: emulator.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        DEMO: '',
        REDIS_URL: redis.url,
      },
    });
  };
  const a = await start('latency-replica-a');
  const b = await start('latency-replica-b');
  return {
    subscribeOrigin: a.origin,
    webhookOrigin: b.origin,
    async close() {
      await a.stop();
      await b.stop();
      await redis.close();
    },
  };
}

function postWebhook(origin: string, emulator: Emulator, pollId: string): Promise<Response> {
  const body = JSON.stringify({ type: 'poll.updated', created_at: new Date().toISOString(), poll: { id: pollId } });
  return fetch(`${origin}/webhooks/stream`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': emulator.apiKey,
      'x-signature': createHmac('sha256', emulator.apiSecret).update(body).digest('hex'),
      'x-webhook-id': randomUUID(),
    },
    body,
  });
}

const emulator = await startEmulator({ data: 'demo' });
const setup = replicas === 1 ? await inProcess(emulator) : await twoReplicas(emulator);

const ws = createClient({
  url: `${setup.subscribeOrigin.replace('http', 'ws')}/graphql`,
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

/** Posts one event and resolves when the subscriber has it; undefined if it did not arrive within `waitMs`. */
async function timeOne(pollId: string, waitMs: number): Promise<number | undefined> {
  const received = new Promise<boolean>((resolve) => {
    waiting.set(pollId, () => resolve(true));
    setTimeout(() => resolve(false), waitMs);
  });
  const started = performance.now();
  const response = await postWebhook(setup.webhookOrigin, emulator, pollId);
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  const arrived = await received;
  waiting.delete(pollId);
  return arrived ? performance.now() - started : undefined;
}

// Warm-up markers until one arrives: the subscription (and, across replicas, its Redis channel) is in place.
for (let n = 0; (await timeOne(`warmup-${n}`, 100)) === undefined; n++) {
  if (n > 300) throw new Error('the subscriber never received an event');
}

const samples: number[] = [];
for (let n = 0; n < count; n++) {
  const sample = await timeOne(`bench-${n}`, 10_000);
  if (sample === undefined) throw new Error(`event ${n} never reached the subscriber`);
  samples.push(sample);
}
samples.sort((x, y) => x - y);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
const mode = replicas === 1 ? '1 replica, in memory' : '2 replicas sharing Redis, webhook on B, subscriber on A';
console.log(
  `webhook -> subscriber (${mode}, ${count} events): p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`,
);

const startedAt = new Date().toISOString();
const file = join(root, 'bench/results', `${startedAt.replace(/[:.]/g, '-')}-event-latency-${replicas}r.json`);
const command = `npx tsx bench/webhookLatency.ts --events ${count} --replicas ${replicas}`;
writeFileSync(
  file,
  `${JSON.stringify({ kind: 'event-latency', startedAt, command, replicas, mode, events: count, p50Ms: at(0.5), p99Ms: at(0.99), machine: machineInfo() }, null, 2)}\n`,
);
console.log(`results: ${file}`);

await events.return?.();
await ws.dispose();
await setup.close();
await emulator.close();
