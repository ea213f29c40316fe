import type { Caller } from '../caller.js';
import { badUserInput, forbidden } from './errors.js';

/**
 * Whom a call acts as — the one rule, with one error code per case:
 * - a user token acts only as its own user; naming another user is an authorization refusal,
 *   FORBIDDEN (the input is well formed, the caller may not do it);
 * - a server token may name anyone; when the operation needs a user and none is named, the
 *   input is incomplete: BAD_USER_INPUT naming the argument (any server caller could fix it).
 * Both are raised before anything is sent upstream.
 */
type RequestedUser = string | number | null | undefined;

/** The user a call acts as, or none: the caller's own user for user tokens, the named user (if any) for servers. */
export function actingUserId(caller: Caller, requested: RequestedUser): string | undefined {
  const named = requested == null ? undefined : String(requested);
  if (caller.kind !== 'user') return named;
  if (named && named !== caller.userId) {
    throw forbidden(`a user token may only act as its own user (${caller.userId}), not as ${named}`);
  }
  return caller.userId;
}

/** Like actingUserId, for operations that need a user: a server caller must name one in `argument`. */
export function requiredActingUserId(caller: Caller, requested: RequestedUser, argument: string): string {
  const userId = actingUserId(caller, requested);
  if (!userId) {
    throw badUserInput(`${argument} is required when a server token acts for a user`, {
      [argument]: 'is required for server callers',
    });
  }
  return userId;
}
