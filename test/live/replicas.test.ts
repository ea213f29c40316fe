import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { createServerToken } from '../../src/rest/auth.js';
import { startTestEmulator, until } from '../support/emulator.js';
import { sseSubscription, type TestSubscription } from '../support/liveClients.js';
import { startRedisServer, type RedisServer } from '../support/redisServer.js';
import { queryReplica, startReplica, stopReplicas, type Replica } from '../support/replicas.js';
import { postWebhook } from '../support/webhooks.js';

let redis: RedisServer;
let emulator: Emulator;
let token: string;
const replicas: Replica[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = await startTestEmulator({ data: 'demo' });
  token = await createServerToken(emulator.apiSecret);
  const env = { REDIS_URL: redis.url, RESPONSE_CACHE: 'on' };
  replicas.push(await startReplica(emulator, env), await startReplica(emulator, env));
});
afterAll(async () => {
  await stopReplicas(replicas);
  await emulator.close();
  await redis.close();
});

const graphql = (replica: Replica, query: string) => queryReplica(replica, token, query);

const webhook = (replica: Replica, event: Record<string, unknown>) =>
  postWebhook(replica.url, { body: JSON.stringify(event), secret: emulator.apiSecret, apiKey: emulator.apiKey });

const EVENTS = 'subscription { events { type ... on PollEvent { pollId } ... on UserEvent { userId } } }';
type Events = TestSubscription<{ events: { type: string; pollId?: string; userId?: string } }>;

/**
 * Waits until events posted to `sender` reach the subscription (its Redis subscription is in
 * place): marker webhooks are posted until one arrives; the markers it received are skipped.
 */
async function connectedThrough(subscription: Events, sender: Replica): Promise<void> {
  let arrived = false;
  const next = subscription.next().then(() => (arrived = true));
  for (let n = 0; !arrived; n++) {
    expect(
      await webhook(sender, {
        type: 'user.updated',
        created_at: new Date().toISOString(),
        user: { id: `marker-${Date.now()}-${n}` },
      }),
    ).toBe(200);
    await Promise.race([next, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
}

/** One sample of a replica's /metrics, e.g. `redis_connected` or `redis_degraded_operations_total{operation="publish"}`. */
async function metric(replica: Replica, sample: string): Promise<number | undefined> {
  const text = await (await fetch(new URL('/metrics', replica.url))).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
}

/** Polls until `check` holds for the sample's value. */
async function metricBecomes(replica: Replica, sample: string, check: (value: number | undefined) => boolean) {
  while (!check(await metric(replica, sample))) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The next event that is not a marker. */
async function nextEvent(subscription: Events) {
  for (;;) {
    const result = await subscription.next();
    const event = result?.data?.events;
    if (!event?.userId?.startsWith('marker-')) return event;
  }
}

describe('two gateway processes sharing Redis', () => {
  it('a subscriber on replica A gets the webhook posted to replica B, and the mutation made on B', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const subscription: Events = sseSubscription(a.url, token, EVENTS);
    await connectedThrough(subscription, b);
    expect(
      await webhook(b, {
        type: 'poll.closed',
        created_at: new Date().toISOString(),
        poll: { id: 'poll-20', updated_at: '2026-04-01T00:00:00Z' },
      }),
    ).toBe(200);
    expect(await nextEvent(subscription)).toEqual({ type: 'POLL_CLOSED', pollId: 'poll-20' });
    const changed = await graphql(
      b,
      'mutation { updatePollPartial(input: { pollId: "poll-21", set: { name: "From B" } }) { poll { id } } }',
    );
    expect(changed.body.errors).toBeUndefined();
    expect(await nextEvent(subscription)).toEqual({ type: 'POLL_UPDATED', pollId: 'poll-21' });
    await subscription.close();
  });

  it('a webhook delivered to both replicas (a retry landing elsewhere) is published once', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const subscription: Events = sseSubscription(a.url, token, EVENTS);
    await connectedThrough(subscription, a);
    const body = JSON.stringify({
      type: 'poll.updated',
      created_at: new Date().toISOString(),
      poll: { id: 'poll-22', updated_at: '2026-04-02T00:00:00Z' },
    });
    for (const replica of [a, b]) {
      expect(
        await postWebhook(replica.url, {
          body,
          secret: emulator.apiSecret,
          apiKey: emulator.apiKey,
          webhookId: 'shared-delivery',
        }),
      ).toBe(200);
    }
    await webhook(b, {
      type: 'poll.updated',
      created_at: new Date().toISOString(),
      poll: { id: 'poll-23', updated_at: '2026-04-02T00:00:00Z' },
    });
    expect(await nextEvent(subscription)).toEqual({ type: 'POLL_UPDATED', pollId: 'poll-22' });
    expect(await nextEvent(subscription)).toEqual({ type: 'POLL_UPDATED', pollId: 'poll-23' });
    await subscription.close();
  });

  it('a read cached in Redis through replica A is invalidated by a mutation made on replica B', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const query = '{ poll(id: "poll-26") { id name } }';
    expect((await graphql(a, query)).body.extensions.responseCache.hit).toBe(false);
    expect((await graphql(b, query)).body.extensions.responseCache.hit).toBe(true);
    const cachedOnA = await graphql(a, query);
    expect(cachedOnA.body.extensions.responseCache.hit).toBe(true);
    await graphql(
      b,
      'mutation { updatePollPartial(input: { pollId: "poll-26", set: { name: "Fresh" } }) { poll { id } } }',
    );
    const after = await graphql(a, query);
    expect(after.body.extensions.responseCache.hit).toBe(false);
    expect(after.body.data.poll.name).toBe('Fresh');
  });

  it(
    'with Redis stopped, queries and mutations keep working; events flow across replicas again once it is back',
    { timeout: 60_000 },
    async () => {
      const [a, b] = replicas as [Replica, Replica];
      for (const replica of replicas) expect(await metric(replica, 'redis_connected')).toBe(1);
      const cacheBypassed = 'redis_degraded_operations_total{operation="response_cache"}';
      expect(await metric(a, cacheBypassed)).toBeUndefined();
      await redis.stop();
      const read = await graphql(a, '{ poll(id: "poll-24") { id name } }');
      expect(read.status).toBe(200);
      expect(read.body.data.poll.id).toBe('poll-24');
      const write = await graphql(
        b,
        'mutation { updatePollPartial(input: { pollId: "poll-24", set: { name: "Redis down" } }) { poll { name } } }',
      );
      expect(write.body.data.updatePollPartial.poll.name).toBe('Redis down');
      // The warning is a JSON log line on stdout, from whichever replica noticed first (a failed
      // publish on B, or A's connection dropping).
      await until(() =>
        /redis .*subscriptions only see this replica's events/.test(a.process.stdout() + b.process.stdout()),
      );
      // And the metrics say so: both replicas see Redis down; A answered its read without the cache.
      for (const replica of replicas) await metricBecomes(replica, 'redis_connected', (value) => value === 0);
      expect(await metric(a, cacheBypassed)).toBeGreaterThan(0);

      await redis.start();
      for (const replica of replicas) await metricBecomes(replica, 'redis_connected', (value) => value === 1);
      const subscription: Events = sseSubscription(a.url, token, EVENTS);
      await connectedThrough(subscription, b);
      await webhook(b, {
        type: 'poll.closed',
        created_at: new Date().toISOString(),
        poll: { id: 'poll-25', updated_at: '2026-04-03T00:00:00Z' },
      });
      expect(await nextEvent(subscription)).toEqual({ type: 'POLL_CLOSED', pollId: 'poll-25' });
      await subscription.close();
    },
  );
});
