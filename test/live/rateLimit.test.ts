import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { createServerToken, createUserToken } from '../../src/rest/auth.js';
import { createMemoryHeadroomStore } from '../../src/live/quotaGuard.js';
import { createCallerLimiter } from '../../src/security/callerRateLimit.js';
import { startTestEmulator } from '../support/emulator.js';
import { startTestGateway } from '../support/gateway.js';
import { startRedisServer, type RedisServer } from '../support/redisServer.js';
import { queryReplica, startReplica, stopReplicas, type Replica } from '../support/replicas.js';

const QUERY = '{ poll(id: "poll-01") { id } }';

it('over its budget a caller gets HTTP 429 RATE_LIMITED with retryAfter; other callers are not affected', async () => {
  const gateway = await startTestGateway(
    { data: 'demo' },
    { callerLimiter: createCallerLimiter({ requests: 2, windowSeconds: 60 }) },
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

describe('across replicas sharing Redis', () => {
  let redis: RedisServer;
  let emulator: Emulator;
  const replicas: Replica[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    emulator = await startTestEmulator({ data: 'demo' });
    const env = { REDIS_URL: redis.url, RATE_LIMIT_REQUESTS: '3', RATE_LIMIT_WINDOW_SECONDS: '600' };
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
