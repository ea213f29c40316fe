import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { createServerToken, createUserToken } from '../../src/rest/auth.js';
import { createMemoryHeadroomStore } from '../../src/live/quotaGuard.js';
import { createCallerLimiter } from '../../src/security/callerRateLimit.js';
import { resetWhenIdle, startTestEmulator } from '../support/emulator.js';
import { startTestGateway } from '../support/gateway.js';
import { startRedisServer, type RedisServer } from '../support/redisServer.js';
import { queryReplica, startReplica, stopReplicas, type Replica } from '../support/replicas.js';

const QUERY = '{ poll(id: "poll-01") { id } }';
/** Costs 31 by the schema's cost model: 1 for `users`, then 3 per user on a page of 10. */
const TEN_USERS = '{ users(first: 10) { edges { node { id } } } }';
/** Costs 151: more than the cost budgets below allow in one window. */
const FIFTY_USERS = '{ users(first: 50) { edges { node { id } } } }';

it('over its budget a caller gets HTTP 429 RATE_LIMITED with retryAfter; other callers are not affected', async () => {
  const gateway = await startTestGateway(
    { data: 'demo' },
    { callerLimiter: createCallerLimiter({ points: 2, windowSeconds: 60 }, 'requests') },
  );
  try {
    const alice = await gateway.userToken('user-001');
    expect((await gateway.query(QUERY, undefined, alice)).status).toBe(200);
    expect((await gateway.query(QUERY, undefined, alice)).status).toBe(200);
    const before = gateway.emulator.log.length;
    const refused = await gateway.query(QUERY, undefined, alice);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(refused.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    expect(gateway.emulator.log.length).toBe(before);
    expect((await gateway.query(QUERY, undefined, await gateway.userToken('user-002'))).status).toBe(200);
    expect((await gateway.query(QUERY)).status).toBe(200);
  } finally {
    await gateway.close();
  }
});

it('a caller spends its query cost budget by what its operations cost, then gets HTTP 429 RATE_LIMITED with retryAfter', async () => {
  const gateway = await startTestGateway(
    { data: 'demo' },
    { callerCostLimiter: createCallerLimiter({ points: 70, windowSeconds: 600 }, 'cost') },
  );
  try {
    // One request, but it costs more than the whole budget: refused before reaching Stream.
    const before = gateway.emulator.log.length;
    const tooCostly = await gateway.query(FIFTY_USERS);
    expect(tooCostly.status).toBe(429);
    expect(tooCostly.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(gateway.emulator.log.length).toBe(before);

    const alice = await gateway.userToken('user-001');
    expect((await gateway.query(TEN_USERS, undefined, alice)).errors).toBeUndefined();
    expect((await gateway.query(TEN_USERS, undefined, alice)).errors).toBeUndefined();
    expect((await gateway.query(QUERY, undefined, alice)).errors).toBeUndefined();
    // 64 of 70 spent after three requests: a fourth costing 31 does not fit.
    const spent = gateway.emulator.log.length;
    const refused = await gateway.query(TEN_USERS, undefined, alice);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    expect(refused.data ?? null).toBeNull();
    expect(gateway.emulator.log.length).toBe(spent);
    // Another caller's budget is its own.
    const bob = await gateway.userToken('user-002');
    expect((await gateway.query(TEN_USERS, undefined, bob)).errors).toBeUndefined();
  } finally {
    await gateway.close();
  }
});

describe('across replicas sharing Redis', () => {
  let redis: RedisServer;
  let emulator: Emulator;
  const replicas: Replica[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    emulator = await startTestEmulator({ data: 'demo' });
    const env = {
      REDIS_URL: redis.url,
      RATE_LIMIT_REQUESTS: '3',
      RATE_LIMIT_WINDOW_SECONDS: '600',
      RATE_LIMIT_COST: '70',
      RATE_LIMIT_COST_WINDOW_SECONDS: '600',
      STREAM_QUOTA_FLOOR: '2',
    };
    replicas.push(await startReplica(emulator, env), await startReplica(emulator, env));
  });
  afterAll(async () => {
    await stopReplicas(replicas);
    await emulator.close();
    await redis.close();
  });

  it('the budget is one for all replicas: two requests on A and one on B leave none for B', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const token = await createUserToken(emulator.apiSecret, 'user-005');
    expect((await queryReplica(a, token, QUERY)).status).toBe(200);
    expect((await queryReplica(a, token, QUERY)).status).toBe(200);
    expect((await queryReplica(b, token, QUERY)).status).toBe(200);
    const refused = await queryReplica(b, token, QUERY);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await queryReplica(a, await createServerToken(emulator.apiSecret), QUERY)).status).toBe(200);
  });

  it('the query cost budget is one for all replicas: what A spent is missing on B', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const token = await createUserToken(emulator.apiSecret, 'user-006');
    const first = await queryReplica(a, token, TEN_USERS);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect((await queryReplica(a, token, TEN_USERS)).body.errors).toBeUndefined();
    // Third request for this caller, within its request budget of 3: only the cost spent on A refuses it.
    const refused = await queryReplica(b, token, TEN_USERS);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await queryReplica(b, await createUserToken(emulator.apiSecret, 'user-007'), TEN_USERS);
    expect(other.body.errors).toBeUndefined();
  });

  it("the Stream quota guard is shared: after A's answers leave getPoll at the floor, B answers RATE_LIMITED without calling Stream", async () => {
    const [a, b] = replicas as [Replica, Replica];
    await resetWhenIdle(emulator);
    try {
      // Five getPoll calls per window: after three, Stream reports 2 left, the replicas' floor.
      emulator.controls.rateLimitPerWindow = 5;
      emulator.controls.rateLimitWindowSeconds = 1_000_000;
      const getPollCalls = () => emulator.log.filter((entry) => entry.operation === 'getPoll').length;
      const token = await createUserToken(emulator.apiSecret, 'user-008');
      for (let n = 0; n < 3; n++) expect((await queryReplica(a, token, QUERY)).body.errors).toBeUndefined();
      expect(getPollCalls()).toBe(3);

      const guarded = await queryReplica(b, await createUserToken(emulator.apiSecret, 'user-009'), QUERY);
      expect(guarded.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
      expect(Date.parse(guarded.body.errors[0].extensions.rateLimitReset)).toBeGreaterThan(Date.now());
      expect(getPollCalls()).toBe(3);
    } finally {
      await resetWhenIdle(emulator);
    }
  });
});

