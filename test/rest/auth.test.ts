import { jwtVerify, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { StreamApiError } from '../../src/rest/index.js';
import { clientFor, rejectionOf, startTestEmulator, TEST_API_KEY, TEST_API_SECRET } from '../support/emulator.js';
import { startRawServer, type RawServer } from '../support/rawServer.js';
import { officialClientFor } from '../support/sdk.js';

let raw: RawServer;
let emulator: Emulator;
beforeAll(async () => {
  raw = await startRawServer(() => ({ body: JSON.stringify({ duration: '0.01ms', app: {} }) }));
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await raw.close();
  await emulator.close();
});
beforeEach(() => {
  raw.requests.length = 0;
  emulator.resetControls();
});

const secret = new TextEncoder().encode(TEST_API_SECRET);

describe('what every request carries', () => {
  it('sends api_key, a server JWT in Authorization and stream-auth-type: jwt, as Stream expects', async () => {
    const client = clientFor({ apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, url: raw.url });
    await client.getApp();
    await client.close();

    const [request] = raw.requests;
    const url = new URL(request!.url, raw.url);
    expect(url.searchParams.get('api_key')).toBe(TEST_API_KEY);
    expect(request!.headers['stream-auth-type']).toBe('jwt');
    const token = request!.headers.authorization!;
    expect(token).not.toMatch(/^Bearer /);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'HS256' });
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    expect(payload).toEqual({ server: true });
    expect(request!.headers['x-client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('authenticates the same way the official SDK does', async () => {
    const client = clientFor({ apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, url: raw.url });
    await client.getApp();
    await client.close();
    await officialClientFor(raw.url, TEST_API_KEY, TEST_API_SECRET).getApp();

    const [ours, theirs] = raw.requests.map((request) => ({
      apiKey: new URL(request.url, raw.url).searchParams.get('api_key'),
      authType: request.headers['stream-auth-type'],
      token: request.headers.authorization,
    }));
    expect(ours).toEqual(theirs);
  });

  it('sends JSON bodies with their content type and reads without a body', async () => {
    const client = clientFor({ apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, url: raw.url });
    await client.createRole({ name: 'writer' });
    await client.getApp();
    await client.close();
    const [write, read] = raw.requests;
    expect(write!.method).toBe('POST');
    expect(write!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(write!.body)).toEqual({ name: 'writer' });
    expect(read!.method).toBe('GET');
    expect(read!.body).toBe('');
  });
});

describe('against the emulator', () => {
  it('is recognised as the server', async () => {
    const client = clientFor(emulator);
    await client.getApp();
    await client.close();
    expect(emulator.log.map((entry) => [entry.operation, entry.caller, entry.query.api_key])).toEqual([
      ['getApp', 'server', TEST_API_KEY],
    ]);
  });

  it('is refused with 401/2 for an unknown api key and 401/43 for a token signed with another secret', async () => {
    const wrongKey = clientFor(emulator, { apiKey: 'someone-elses-key' });
    const wrongSecret = clientFor(emulator, { apiSecret: 'someone-elses-secret' });
    const keyError = await rejectionOf(wrongKey.getApp());
    const signatureError = await rejectionOf(wrongSecret.getApp());
    await wrongKey.close();
    await wrongSecret.close();
    expect(keyError).toBeInstanceOf(StreamApiError);
    expect(signatureError).toBeInstanceOf(StreamApiError);
    expect([(keyError as StreamApiError).status, (keyError as StreamApiError).code]).toEqual([401, 2]);
    expect([(signatureError as StreamApiError).status, (signatureError as StreamApiError).code]).toEqual([401, 43]);
  });
});
