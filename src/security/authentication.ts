import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CallerAuthError, tokenFromAuthorization, type Caller } from '../caller.js';
import { gatewayError } from '../schema/errors.js';

/** How far the caller's clock may be from ours, for exp, nbf and iat. */
export const CLOCK_TOLERANCE_SECONDS = 30;
/** Stream tokens are a few hundred bytes; anything far longer is not one and is not worth verifying. */
const MAX_TOKEN_LENGTH = 4096;
/** A base64url segment as JWTs use it: no padding, no other characters. */
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const MALFORMED = 'the token is malformed or its signature does not match the API secret';

function decodeJsonObject(segment: string): Record<string, unknown> {
  if (!BASE64URL.test(segment)) throw new CallerAuthError(MALFORMED);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new CallerAuthError(MALFORMED);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CallerAuthError(MALFORMED);
  return value as Record<string, unknown>;
}

function numericClaim(payload: Record<string, unknown>, name: 'exp' | 'nbf' | 'iat'): number | undefined {
  const value = payload[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new CallerAuthError(MALFORMED);
  return value;
}

/** The key a caller's tokens are checked with: the API secret as an HMAC key, prepared once. */
export function tokenKey(apiSecret: string): KeyObject {
  return createSecretKey(Buffer.from(apiSecret, 'utf8'));
}

/**
 * Verifies a compact JWS JWT signed with HS256 and returns its claims; synchronous (node:crypto
 * HMAC, no WebCrypto job). Checked in this order, as jose's jwtVerify did: three base64url parts;
 * a JSON object header whose `alg` is exactly HS256 (`none` and every other algorithm refused)
 * and that asks for no `crit` extension; the signature, compared in constant time against its
 * one canonical encoding; a JSON object payload; exp, nbf and iat numbers, exp and nbf within
 * the clock tolerance, and iat not in the future. Error messages never repeat the token.
 */
export function verifyToken(token: string, key: KeyObject, nowSeconds = Date.now() / 1000): Record<string, unknown> {
  if (token.length > MAX_TOKEN_LENGTH) throw new CallerAuthError('the token is too long to be a Stream token');
  const firstDot = token.indexOf('.');
  const secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
  if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) throw new CallerAuthError(MALFORMED);
  const header = decodeJsonObject(token.slice(0, firstDot));
  if (typeof header.alg !== 'string' || header.alg === '') throw new CallerAuthError(MALFORMED);
  if (header.alg !== 'HS256') throw new CallerAuthError('the token must be signed with HS256');
  // No critical header extension is understood here; a token that requires one is refused.
  if (header.crit !== undefined) throw new CallerAuthError(MALFORMED);

  const signature = token.slice(secondDot + 1);
  if (!BASE64URL.test(signature)) throw new CallerAuthError(MALFORMED);
  const expected = createHmac('sha256', key).update(token.slice(0, secondDot)).digest('base64url');
  const given = Buffer.from(signature, 'latin1');
  const wanted = Buffer.from(expected, 'latin1');
  if (signature.length !== expected.length || !timingSafeEqual(given, wanted)) throw new CallerAuthError(MALFORMED);

  const payload = decodeJsonObject(token.slice(firstDot + 1, secondDot));
  // Whole seconds, as jose compared them.
  const now = Math.floor(nowSeconds);
  const exp = numericClaim(payload, 'exp');
  const nbf = numericClaim(payload, 'nbf');
  const iat = numericClaim(payload, 'iat');
  if (nbf !== undefined && nbf > now + CLOCK_TOLERANCE_SECONDS) throw new CallerAuthError('the token is not valid yet');
  if (exp !== undefined && exp <= now - CLOCK_TOLERANCE_SECONDS) throw new CallerAuthError('the token has expired');
  if (iat !== undefined && iat > nowSeconds + CLOCK_TOLERANCE_SECONDS)
    throw new CallerAuthError('the token was issued in the future');
  return payload;
}

/**
 * Who the Authorization header names: anonymous without one; a server or a user from a valid
 * token (verifyToken); CallerAuthError for anything else.
 */
export function authenticateCaller(authorization: string | null, key: KeyObject): Caller {
  return authenticateToken(authorization, key).caller;
}

/** A verified caller and, when its token has an `exp`, when it expires (ms since the epoch). */
export interface AuthenticatedToken {
  caller: Caller;
  expiresAtMs?: number;
}

/** authenticateCaller, with the token's expiry: long-lived subscriptions end when it passes. */
export function authenticateToken(authorization: string | null, key: KeyObject): AuthenticatedToken {
  if (authorization === null) return { caller: { kind: 'anonymous' } };
  const token = tokenFromAuthorization(authorization);
  if (!token) throw new CallerAuthError('the Authorization header holds no token');
  const payload = verifyToken(token, key);
  const exp = numericClaim(payload, 'exp');
  const expiresAtMs = exp === undefined ? undefined : exp * 1000;
  if (payload.server === true) return { caller: { kind: 'server' }, expiresAtMs };
  if (typeof payload.user_id === 'string' && payload.user_id !== '')
    return { caller: { kind: 'user', userId: payload.user_id }, expiresAtMs };
  throw new CallerAuthError('the token names neither a server nor a user');
}

export function unauthenticated(message: string): GraphQLError {
  return gatewayError('UNAUTHENTICATED', message, { http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } });
}

/**
 * Authenticates every GraphQL request before its body is read or its document parsed: a request
 * without a valid token costs the gateway one signature check and reaches nothing else.
 * The verified caller is kept per request for the context factory (`callerOf`).
 */
export function useCallerAuthentication(apiSecret: string): {
  plugin: Plugin;
  callerOf(request: Request): Caller;
  /** When the request's token expires (ms since the epoch), if it does. */
  expiryOf(request: Request): number | undefined;
} {
  const key = tokenKey(apiSecret);
  const callers = new WeakMap<Request, AuthenticatedToken>();
  const plugin: Plugin = {
    onRequestParse({ request }) {
      let authenticated: AuthenticatedToken;
      try {
        authenticated = authenticateToken(request.headers.get('authorization'), key);
      } catch (error) {
        if (error instanceof CallerAuthError) throw unauthenticated(error.message);
        throw error;
      }
      if (authenticated.caller.kind === 'anonymous')
        throw unauthenticated('send a Stream token in the Authorization header');
      callers.set(request, authenticated);
    },
  };
  return {
    plugin,
    callerOf(request) {
      const authenticated = callers.get(request);
      // Only reachable if a plugin replaced the request object; refuse rather than guess.
      if (!authenticated) throw unauthenticated('the request was not authenticated');
      return authenticated.caller;
    },
    expiryOf: (request) => callers.get(request)?.expiresAtMs,
  };
}
