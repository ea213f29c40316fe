import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetEmulatorAfterEach } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

const LIMITS = /* GraphQL */ `
  query Limits($platforms: [RateLimitPlatform!], $endpoints: [String!]) {
    rateLimits(platforms: $platforms, endpoints: $endpoints) {
      serverSide {
        endpoint
        limit
        remaining
        reset
      }
      android {
        endpoint
        limit
      }
      ios {
        endpoint
      }
      web {
        endpoint
      }
      unity {
        endpoint
      }
    }
  }
`;

it('rateLimits answers every platform as lists of endpoint limits, reset as a DateTime', async () => {
  const result: any = await gateway.query(LIMITS);
  expect(result.errors).toBeUndefined();
  const limits = result.data.rateLimits;
  for (const platform of ['serverSide', 'android', 'ios', 'web', 'unity'])
    expect(limits[platform].length).toBeGreaterThan(0);
  const getApp = limits.serverSide.find((entry: any) => entry.endpoint === 'GetApp');
  expect(getApp).toEqual({
    endpoint: 'GetApp',
    limit: expect.any(Number),
    remaining: expect.any(Number),
    reset: expect.any(String),
  });
  expect(Date.parse(getApp.reset)).toBeGreaterThan(Date.now() - 120_000);
  const endpoints = limits.serverSide.map((entry: any) => entry.endpoint);
  expect(endpoints).toEqual([...endpoints].sort());
});

it('asks only for the platforms and endpoints named; the others are null', async () => {
  const result: any = await gateway.query(LIMITS, {
    platforms: ['ANDROID', 'WEB'],
    endpoints: ['GetApp', 'QueryUsers'],
  });
  expect(result.data.rateLimits).toMatchObject({ serverSide: null, ios: null, unity: null });
  expect(result.data.rateLimits.android.map((e: any) => e.endpoint)).toEqual(['GetApp', 'QueryUsers']);
  expect(result.data.rateLimits.web.map((e: any) => e.endpoint)).toEqual(['GetApp', 'QueryUsers']);
  const query = gateway.emulator.log.filter((e) => e.operation === 'getRateLimits').at(-1)!.query;
  expect(query).toMatchObject({ android: 'true', web: 'true', endpoints: 'GetApp,QueryUsers' });
  expect(query).not.toHaveProperty('ios');
});

it('is FORBIDDEN for user callers', async () => {
  const result = await gateway.query(LIMITS, {}, await gateway.userToken('someone'));
  expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('a rate-limited upstream answer is RATE_LIMITED', async () => {
  // GETs are retried on 429 when the reset is near: every attempt (1 + 2 retries) must be refused.
  gateway.emulator.controls.forcedErrors.push({ operation: 'getRateLimits', status: 429, code: 9, times: 3 });
  const result = await gateway.query(LIMITS);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', streamCode: 9 });
});
