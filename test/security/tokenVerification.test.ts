import { createHmac } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallerAuthError } from '../../src/caller.js';
import { authenticateCaller, CLOCK_TOLERANCE_SECONDS, createTokenVerifier } from '../../src/security/authentication.js';

/**
 * The gateway's HS256 token verifier (src/security/authentication.ts, fast-jwt underneath), on
 * its own: tokens are made by hand or with jose, never with the library that verifies them.
 */

const SECRET = 'a-test-api-secret-of-some-length';
const NOW = 1_800_000_000;
const verify = createTokenVerifier(SECRET, NOW * 1000);

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const hmac = (input: string, secret = SECRET, hash = 'sha256') =>
  createHmac(hash, secret).update(input).digest('base64url');

/** A token made by hand, so that any header, payload or signature can be given; a string payload is sent as it is. */
function handMade(header: unknown, payload: unknown, secret = SECRET, hash = 'sha256'): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${hmac(input, secret, hash)}`;
}

function signed(payload: Record<string, unknown>, alg = 'HS256', secret = SECRET): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

function reasonOf(token: string, verifier = verify): string | undefined {
  try {
    verifier(token);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(CallerAuthError);
    expect((error as Error).message).not.toContain(token);
    return (error as Error).message;
  }
}

const MALFORMED = 'the token is malformed or its signature does not match the API secret';
const NOT_HS256 = 'the token must be signed with HS256';
const header = { alg: 'HS256', typ: 'JWT' };
const T = CLOCK_TOLERANCE_SECONDS;

describe('the token verifier accepts', () => {
  it.each<[string, () => Promise<string> | string]>([
    ['a server token', () => signed({ server: true })],
    ['a user token with iat and exp', () => signed({ user_id: 'u1', iat: NOW - 10, exp: NOW + 3600 })],
    ['a header without typ', () => handMade({ alg: 'HS256' }, { server: true })],
    ['exp as far in the past as the clock tolerance', () => handMade(header, { server: true, exp: NOW - T })],
    ['nbf as far in the future as the clock tolerance', () => handMade(header, { server: true, nbf: NOW + T })],
    ['iat as far in the future as the clock tolerance', () => handMade(header, { server: true, iat: NOW + T })],
  ])('%s', async (_name, make) => {
    expect(reasonOf(await make())).toBeUndefined();
  });

  it('returns the claims', async () => {
    expect(verify(await signed({ user_id: 'u1', iat: NOW }))).toEqual({ user_id: 'u1', iat: NOW });
  });
});

describe('the token verifier refuses', () => {
  const serverToken = handMade(header, { server: true });
  const [h, p, s] = serverToken.split('.') as [string, string, string];
  const cases: [string, () => Promise<string> | string, string][] = [
    ['another secret', () => handMade(header, { server: true }, 'not-the-secret'), MALFORMED],
    ['alg none', () => new UnsecuredJWT({ server: true }).encode(), MALFORMED],
    ['alg none keeping a real signature', () => `${b64({ alg: 'none' })}.${p}.${s}`, NOT_HS256],
    ['alg "hs256" (case differs)', () => handMade({ alg: 'hs256' }, { server: true }), NOT_HS256],
    ['HS384 with the right secret', () => signed({ server: true }, 'HS384'), NOT_HS256],
    ['HS512 with the right secret', () => signed({ server: true }, 'HS512'), NOT_HS256],
    ['HS512 made by hand', () => handMade({ alg: 'HS512' }, { server: true }, SECRET, 'sha512'), NOT_HS256],
    ['RS256 named in the header', () => handMade({ alg: 'RS256' }, { server: true }), NOT_HS256],
    ['no alg', () => handMade({ typ: 'JWT' }, { server: true }), NOT_HS256],
    ['an empty alg', () => handMade({ alg: '' }, { server: true }), NOT_HS256],
    ['alg not a string', () => handMade({ alg: ['HS256'] }, { server: true }), NOT_HS256],
    ['a crit header extension', () => handMade({ alg: 'HS256', crit: ['exp'] }, { server: true }), MALFORMED],
    ['a header that is not JSON', () => `${b64('not json')}.${p}.${hmac(`${b64('not json')}.${p}`)}`, MALFORMED],
    ['a header that is a JSON array', () => handMade(['HS256'], { server: true }), MALFORMED],
    ['a payload that is not JSON', () => `${h}.${b64('{')}.${hmac(`${h}.${b64('{')}`)}`, MALFORMED],
    ['a payload that is a JSON array', () => handMade(header, [1]), MALFORMED],
    ['a payload that is a JSON string', () => handMade(header, '"server"'), MALFORMED],
    ['a payload that is null', () => handMade(header, null), MALFORMED],
    ['the signature cut short', () => serverToken.slice(0, -5), MALFORMED],
    ['the signature one character longer', () => `${serverToken}A`, MALFORMED],
    ['an empty signature', () => `${h}.${p}.`, MALFORMED],
    ['no signature part', () => `${h}.${p}`, MALFORMED],
    ['four parts', () => `${serverToken}.${s}`, MALFORMED],
    ['one part', () => 'hello', MALFORMED],
    ['an empty header part', () => `.${p}.${s}`, MALFORMED],
    ['an empty payload part', () => `${h}..${hmac(`${h}.`)}`, MALFORMED],
    ['padding in the signature', () => `${serverToken}=`, MALFORMED],
    ['a base64 (not base64url) character in the signature', () => `${h}.${p}.${s.slice(0, -1)}+`, MALFORMED],
    [
      'a non-ASCII character standing for a signature character',
      // U+0100 + the code of the last character: the same byte in latin1, not the same signature.
      () => `${h}.${p}.${s.slice(0, -1)}${String.fromCharCode(0x100 + s.charCodeAt(s.length - 1))}`,
      MALFORMED,
    ],
    [
      'a payload edited to claim server, signature kept',
      () => `${b64(header)}.${b64({ server: true, user_id: 'x' })}.${hmac(`${b64(header)}.${b64({ user_id: 'x' })}`)}`,
      MALFORMED,
    ],
    [
      'expired just outside the clock tolerance',
      () => handMade(header, { server: true, exp: NOW - T - 1 }),
      'the token has expired',
    ],
    ['expired an hour ago', () => handMade(header, { server: true, exp: NOW - 3600 }), 'the token has expired'],
    [
      'nbf just outside the clock tolerance',
      () => handMade(header, { server: true, nbf: NOW + T + 1 }),
      'the token is not valid yet',
    ],
    [
      'iat just outside the clock tolerance',
      () => handMade(header, { server: true, iat: NOW + T + 1 }),
      'the token was issued in the future',
    ],
    [
      'iat an hour in the future',
      () => handMade(header, { server: true, iat: NOW + 3600 }),
      'the token was issued in the future',
    ],
    ['exp not a number', () => handMade(header, { server: true, exp: String(NOW + 3600) }), MALFORMED],
    ['nbf not a number', () => handMade(header, { server: true, nbf: null }), MALFORMED],
    ['iat not a number', () => handMade(header, { server: true, iat: true }), MALFORMED],
    // JSON reads 1e400 as Infinity: a token that would never expire.
    ['exp infinite', () => handMade(header, '{"server":true,"exp":1e400}'), MALFORMED],
    ['nbf minus infinity', () => handMade(header, '{"server":true,"nbf":-1e400}'), MALFORMED],
    ['iat infinite', () => handMade(header, '{"server":true,"iat":1e400}'), MALFORMED],
    ['far too long', () => `${serverToken}${'a'.repeat(5000)}`, 'the token is too long to be a Stream token'],
  ];

  it.each(cases)('%s', async (_name, make, reason) => {
    const token = await make();
    expect(reasonOf(token)).toBe(reason);
    // A second time, when the verdict may come from the verified-token cache.
    expect(reasonOf(token)).toBe(reason);
  });

  it('a valid signature over the wrong key, even when the claims are fine', () => {
    expect(reasonOf(serverToken, createTokenVerifier('a-different-api-secret-entirely', NOW * 1000))).toBe(MALFORMED);
  });
});

describe('the verified-token cache', () => {
  afterEach(() => void vi.useRealTimers());

  it('stops accepting a token once it has expired', () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const live = createTokenVerifier(SECRET);
    const token = handMade(header, { user_id: 'u1', exp: NOW + 60 });
    expect(reasonOf(token, live)).toBeUndefined();
    vi.setSystemTime((NOW + 60 + T) * 1000);
    expect(reasonOf(token, live)).toBeUndefined();
    vi.setSystemTime((NOW + 60 + T + 1) * 1000);
    expect(reasonOf(token, live)).toBe('the token has expired');
  });

  it('accepts a token refused as not valid yet once it is', () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const live = createTokenVerifier(SECRET);
    const token = handMade(header, { user_id: 'u1', nbf: NOW + T + 10 });
    expect(reasonOf(token, live)).toBe('the token is not valid yet');
    // Sooner than fast-jwt would forget a refusal (the clock tolerance).
    vi.setSystemTime((NOW + 10) * 1000);
    expect(reasonOf(token, live)).toBeUndefined();
  });

  it('checks iat on every use, not only the first', () => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
    const live = createTokenVerifier(SECRET);
    const token = handMade(header, { user_id: 'u1', iat: NOW + T });
    expect(reasonOf(token, live)).toBeUndefined();
    vi.setSystemTime((NOW - 1) * 1000);
    expect(reasonOf(token, live)).toBe('the token was issued in the future');
  });
});

describe('authenticateCaller', () => {
  const live = createTokenVerifier(SECRET);

  it('tells server, user and anonymous callers apart', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(authenticateCaller(null, live)).toEqual({ kind: 'anonymous' });
    expect(authenticateCaller(`Bearer ${await signed({ server: true })}`, live)).toEqual({ kind: 'server' });
    expect(authenticateCaller(await signed({ user_id: 'u1', iat: now }), live)).toEqual({ kind: 'user', userId: 'u1' });
  });

  it.each([
    ['an empty header', '', 'the Authorization header holds no token'],
    ['"Bearer " alone', 'Bearer ', 'the Authorization header holds no token'],
  ])('refuses %s', (_name, authorization, reason) => {
    expect(() => authenticateCaller(authorization, live)).toThrow(reason);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no server or user_id claim', {}],
    ['server: "true" (a string)', { server: 'true' }],
    ['an empty user_id', { user_id: '' }],
    ['a numeric user_id', { user_id: 7 }],
  ])('refuses a valid token with %s', async (_name, payload) => {
    const token = await signed(payload);
    expect(() => authenticateCaller(`Bearer ${token}`, live)).toThrow('the token names neither a server nor a user');
  });
});
