import type { Caller } from '../auth.js';
import { nowTimestamp } from '../clock.js';
import { badInput, notAllowed, notFound } from '../errors.js';
import type { EmulatorState, UserRecord } from '../state.js';
import { newUserRecord, type UserInput } from './records.js';

/** A user that exists and is not deleted; 404/16 otherwise. */
export function requireLiveUser(state: EmulatorState, id: string): UserRecord {
  const user = state.users.get(id);
  if (!user || user.deleted_at) throw notFound(`user ${id}`);
  return user;
}

/**
 * Whom a request acts for: a user token acts as its user (naming somebody else is 403/17); a
 * server token acts as `user_id`, or the `user` object's id, or nobody.
 */
export function actingUserId(caller: Caller, userId?: string, user?: { id: string }): string | undefined {
  const requested = userId ?? user?.id;
  if (caller.kind === 'server') return requested;
  if (requested !== undefined && requested !== caller.userId) {
    throw notAllowed(`user ${caller.userId} cannot act as user ${requested}`);
  }
  return caller.userId;
}

/**
 * The acting user, which must exist: server calls must name one (400/4 naming `field`); a `user`
 * object sent by a server creates that user when it is new, as Stream's server-side calls do.
 */
export function requireActingUser(
  state: EmulatorState,
  caller: Caller,
  request: { user_id?: string; user?: UserInput },
  field = 'user_id',
): UserRecord {
  const id = actingUserId(caller, request.user_id, request.user);
  if (!id) throw badInput(field, 'is required when a server acts for a user (user_id or user)');
  if (caller.kind === 'server' && request.user?.id === id && !state.users.has(id)) {
    state.users.set(id, newUserRecord(request.user, nowTimestamp()));
  }
  return requireLiveUser(state, id);
}
