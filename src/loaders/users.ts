import DataLoader from 'dataloader';
import type { StreamClient } from '../rest/client.js';
import type { UserResponse } from '../rest/wire/shared.js';
import type { FullUserResponse } from '../rest/wire/users.js';

/** queryUsers answers at most this many users per call. */
export const USERS_PER_QUERY = 100;

/**
 * A user as any answer carries it: every answer has the profile; queryUsers adds mutes and unread
 * counts, which users embedded in other answers lack.
 */
export type UserData = UserResponse & Partial<Omit<FullUserResponse, keyof UserResponse>>;

/** The user as queryUsers answers it, with mutes and unread counts. */
export function isFullUser(user: UserData): user is FullUserResponse {
  return user.unread_count !== undefined;
}

export interface UserLoaderOptions<User extends UserData> {
  /** When a batch is sent (DataLoader's `batchScheduleFn`); right after the current tick by default. */
  schedule?: (dispatch: () => void) => void;
  /** A user some answer brought while the batch waited; such users are not fetched. */
  known?: (id: string) => User | undefined;
  /** Sees every user fetched. */
  onLoaded?: (user: FullUserResponse) => void;
}

/**
 * Users by id, batched into one queryUsers `{"id": {"$in": [...]}}` per 100 ids (deactivated
 * users included); a missing id is null.
 */
export function createUserLoader<User extends UserData>(
  stream: StreamClient,
  { schedule, known = () => undefined, onLoaded = () => {} }: UserLoaderOptions<User> = {},
): DataLoader<string, User | FullUserResponse | null> {
  return new DataLoader(
    async (ids) => {
      const byId = new Map<string, User | FullUserResponse>();
      for (const id of ids) {
        const user = known(id);
        if (user) byId.set(id, user);
      }
      const missing = ids.filter((id) => !byId.has(id));
      if (missing.length > 0) {
        const { users } = await stream.queryUsers({
          payload: {
            filter_conditions: { id: { $in: missing } },
            limit: missing.length,
            include_deactivated_users: true,
          },
        });
        for (const user of users) {
          onLoaded(user);
          byId.set(user.id, user);
        }
      }
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: USERS_PER_QUERY, ...(schedule ? { batchScheduleFn: schedule } : {}) },
  );
}
