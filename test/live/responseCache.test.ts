import { createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { until } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { postWebhook } from '../support/webhooks.js';

const API_KEY = 'cache-key-P2x';
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway(
    { data: 'demo', apiKey: API_KEY },
    { apiKey: API_KEY, responseCache: { cache: createInMemoryCache(), settings: { ttlMs: 60_000 } } },
  );
});
afterAll(() => gateway.close());

/** A read, whether the cache answered it, and the upstream calls it cost. */
async function read(query: string, token = gateway.serverToken) {
  let result: any;
  const upstream = await gateway.countUpstream(async () => {
    result = await gateway.query(query, undefined, token);
  });
  return { result, hit: result.extensions?.responseCache?.hit as boolean | undefined, calls: upstream.total };
}

it('a repeated read is a hit that calls nothing upstream, and says so', async () => {
  const query = '{ poll(id: "poll-30") { id name voteCount } }';
  const first = await read(query);
  expect(first.hit).toBe(false);
  expect(first.calls).toBeGreaterThan(0);
  const second = await read(query);
  expect(second).toMatchObject({ hit: true, calls: 0 });
  expect(second.result.data).toEqual(first.result.data);
});

it("one caller never gets another's cached answer", async () => {
  const query = '{ viewer { id name } }';
  const alice = await read(query, await gateway.userToken('user-031'));
  expect(alice.result.data.viewer.id).toBe('user-031');
  expect((await read(query, await gateway.userToken('user-031'))).hit).toBe(true);
  const bob = await read(query, await gateway.userToken('user-032'));
  expect(bob.hit).toBe(false);
  expect(bob.result.data.viewer.id).toBe('user-032');
  expect((await read(query)).result.data.viewer).toBeNull();
});

it('a mutation through the gateway invalidates the entity it changed', async () => {
  const query = '{ poll(id: "poll-31") { id name } }';
  await read(query);
  expect((await read(query)).hit).toBe(true);
  await gateway.queryData(
    'mutation { updatePollPartial(input: { pollId: "poll-31", set: { name: "Changed" } }) { poll { id } } }',
  );
  const after = await read(query);
  expect(after.hit).toBe(false);
  expect(after.result.data.poll.name).toBe('Changed');
});

it('a webhook invalidates the entity it reports', async () => {
  const query = '{ user(id: "user-033") { id name } }';
  await read(query);
  expect((await read(query)).hit).toBe(true);
  const published = gateway.live.webhookStats.published;
  const status = await postWebhook(gateway.url, {
    body: JSON.stringify({
      type: 'user.updated',
      created_at: '2026-05-01T00:00:00Z',
      user: { id: 'user-033', updated_at: '2026-05-01T00:00:00Z' },
    }),
    secret: gateway.emulator.apiSecret,
    apiKey: API_KEY,
  });
  expect(status).toBe(200);
  await until(() => gateway.live.webhookStats.published === published + 1);
  expect((await read(query)).hit).toBe(false);
});

it('an upstream rate-limit error is never cached', async () => {
  const query = '{ poll(id: "poll-32") { id } }';
  // A Retry-After past the client's 2 s retry ceiling: with the window's own reset (0–60 s away, by
  // the time of the minute) the gateway retried when it was near, and the one forced 429 was spent.
  gateway.emulator.controls.forcedErrors.push({ operation: 'getPoll', status: 429, times: 1, retryAfter: 30 });
  const limited = await read(query);
  expect(limited.result.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  const next = await read(query);
  expect(next.hit).toBe(false);
  expect(next.result.data.poll.id).toBe('poll-32');
});
