import DataLoader from 'dataloader';
import type { StreamClient } from '../rest/client.js';
import type { UserGroupResponse } from '../rest/wire/userGroups.js';

/**
 * User groups by id: Stream has no read of several groups by id, so each distinct group costs one
 * getUserGroup per request. A failed read (a missing group among them) rejects only its own key.
 */
export function createUserGroupLoader(stream: StreamClient): DataLoader<string, UserGroupResponse | null> {
  return new DataLoader((ids) =>
    Promise.all(
      ids.map((id) =>
        stream.getUserGroup({ id }).then(
          ({ user_group }) => user_group ?? null,
          (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
        ),
      ),
    ),
  );
}
