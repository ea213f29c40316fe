import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStreamClient, type StreamClient } from '../../src/rest/client.js';
import { resetEmulatorAfterEach, TEST_API_KEY, TEST_API_SECRET } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { startRateLimitProxy, type RateLimitHeaders, type RateLimitProxy } from '../support/rateLimitProxy.js';

// `extensions.upstream` of a response: how many Stream requests the GraphQL request made, and the
// rate-limit state of the one with the least headroom (its limit, remaining and reset, as Stream
// sent them in x-ratelimit-*).

/** Four root fields, four upstream operations: getApp, getPoll, getPermission, listRoles. */
const FOUR_CALLS = `{
  app { name }
  poll(id: "poll-01") { id }
  permission(id: "read-channel") { id }
  roles { name }
}`;

const NOW = Math.floor(Date.now() / 1000);
const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString();

describe('over answers with rate-limit headers set per operation', () => {
  let headers: Record<string, RateLimitHeaders> = {};
  let proxy: RateLimitProxy;
  let client: StreamClient;
  let gateway: TestGateway;
  beforeAll(async () => {
    proxy = await startRateLimitProxy((call) => headers[call.path] ?? headers[call.operation]);
    client = createStreamClient({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      baseUrl: proxy.url,
      timeoutMs: 2000,
    });
    gateway = await startTestGateway({ data: 'demo', apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET }, { client });
    proxy.upstream = gateway.emulator.url;
  });
  afterAll(async () => {
    await gateway.close();
    await client.close();
    await proxy.close();
  });
  beforeEach(() => {
    headers = {};
  });

  it('reports the lowest remaining among the calls, with that answer’s limit and reset', async () => {
    headers = {
      getApp: { limit: 1000, remaining: 700, reset: NOW + 300 },
      // The least headroom; its reset is neither the earliest nor the latest.
      getPoll: { limit: 60, remaining: 5, reset: NOW + 120 },
      getPermission: { limit: 500, remaining: 480, reset: NOW + 60 },
      listRoles: { limit: 100, remaining: 90, reset: NOW + 900 },
    };
    const counts = await gateway.countUpstream(async () => {
      const result = await gateway.query(FOUR_CALLS);
      expect(result.errors).toBeUndefined();
      expect(result.extensions?.upstream).toEqual({
        requests: 4,
        rateLimit: { limit: 60, remaining: 5, reset: isoOf(NOW + 120) },
      });
    });
    expect(counts.byOperation).toEqual({ getApp: 1, getPoll: 1, getPermission: 1, listRoles: 1 });
  });

  it('counts a failed call’s headers too', async () => {
    headers = {
      getApp: { limit: 1000, remaining: 700, reset: NOW + 300 },
      '/api/v2/polls/missing-poll': { limit: 60, remaining: 2, reset: NOW + 30 },
    };
    // Stream answers 404 (the poll is null): the failed call's headers count all the same.
    const result = await gateway.query(`{ app { name } poll(id: "missing-poll") { id } }`);
    expect(result.data?.poll).toBeNull();
    expect(result.extensions?.upstream).toEqual({
      requests: 2,
      rateLimit: { limit: 60, remaining: 2, reset: isoOf(NOW + 30) },
    });
  });

  it('ignores answers without rate-limit headers', async () => {
    headers = {
      getApp: 'none',
      getPoll: { limit: 60, remaining: 40, reset: NOW + 120 },
      getPermission: 'none',
      listRoles: 'none',
    };
    const result = await gateway.query(FOUR_CALLS);
    expect(result.extensions?.upstream).toEqual({
      requests: 4,
      rateLimit: { limit: 60, remaining: 40, reset: isoOf(NOW + 120) },
    });

    headers = { getApp: 'none', getPoll: 'none', getPermission: 'none', listRoles: 'none' };
    const without = await gateway.query(FOUR_CALLS);
    expect(without.extensions?.upstream).toEqual({ requests: 4 });
  });
});

describe('over the emulator’s own rate-limit windows', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ data: 'demo' });
  });
  afterAll(() => gateway.close());
  resetEmulatorAfterEach(() => gateway.emulator);

  it('reports the operation that has used most of its window', async () => {
    // Windows of about 11 days: the calls below all fall in the same one.
    gateway.emulator.controls.rateLimitPerWindow = 1000;
    gateway.emulator.controls.rateLimitWindowSeconds = 1_000_000;
    for (let i = 0; i < 3; i++) expect((await gateway.query(`{ poll(id: "poll-01") { id } }`)).errors).toBeUndefined();
    const warm = await gateway.query(`{ poll(id: "poll-01") { id } }`);
    expect(warm.extensions?.upstream).toMatchObject({ requests: 1, rateLimit: { limit: 1000, remaining: 996 } });

    const result = await gateway.query(FOUR_CALLS);
    expect(result.errors).toBeUndefined();
    // getPoll's fifth call in the window; every other operation's first.
    expect(result.extensions?.upstream).toEqual({
      requests: 4,
      rateLimit: { limit: 1000, remaining: 995, reset: warm.extensions?.upstream.rateLimit.reset },
    });
    expect(Date.parse(result.extensions?.upstream.rateLimit.reset)).toBeGreaterThan(Date.now());
  });
});

describe('requests that make no upstream call', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway.close());

  it('report no requests and no rate limit', async () => {
    const before = gateway.emulator.log.length;
    const result = await gateway.query('{ __typename }');
    expect(result.data).toEqual({ __typename: 'Query' });
    expect(result.extensions?.upstream).toEqual({ requests: 0 });
    expect(gateway.emulator.log.length).toBe(before);
  });

  it('a request refused before execution carries no upstream report at all', async () => {
    const result = await gateway.query('{ app { name } }', undefined, null);
    expect(result.status).toBe(401);
    expect(result.extensions?.upstream).toBeUndefined();
  });
});
