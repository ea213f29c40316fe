import DataLoader from 'dataloader';
import type { StreamClient } from '../rest/client.js';
import type { UserResponse } from '../rest/wire/shared.js';

/** queryUsers answers at most this many users per call. */
export const USERS_PER_QUERY = 100;

export interface UserLoaderOptions {
  /** When a batch is sent (DataLoader's `batchScheduleFn`); right after the current tick by default. */
  schedule?: (dispatch: () => void) => void;
  /** A user some answer embedded while the batch waited; such users are not fetched. */
  known?: (id: string) => UserResponse | undefined;
}

/**
 * Users by id, batched into one queryUsers `{"id": {"$in": [...]}}` per 100 ids (deactivated
 * users included); a missing id is null.
 */
export function createUserLoader(
  stream: StreamClient,
  { schedule, known = () => undefined }: UserLoaderOptions = {},
): DataLoader<string, UserResponse | null> {
  return new DataLoader(
    async (ids) => {
      const byId = new Map<string, UserResponse>();
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
        for (const user of users) byId.set(user.id, user);
      }
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: USERS_PER_QUERY, ...(schedule ? { batchScheduleFn: schedule } : {}) },
  );
}
