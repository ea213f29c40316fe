import type { Caller } from '../caller.js';
import { actingUserId } from '../schema/acting.js';
import { badUserInput } from '../schema/errors.js';

/**
 * The user an operation that needs one acts as: the caller's own user for user tokens (naming
 * another is FORBIDDEN); server callers must name one, else BAD_USER_INPUT naming `argument`
 * before anything is sent upstream.
 */
export function userToActAs(caller: Caller, requested: string | number | null | undefined, argument: string): string {
  const userId = actingUserId(caller, requested == null ? requested : String(requested));
  if (!userId) {
    throw badUserInput(`${argument} is required when a server token acts for a user`, {
      [argument]: 'is required for server callers',
    });
  }
  return userId;
}

/** actingUserId for a GraphQL ID argument: the caller's own user for user tokens, the named user (or none) for servers. */
export function optionalActingUser(caller: Caller, requested: string | number | null | undefined): string | undefined {
  return actingUserId(caller, requested == null ? undefined : String(requested));
}
