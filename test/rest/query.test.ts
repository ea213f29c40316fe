import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import type { StreamClient } from '../../src/rest/index.js';
import { encodeQuery } from '../../src/rest/query.js';
import { clientFor, startTestEmulator, TEST_API_KEY, TEST_API_SECRET } from '../support/emulator.js';
import { officialClientFor, officialQueryString } from '../support/sdk.js';

describe('encodeQuery', () => {
  it('encodes objects as JSON, scalar arrays comma-joined and dates as ISO strings', () => {
    const query = encodeQuery({
      payload: { filter_conditions: { id: { $in: ['a', 'b'] } } },
      ids: ['a', 'b', 'c'],
      since: new Date('2024-05-06T07:08:09.123Z'),
      limit: 10,
      presence: false,
    });
    const params = new URLSearchParams(query);
    expect(JSON.parse(params.get('payload')!)).toEqual({ filter_conditions: { id: { $in: ['a', 'b'] } } });
    expect(params.get('ids')).toBe('a,b,c');
    expect(params.get('since')).toBe('2024-05-06T07:08:09.123Z');
    expect(params.get('limit')).toBe('10');
    expect(params.get('presence')).toBe('false');
  });

  it('drops null and undefined parameters, and null entries of arrays', () => {
    expect(encodeQuery({ a: null, b: undefined, c: 'kept', d: ['x', null, 'y', undefined] })).toBe('c=kept&d=x%2Cy');
  });

  it('encodes arrays of objects as JSON', () => {
    const sort = [{ field: 'created_at', direction: -1 }];
    expect(new URLSearchParams(encodeQuery({ sort })).get('sort')).toBe(JSON.stringify(sort));
  });

  it('escapes what a query string cannot carry', () => {
    expect(encodeQuery({ query: 'a b&c=d/é' })).toBe(`query=${encodeURIComponent('a b&c=d/é')}`);
  });

  it('produces exactly the official SDK’s query string', () => {
    const sdk = officialClientFor('http://127.0.0.1:9', TEST_API_KEY, TEST_API_SECRET);
    const samples: Record<string, unknown>[] = [
      { user_id: 'amy', limit: 25, include_global_roles: true },
      { payload: { filter_conditions: { name: { $autocomplete: 'ad' } }, sort: [{ field: 'id', direction: 1 }] } },
      { ids: ['a', 'b'], mixed: [1, 'two', true], nested: [{ a: 1 }, null], empty: [] },
      { since: new Date(Date.UTC(2030, 0, 2, 3, 4, 5, 6)), gone: null, missing: undefined },
      { query: 'name with spaces & symbols ?#%', emoji: '🙂' },
    ];
    for (const sample of samples)
      expect(encodeQuery(sample), JSON.stringify(sample)).toBe(officialQueryString(sdk, sample));
  });
});

describe('query parameters on the wire', () => {
  let emulator: Emulator;
  let client: StreamClient;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = clientFor(emulator);
  });
  afterAll(async () => {
    await client.close();
    await emulator.close();
  });
  beforeEach(() => emulator.resetControls());

  it('sends queryUsers’ payload as one JSON document', async () => {
    const payload = { filter_conditions: { role: 'admin' }, limit: 5, sort: [{ field: 'id', direction: -1 }] };
    await client.queryUsers({ payload });
    const [entry] = emulator.log;
    expect(JSON.parse(entry!.query.payload!)).toEqual(payload);
  });

  it('sends booleans and numbers as their text, and leaves out what is not given', async () => {
    await client.getRateLimits({ server_side: true, web: false, endpoints: 'GetApp,UpdateApp' });
    await client.searchRoles({ query: 'mod', limit: 3, name_gt: undefined });
    expect(emulator.log.map((entry) => entry.query)).toEqual([
      { server_side: 'true', web: 'false', endpoints: 'GetApp,UpdateApp', api_key: TEST_API_KEY },
      { query: 'mod', limit: '3', api_key: TEST_API_KEY },
    ]);
  });

  it('escapes path parameters', async () => {
    await client.getBlockList({ name: 'a b/c?d' }).catch(() => undefined);
    expect(emulator.log[0]!.path).toBe('/api/v2/blocklists/a%20b%2Fc%3Fd');
  });
});
