import { errors, jwtVerify } from 'jose';

/** Who is calling the gateway, from the verified Authorization token. */
export type Caller = { kind: 'server' } | { kind: 'user'; userId: string } | { kind: 'anonymous' };

/** Thrown when a token is present but unusable; the server answers 401 UNAUTHENTICATED. */
export class CallerAuthError extends Error {}

const CLOCK_TOLERANCE_SECONDS = 30;
/** Stream tokens are a few hundred bytes; anything far longer is not one and is not worth verifying. */
const MAX_TOKEN_LENGTH = 4096;
const BEARER = /^Bearer\s+/i;

/** The token of an `Authorization` header: `Bearer <jwt>` or the bare jwt, as Stream clients send it. */
export function tokenFromAuthorization(authorization: string | null): string | undefined {
  const token = authorization?.replace(BEARER, '').trim();
  return token ? token : undefined;
}

function reasonFor(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') return 'the token is not valid yet';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token must be signed with HS256';
  return 'the token is malformed or its signature does not match the API secret';
}

/**
 * Verifies a caller's token against the Stream API secret: HS256 only (jose refuses `none` and
 * every other algorithm), exp/nbf/iat checked with a small clock skew. Error messages never
 * repeat the token.
 */
export async function authenticateCaller(authorization: string | null, secret: Uint8Array): Promise<Caller> {
  if (authorization === null) return { kind: 'anonymous' };
  const token = tokenFromAuthorization(authorization);
  if (!token) throw new CallerAuthError('the Authorization header holds no token');
  if (token.length > MAX_TOKEN_LENGTH) throw new CallerAuthError('the token is too long to be a Stream token');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], clockTolerance: CLOCK_TOLERANCE_SECONDS }));
  } catch (error) {
    throw new CallerAuthError(reasonFor(error));
  }
  if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) {
    throw new CallerAuthError('the token was issued in the future');
  }
  if (payload.server === true) return { kind: 'server' };
  if (typeof payload.user_id === 'string' && payload.user_id !== '') return { kind: 'user', userId: payload.user_id };
  throw new CallerAuthError('the token names neither a server nor a user');
}