it('below the quota floor, the gateway answers RATE_LIMITED with the reset time before calling Stream', async () => {
  const gateway = await startTestGateway(
    { data: 'demo' },
    { quotaGuard: { store: createMemoryHeadroomStore(), floor: 2 } },
  );
  try {
    gateway.emulator.controls.rateLimitPerWindow = 5;
    gateway.emulator.controls.rateLimitWindowSeconds = 600;
    for (let n = 0; n < 3; n++) expect((await gateway.query(QUERY)).errors).toBeUndefined();
    const before = gateway.emulator.log.filter((entry) => entry.operation === 'getPoll').length;
    const guarded = await gateway.query(QUERY);
    expect(guarded.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(Date.parse(guarded.errors?.[0]?.extensions?.rateLimitReset)).toBeGreaterThan(Date.now());
    expect(gateway.emulator.log.filter((entry) => entry.operation === 'getPoll').length).toBe(before);
    // Other endpoints keep their own headroom.
    expect((await gateway.query('{ user(id: "user-001") { id } }')).errors).toBeUndefined();
  } finally {
    await gateway.close();
  }
});

it('a replica launched before Redis accepts connections waits for it, so its first request spends the shared budget', async () => {
  const redis = await startRedisServer();
  const emulator = await startTestEmulator({ data: 'demo' });
  await redis.stop();
  const launching = startReplica(emulator, {
    REDIS_URL: redis.url,
    RATE_LIMIT_REQUESTS: '3',
    RATE_LIMIT_WINDOW_SECONDS: '600',
  });
  const reader = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  let replica: Replica | undefined;
  try {
    // Without Redis, the replica does not listen yet: the wait lasts up to 5 s after its start.
    const early = await Promise.race([launching.then(() => 'listening'), sleep(2500).then(() => 'waiting')]);
    expect(early).toBe('waiting');
    await redis.start();
    replica = await launching;
    expect(replica.process.stdout()).not.toContain('redis: not connected after');
    const token = await createUserToken(emulator.apiSecret, 'user-010');
    expect((await queryReplica(replica, token, QUERY)).status).toBe(200);
    await reader.connect();
    const spent = await reader.keys('stream-gateway:rate:*');
    expect(spent).toHaveLength(1);
    expect(await reader.get(spent[0]!)).toBe('1');
  } finally {
    reader.disconnect();
    await stopReplicas(replica ? [replica] : [await launching]);
    await emulator.close();
    await redis.close();
  }
});
