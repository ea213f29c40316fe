import type { Caller } from '../caller.js';
import { forbidden } from './errors.js';

/**
 * The user a call acts as. Server callers may name anyone (or no one); user callers act only
 * as themselves, and naming another user is FORBIDDEN rather than silently replaced.
 */
export function actingUserId(caller: Caller, requested: string | null | undefined): string | undefined {
  if (caller.kind !== 'user') return requested ?? undefined;
  if (requested && requested !== caller.userId) {
    throw forbidden(`a user token may only act as its own user (${caller.userId}), not as ${requested}`);
  }
  return caller.userId;
}

/** Like actingUserId, for operations that need a user: server callers must name one. */
export function requiredActingUserId(caller: Caller, requested: string | null | undefined, field = 'userId'): string {
  const userId = actingUserId(caller, requested);
  if (!userId) throw forbidden(`a server caller must pass ${field}`);
  return userId;
}
