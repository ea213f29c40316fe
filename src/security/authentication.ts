import { createVerifier, TokenError } from 'fast-jwt';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CallerAuthError, tokenFromAuthorization, type Caller } from '../caller.js';
import { gatewayError } from '../graphql/errors.js';

/** How far the caller's clock may be from ours, for exp, nbf and iat. */
export const CLOCK_TOLERANCE_SECONDS = 30;
/** Stream tokens are a few hundred bytes; anything far longer is not one and is not worth verifying. */
const MAX_TOKEN_LENGTH = 4096;
/** Verified tokens remembered (fast-jwt's LRU cache keyed by the token's hash): one per active user, about. */
const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

const MALFORMED = 'the token is malformed or its signature does not match the API secret';

/** What each of fast-jwt's refusals tells the caller; any other refusal is MALFORMED. */
const REFUSALS: Partial<Record<string, string>> = {
  [TokenError.codes.invalidAlgorithm]: 'the token must be signed with HS256',
  [TokenError.codes.expired]: 'the token has expired',
  [TokenError.codes.inactive]: 'the token is not valid yet',
};

/** Checks a token's signature and claims and returns its claims; throws CallerAuthError. */
export type TokenVerifier = (token: string) => Record<string, unknown>;

/**
 * exp, nbf and iat, when present, must be finite numbers: fast-jwt checks their type, but
 * JSON's 1e400 is a number (Infinity) and would make a token that never expires.
 */
function finiteClaim(payload: Record<string, unknown>, name: 'exp' | 'nbf' | 'iat'): number | undefined {
  const value = payload[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new CallerAuthError(MALFORMED);
  return value;
}

/**
 * Verifies compact HS256 JWTs signed with the API secret, synchronously, with fast-jwt: `none`
 * and every other algorithm refused, a `crit` header refused (no extension is understood), exp
 * and nbf within CLOCK_TOLERANCE_SECONDS. A verified token is kept in fast-jwt's cache until its
 * exp, so a caller's next requests cost a hash, not an HMAC. fast-jwt does not check iat; a token
 * issued further in the future than the tolerance is refused here, as are non-finite claims.
 * `clockTimestamp` (ms) fixes the time, for tests. Error messages never repeat the token.
 */
export function createTokenVerifier(apiSecret: string, clockTimestamp?: number): TokenVerifier {
  const toleranceMs = CLOCK_TOLERANCE_SECONDS * 1000;
  const verify = createVerifier({
    key: apiSecret,
    algorithms: ['HS256'],
    clockTolerance: toleranceMs,
    clockTimestamp,
    cache: VERIFIED_TOKEN_CACHE_SIZE,
    // fast-jwt keeps a refusal for the clock tolerance; one for a token not valid yet is not
    // kept at all, since that token becomes valid.
    errorCacheTTL: (error) => (error.code === TokenError.codes.inactive ? -toleranceMs - 1 : -1),
  });
  return (token) => {
    if (token.length > MAX_TOKEN_LENGTH) throw new CallerAuthError('the token is too long to be a Stream token');
    let payload: Record<string, unknown>;
    try {
      payload = verify(token) as Record<string, unknown>;
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      throw new CallerAuthError(REFUSALS[error.code] ?? MALFORMED);
    }
    finiteClaim(payload, 'exp');
    finiteClaim(payload, 'nbf');
    const iat = finiteClaim(payload, 'iat');
    const nowSeconds = (clockTimestamp ?? Date.now()) / 1000;
    if (iat !== undefined && iat > nowSeconds + CLOCK_TOLERANCE_SECONDS)
      throw new CallerAuthError('the token was issued in the future');
    return payload;
  };
}

/**
 * Who the Authorization header names: anonymous without one; a server or a user from a valid
 * token; CallerAuthError for anything else.
 */
export function authenticateCaller(authorization: string | null, verify: TokenVerifier): Caller {
  return authenticateToken(authorization, verify).caller;
}

/** A verified caller and, when its token has an `exp`, when it expires (ms since the epoch). */
export interface AuthenticatedToken {
  caller: Caller;
  expiresAtMs?: number;
}

/** authenticateCaller, with the token's expiry: long-lived subscriptions end when it passes. */
export function authenticateToken(authorization: string | null, verify: TokenVerifier): AuthenticatedToken {
  if (authorization === null) return { caller: { kind: 'anonymous' } };
  const token = tokenFromAuthorization(authorization);
  if (!token) throw new CallerAuthError('the Authorization header holds no token');
  const payload = verify(token);
  const expiresAtMs = typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
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
  const verify = createTokenVerifier(apiSecret);
  const callers = new WeakMap<Request, AuthenticatedToken>();
  const plugin: Plugin = {
    onRequestParse({ request }) {
      let authenticated: AuthenticatedToken;
      try {
        authenticated = authenticateToken(request.headers.get('authorization'), verify);
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
