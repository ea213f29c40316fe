import type { SharedLocationResponseData } from '../../rest/wire/users.js';
import { instantNanos } from '../query/fields.js';
import type { Emitted } from '../state.js';

export type LiveLocationRecord = Emitted<SharedLocationResponseData>;

/** Live locations by user, then by the message that shares them. */
export class LiveLocationStore {
  private readonly byUser = new Map<string, Map<string, LiveLocationRecord>>();

  get(userId: string, messageId: string): LiveLocationRecord | undefined {
    return this.byUser.get(userId)?.get(messageId);
  }

  save(location: LiveLocationRecord): void {
    let owned = this.byUser.get(location.user_id);
    if (!owned) {
      owned = new Map();
      this.byUser.set(location.user_id, owned);
    }
    owned.set(location.message_id, location);
  }

  /** The user's locations still being shared at `now` (epoch nanoseconds): no end, or an end in the future. */
  active(userId: string, now: bigint): LiveLocationRecord[] {
    return [...(this.byUser.get(userId)?.values() ?? [])]
      .filter((location) => location.end_at === undefined || (instantNanos(location.end_at) ?? 0n) > now)
      .map((location) => ({ ...location }));
  }

  forget(userId: string): void {
    this.byUser.delete(userId);
  }
}
