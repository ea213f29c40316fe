import type { Caller } from '../auth.js';
import { notAllowed } from '../errors.js';
import type { PollRecord } from './store.js';

/** A user token may change only the polls its user created; a server token may change any. */
export function requirePollEditor(poll: PollRecord, caller: Caller): void {
  if (caller.kind === 'user' && caller.userId !== poll.created_by_id) {
    throw notAllowed(`user ${caller.userId} did not create poll ${poll.id}`);
  }
}
