import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { CallerAuthError } from '../../src/caller.js';
import {
  authenticateCaller,
  CLOCK_TOLERANCE_SECONDS,
  tokenKey,
  verifyToken,
} from '../../src/security/authentication.js';

/**
 * The gateway's synchronous HS256 verifier (src/security/authentication.ts), checked on its own
 * and against jose's jwtVerify, which it replaced: every token jose refused, it refuses.
 */

const SECRET = 'a-test-api-secret-of-some-length';
const key = tokenKey(SECRET);
const secretBytes = new TextEncoder().encode(SECRET);
const NOW = 1_800_000_000;

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const hs256 = (input: string, secret = SECRET) => createHmac('sha256', secret).update(input).digest('base64url');

/** A token made by hand, so that any header, payload or signature can be given. */
function handMade(header: unknown, payload: unknown, secret = SECRET): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${hs256(input, secret)}`;
}

function signed(payload: Record<string, unknown>, alg = 'HS256', secret = SECRET): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

async function joseAccepts(token: string): Promise<boolean> {
  try {
    await jwtVerify(token, secretBytes, {
      algorithms: ['HS256'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: new Date(NOW * 1000),
    });
    return true;
  } catch {
    return false;
  }
}

function reasonOf(token: string): string | undefined {
  try {
    verifyToken(token, key, NOW);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(CallerAuthError);
    expect((error as Error).message).not.toContain(token);
    return (error as Error).message;
  }
}

const MALFORMED = 'the token is malformed or its signature does not match the API secret';
const header = { alg: 'HS256', typ: 'JWT' };

describe('verifyToken accepts', () => {
  it.each<[string, () => Promise<string> | string]>([
    ['a server token', () => signed({ server: true })],
    ['a user token with iat and exp', () => signed({ user_id: 'u1', iat: NOW - 10, exp: NOW + 3600 })],
    ['a header without typ', () => handMade({ alg: 'HS256' }, { server: true })],
    ['exp just inside the clock tolerance', () => handMade(header, { server: true, exp: NOW - 29 })],
    ['nbf just inside the clock tolerance', () => handMade(header, { server: true, nbf: NOW + 30 })],
    ['iat just inside the clock tolerance', () => handMade(header, { server: true, iat: NOW + 30 })],
  ])('%s, as jose did', async (_name, make) => {
    const token = await make();
    expect(reasonOf(token)).toBeUndefined();
    expect(await joseAccepts(token)).toBe(true);
  });

  it('returns the claims', async () => {
    expect(verifyToken(await signed({ user_id: 'u1', iat: NOW }), key, NOW)).toEqual({ user_id: 'u1', iat: NOW });
  });
});

describe('verifyToken refuses', () => {
  const serverToken = handMade(header, { server: true });
  const [h, p, s] = serverToken.split('.') as [string, string, string];
  const cases: [string, () => Promise<string> | string, string][] = [
    ['another secret', () => handMade(header, { server: true }, 'not-the-secret'), MALFORMED],
    ['alg none', () => new UnsecuredJWT({ server: true }).encode(), 'the token must be signed with HS256'],
    [
      'alg none keeping a real signature',
      () => `${b64({ alg: 'none' })}.${p}.${s}`,
      'the token must be signed with HS256',
    ],
    [
      'alg "hs256" (case differs)',
      () => handMade({ alg: 'hs256' }, { server: true }),
      'the token must be signed with HS256',
    ],
    ['HS384 with the right secret', () => signed({ server: true }, 'HS384'), 'the token must be signed with HS256'],
    ['HS512 with the right secret', () => signed({ server: true }, 'HS512'), 'the token must be signed with HS256'],
    [
      'RS256 named in the header',
      () => handMade({ alg: 'RS256' }, { server: true }),
      'the token must be signed with HS256',
    ],
    ['no alg', () => handMade({ typ: 'JWT' }, { server: true }), MALFORMED],
    ['an empty alg', () => handMade({ alg: '' }, { server: true }), MALFORMED],
    ['alg not a string', () => handMade({ alg: ['HS256'] }, { server: true }), MALFORMED],
    ['a crit header extension', () => handMade({ alg: 'HS256', crit: ['exp'] }, { server: true }), MALFORMED],
    ['a header that is not JSON', () => `${b64('not json')}.${p}.${hs256(`${b64('not json')}.${p}`)}`, MALFORMED],
    ['a header that is a JSON array', () => handMade(['HS256'], { server: true }), MALFORMED],
    ['a payload that is not JSON', () => `${h}.${b64('{')}.${hs256(`${h}.${b64('{')}`)}`, MALFORMED],
    ['a payload that is a JSON array', () => handMade(header, [1]), MALFORMED],
    ['a payload that is a JSON string', () => handMade(header, 'server'), MALFORMED],
    ['a payload that is null', () => handMade(header, null), MALFORMED],
    ['the signature cut short', () => serverToken.slice(0, -5), MALFORMED],
    ['the signature one character longer', () => `${serverToken}A`, MALFORMED],
    ['an empty signature', () => `${h}.${p}.`, MALFORMED],
    ['no signature part', () => `${h}.${p}`, MALFORMED],
    ['four parts', () => `${serverToken}.${s}`, MALFORMED],
    ['one part', () => 'hello', MALFORMED],
    ['an empty header part', () => `.${p}.${s}`, MALFORMED],
    ['an empty payload part', () => `${h}..${hs256(`${h}.`)}`, MALFORMED],
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
      () => `${b64(header)}.${b64({ server: true, user_id: 'x' })}.${hs256(`${b64(header)}.${b64({ user_id: 'x' })}`)}`,
      MALFORMED,
    ],
    [
      'expired just outside the clock tolerance',
      () => handMade(header, { server: true, exp: NOW - 30 }),
      'the token has expired',
    ],
    ['expired an hour ago', () => handMade(header, { server: true, exp: NOW - 3600 }), 'the token has expired'],
    [
      'nbf just outside the clock tolerance',
      () => handMade(header, { server: true, nbf: NOW + 31 }),
      'the token is not valid yet',
    ],
    [
      'iat an hour in the future',
      () => handMade(header, { server: true, iat: NOW + 3600 }),
      'the token was issued in the future',
    ],
    ['exp not a number', () => handMade(header, { server: true, exp: String(NOW + 3600) }), MALFORMED],
    ['nbf not a number', () => handMade(header, { server: true, nbf: null }), MALFORMED],
    ['iat not a number', () => handMade(header, { server: true, iat: true }), MALFORMED],
    ['far too long', () => `${serverToken}${'a'.repeat(5000)}`, 'the token is too long to be a Stream token'],
  ];

  it.each(cases)('%s', async (_name, make, reason) => {
    const token = await make();
    expect(reasonOf(token)).toBe(reason);
  });

  // Every token jose refused is refused. The iat check was the gateway's own, after jose; jose
  // let a padded signature through, which RFC 7515 does not allow and this verifier refuses.
  const stricter = ['iat an hour in the future', 'padding in the signature'];
  it.each(cases.filter(([name]) => !stricter.includes(name)))('%s, as jose did', async (_name, make) => {
    expect(await joseAccepts(await make())).toBe(false);
  });

  it('a valid signature over the wrong key, even when the claims are fine', async () => {
    const other = tokenKey('a-different-api-secret-entirely');
    expect(() => verifyToken(serverToken, other, NOW)).toThrow(CallerAuthError);
  });
});

describe('authenticateCaller', () => {
  it('tells server, user and anonymous callers apart', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(authenticateCaller(null, key)).toEqual({ kind: 'anonymous' });
    expect(authenticateCaller(`Bearer ${await signed({ server: true })}`, key)).toEqual({ kind: 'server' });
    expect(authenticateCaller(await signed({ user_id: 'u1', iat: now }), key)).toEqual({ kind: 'user', userId: 'u1' });
  });

  it.each([
    ['an empty header', '', 'the Authorization header holds no token'],
    ['"Bearer " alone', 'Bearer ', 'the Authorization header holds no token'],
  ])('refuses %s', (_name, authorization, reason) => {
    expect(() => authenticateCaller(authorization, key)).toThrow(reason);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no server or user_id claim', {}],
    ['server: "true" (a string)', { server: 'true' }],
    ['an empty user_id', { user_id: '' }],
    ['a numeric user_id', { user_id: 7 }],
  ])('refuses a valid token with %s', async (_name, payload) => {
    const token = await signed(payload);
    expect(() => authenticateCaller(`Bearer ${token}`, key)).toThrow('the token names neither a server nor a user');
  });
});
