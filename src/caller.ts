/** Who is calling the gateway, from the verified Authorization token. */
export type Caller = { kind: 'server' } | { kind: 'user'; userId: string } | { kind: 'anonymous' };

/** Thrown when a token is present but unusable; the server answers 401 UNAUTHENTICATED. */
/** One caller's key for per-caller state (budgets, subscription counts, cache scopes): `user:<id>`, `server` or `anonymous`. */
export function callerKey(caller: Caller): string {
  return caller.kind === 'user' ? `user:${caller.userId}` : caller.kind;
}

export class CallerAuthError extends Error {}

const BEARER = /^Bearer\s+/i;

/** The token of an `Authorization` header: `Bearer <jwt>` or the bare jwt, as Stream clients send it. */
export function tokenFromAuthorization(authorization: string | null): string | undefined {
  const token = authorization?.replace(BEARER, '').trim();
  return token ? token : undefined;
}
