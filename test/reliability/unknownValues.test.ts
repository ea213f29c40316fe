import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServerToken } from '../../src/rest/auth.js';
import { createGateway } from '../../src/yoga.js';
import { clientFor, TEST_API_KEY, TEST_API_SECRET } from '../support/emulator.js';
import { startRawServer, type RawServer } from '../support/rawServer.js';

// Stream stood in for by a raw server answering values this gateway was not built with.
const ANSWERS: Record<string, unknown> = {
  '/api/v2/external_storage': {
    duration: '1ms',
    external_storages: {
      old: { name: 'old', type: 's3', bucket: 'b1', path: '' },
      future: { name: 'future', type: 'r2', bucket: 'b2', path: 'p' },
    },
  },
  '/api/v2/rate_limits': {
    duration: '1ms',
    server_side: { GetApp: { limit: 10, remaining: 9, reset: 1_700_000_000 } },
    desktop: { GetApp: { limit: 5, remaining: 4, reset: 1_700_000_000 } },
  },
};

let stream: RawServer;
let url: string;
let token: string;
let close: () => Promise<void>;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message);

beforeAll(async () => {
  process.on('warning', onWarning);
  stream = await startRawServer((request) => ({ body: JSON.stringify(ANSWERS[request.url.split('?')[0]!] ?? {}) }));
  const client = clientFor({ apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, url: stream.url });
  const server = createServer(createGateway({ client, apiSecret: TEST_API_SECRET, logError: () => {} }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  token = await createServerToken(TEST_API_SECRET);
  close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await client.close();
    await stream.close();
  };
});
afterAll(async () => {
  process.off('warning', onWarning);
  await close();
});

async function query(document: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document }),
  });
  return response.json();
}

it('an external storage of a type the gateway does not know is kept, with its raw type, and warned about once', async () => {
  for (let i = 0; i < 2; i++) {
    const result = await query('{ externalStorages { name type typeRaw bucket } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.externalStorages).toEqual([
      { name: 'future', type: 'UNKNOWN', typeRaw: 'r2', bucket: 'b2' },
      { name: 'old', type: 'S3', typeRaw: 's3', bucket: 'b1' },
    ]);
  }
  await new Promise((resolve) => setImmediate(resolve));
  expect(warnings.filter((message) => message.includes('"r2"'))).toHaveLength(1);
});

it('a rate-limit platform the gateway does not know is listed under otherPlatforms', async () => {
  const result = await query(
    '{ rateLimits { serverSide { endpoint } otherPlatforms { platform limits { endpoint limit } } } }',
  );
  expect(result.errors).toBeUndefined();
  expect(result.data.rateLimits).toEqual({
    serverSide: [{ endpoint: 'GetApp' }],
    otherPlatforms: [{ platform: 'desktop', limits: [{ endpoint: 'GetApp', limit: 5 }] }],
  });
});
