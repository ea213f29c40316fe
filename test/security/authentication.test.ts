import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { graphql, send } from './http.js';

const QUERY = 'query { task(id: "security-probe") { id } }';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());

const now = () => Math.floor(Date.now() / 1000);

function signed(payload: Record<string, unknown>, secret: string, alg = 'HS256'): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

/** Every way a token can be wrong; each must be refused before anything else happens. */
const badTokens: [string, () => Promise<string>][] = [
  ['signed with another secret', () => signed({ server: true }, 'not-the-api-secret')],
  [
    'forged: a user token whose payload was edited to claim server',
    async () => {
      const [header, , signature] = (await gateway.userToken('u1')).split('.');
      const payload = Buffer.from(JSON.stringify({ server: true })).toString('base64url');
      return `${header}.${payload}.${signature}`;
    },
  ],
  [
    'expired an hour ago',
    () => signed({ user_id: 'u1', iat: now() - 7200, exp: now() - 3600 }, gateway.emulator.apiSecret),
  ],
  ['not valid for another hour (nbf)', () => signed({ user_id: 'u1', nbf: now() + 3600 }, gateway.emulator.apiSecret)],
  [
    'issued an hour in the future (iat)',
    () => signed({ user_id: 'u1', iat: now() + 3600 }, gateway.emulator.apiSecret),
  ],
  ['alg none', async () => new UnsecuredJWT({ server: true }).encode()],
  [
    'alg none with the real signature kept',
    async () => {
      const [, payload, signature] = gateway.serverToken.split('.');
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      return `${header}.${payload}.${signature}`;
    },
  ],
  ['HS512 with the right secret', () => signed({ server: true }, gateway.emulator.apiSecret, 'HS512')],
  ['truncated (signature cut short)', async () => gateway.serverToken.slice(0, -5)],
  ['truncated (no signature part)', async () => gateway.serverToken.split('.').slice(0, 2).join('.')],
  ['not a JWT at all', async () => 'hello'],
  ['a valid signature over an empty payload', () => signed({}, gateway.emulator.apiSecret)],
  ['a user token with an empty user_id', () => signed({ user_id: '' }, gateway.emulator.apiSecret)],
  ['far too long', async () => `${gateway.serverToken}${'a'.repeat(10_000)}`],
];

describe.each(badTokens)('a token %s', (_name, makeToken) => {
  it('is refused: 401, one UNAUTHENTICATED error, zero upstream requests, the token not echoed', async () => {
    const token = await makeToken();
    const response = await graphql(gateway.url, gateway.emulator, QUERY, undefined, { token });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(response.json?.errors).toHaveLength(1);
    expect(response.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.json).not.toHaveProperty('data');
    expect(response.upstream).toBe(0);
    expect(response.text).not.toContain(token);
  });
});

it.each([
  ['no Authorization header', {}],
  ['an empty Authorization header', { authorization: '' }],
  ['"Bearer" and nothing else', { authorization: 'Bearer ' }],
  ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
])('%s is refused with 401 and no upstream request', async (_name, headers: Record<string, string>) => {
  const response = await graphql(gateway.url, gateway.emulator, QUERY, undefined, { headers });
  expect(response.status).toBe(401);
  expect(response.json?.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  expect(response.upstream).toBe(0);
});

it('accepts the bare token as well as "Bearer <token>", and a token within the clock skew', async () => {
  const bare = await graphql(gateway.url, gateway.emulator, QUERY, undefined, {
    headers: { authorization: gateway.serverToken },
  });
  expect(bare.status).toBe(200);
  // Let through to Stream, which knows no such task: null, not an error.
  expect(bare.json?.data).toEqual({ task: null });
  expect(bare.json?.errors).toBeUndefined();
  const skewed = await signed(
    { user_id: 'u1', iat: now() + 5, nbf: now() + 5, exp: now() - 5 },
    gateway.emulator.apiSecret,
  );
  const response = await graphql(
    gateway.url,
    gateway.emulator,
    'mutation { deleteFile(input: { url: "http://127.0.0.1:9/x" }) { url } }',
    undefined,
    { token: skewed },
  );
  expect(response.status).not.toBe(401);
});

it('tells a server token from a user token', async () => {
  const asServer = await graphql(gateway.url, gateway.emulator, QUERY, undefined, { token: gateway.serverToken });
  // Let through to Stream, which knows no such task: null, not an error.
  expect(asServer.json?.data).toEqual({ task: null });
  expect(asServer.json?.errors).toBeUndefined();
  expect(asServer.upstream).toBe(1);
  const asUser = await graphql(gateway.url, gateway.emulator, QUERY, undefined, {
    token: await gateway.userToken('u1'),
  });
  expect(asUser.json?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(asUser.upstream).toBe(0);
});

it('serves the GraphiQL page without a token, and still refuses GraphQL over GET without one', async () => {
  const page = await send(gateway.url, gateway.emulator, { method: 'GET', headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(page.text).toContain('Stream GraphQL gateway');
  const get = await send(gateway.url, gateway.emulator, {
    method: 'GET',
    headers: { accept: 'application/json', 'x-graphql-csrf': '1' },
    search: { query: QUERY },
  });
  expect(get.status).toBe(401);
  expect(get.upstream).toBe(0);
});
