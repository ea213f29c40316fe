import { jwtVerify } from 'jose';

/** Who is calling the gateway, from the verified Authorization token. */
export type Caller = { kind: 'server' } | { kind: 'user'; userId: string } | { kind: 'anonymous' };

/** Thrown when a token is present but unusable; the server answers 401 UNAUTHENTICATED. */
export class CallerAuthError extends Error {}

const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verifies a caller's token (`Bearer <jwt>` or the bare jwt, as Stream clients send it) against
 * the Stream API secret: HS256 only, exp/nbf/iat checked with a small clock skew.
 */
export async function authenticateCaller(authorization: string | null, secret: Uint8Array): Promise<Caller> {
  if (!authorization) return { kind: 'anonymous' };
  const token = authorization.replace(/^Bearer\s+/i, '').trim();
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], clockTolerance: CLOCK_TOLERANCE_SECONDS }));
  } catch {
    throw new CallerAuthError('the token is invalid, expired or not yet valid');
  }
  if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) {
    throw new CallerAuthError('the token was issued in the future');
  }
  if (payload.server === true) return { kind: 'server' };
  if (typeof payload.user_id === 'string' && payload.user_id !== '') return { kind: 'user', userId: payload.user_id };
  throw new CallerAuthError('the token names neither a server nor a user');
}
