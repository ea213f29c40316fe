import type { UserRecord } from '../state.js';

/** Who blocked whom since when; each blocker's `blocked_user_ids` mirrors it. */
export class BlockStore {
  private readonly since = new Map<string, Map<string, string>>();

  /** Blocks `blockedId` for `blocker`; blocking again keeps the first time. Returns when the block began. */
  add(blocker: UserRecord, blockedId: string, at: string): string {
    let blocked = this.since.get(blocker.id);
    if (!blocked) {
      blocked = new Map();
      this.since.set(blocker.id, blocked);
    }
    const existing = blocked.get(blockedId);
    if (existing) return existing;
    blocked.set(blockedId, at);
    blocker.blocked_user_ids = [...blocker.blocked_user_ids, blockedId];
    return at;
  }

  /** Whether there was a block to remove. */
  remove(blocker: UserRecord, blockedId: string): boolean {
    const removed = this.since.get(blocker.id)?.delete(blockedId) ?? false;
    blocker.blocked_user_ids = blocker.blocked_user_ids.filter((id) => id !== blockedId);
    return removed;
  }

  /** A user's blocks, oldest first. */
  list(blockerId: string): { blockedId: string; createdAt: string }[] {
    return [...(this.since.get(blockerId) ?? [])].map(([blockedId, createdAt]) => ({ blockedId, createdAt }));
  }

  /** Drops every block by or of a user that is gone for good. */
  forget(userId: string, users: Map<string, UserRecord>): void {
    this.since.delete(userId);
    for (const [blockerId, blocked] of this.since) {
      if (!blocked.delete(userId)) continue;
      const blocker = users.get(blockerId);
      if (blocker) blocker.blocked_user_ids = blocker.blocked_user_ids.filter((id) => id !== userId);
    }
  }
}
