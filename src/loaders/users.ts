import DataLoader from 'dataloader';
import type { StreamClient } from '../rest/client.js';
import type { UserResponse } from '../rest/wire/shared.js';

/** queryUsers answers at most this many users per call. */
export const USERS_PER_QUERY = 100;

/** Users by id, batched into one queryUsers `{"id": {"$in": [...]}}` per 100 ids; a missing id is null. */
export function createUserLoader(stream: StreamClient): DataLoader<string, UserResponse | null> {
  return new DataLoader(
    async (ids) => {
      const { users } = await stream.queryUsers({
        payload: {
          filter_conditions: { id: { $in: [...ids] } },
          limit: ids.length,
          include_deactivated_users: true,
        },
      });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: USERS_PER_QUERY },
  );
}
