import { CHANNEL_DELETION_MODES, USER_DELETION_MODES } from '../../rest/wire/users.js';
import { nowTimestamp } from '../clock.js';
import { devicesOf } from '../devices/store.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import { pollsOf } from '../polls/store.js';
import type { EmulatorState, UserRecord } from '../state.js';
import { requireLiveUser } from './acting.js';
import type { BlockStore } from './blocks.js';
import type { LiveLocationStore } from './liveLocations.js';
import { mutesOf } from './mutes.js';
import { toUserResponse } from './records.js';

const USER_DELETE_MODES = new Set<string>(USER_DELETION_MODES);
const CHANNEL_DELETE_MODES = new Set<string>(CHANNEL_DELETION_MODES);

/**
 * Deactivation, deletion and their undoing. The many-user operations are asynchronous, as on
 * Stream: they check the ids at once and change the users when their task completes.
 */
export function lifecycleHandlers(state: EmulatorState, blocks: BlockStore, locations: LiveLocationStore): Handlers {
  const setDeactivated = (user: UserRecord, deactivated: boolean) => {
    const now = nowTimestamp();
    if (deactivated) user.deactivated_at = now;
    else delete user.deactivated_at;
    user.updated_at = now;
  };

  /** Removes a user for good, with everything that only exists for them. */
  const eraseUser = (id: string) => {
    state.users.delete(id);
    blocks.forget(id, state.users);
    locations.forget(id);
    devicesOf(state).deleteForUser(id);
    mutesOf(state).forget(id);
    for (const poll of pollsOf(state).polls.values()) poll.votes = poll.votes.filter((vote) => vote.user_id !== id);
  };

  return {
    deactivateUser({ params }) {
      const user = requireLiveUser(state, params.user_id);
      if (user.deactivated_at) throw badInput('user_id', `user ${user.id} is already deactivated`);
      setDeactivated(user, true);
      return { user: toUserResponse(user) };
    },

    reactivateUser({ params, body }) {
      const user = requireLiveUser(state, params.user_id);
      if (!user.deactivated_at) throw badInput('user_id', `user ${user.id} is not deactivated`);
      if (body.name !== undefined) user.name = body.name;
      setDeactivated(user, false);
      return { user: toUserResponse(user) };
    },

    deactivateUsers({ body }) {
      const ids = liveIds(state, body.user_ids);
      const taskId = state.startTask(() => {
        const changed = ids.flatMap((id) => {
          const user = state.users.get(id);
          if (!user || user.deleted_at || user.deactivated_at) return [];
          setDeactivated(user, true);
          return [id];
        });
        return { user_ids: changed };
      });
      return { task_id: taskId };
    },

    reactivateUsers({ body }) {
      const ids = liveIds(state, body.user_ids);
      const taskId = state.startTask(() => {
        const changed = ids.flatMap((id) => {
          const user = state.users.get(id);
          if (!user || user.deleted_at || !user.deactivated_at) return [];
          setDeactivated(user, false);
          return [id];
        });
        return { user_ids: changed };
      });
      return { task_id: taskId };
    },

    deleteUsers({ body }) {
      const mode: string = body.user ?? 'soft';
      checkMode(body.user, USER_DELETE_MODES, 'user');
      checkMode(body.messages, USER_DELETE_MODES, 'messages');
      checkMode(body.conversations, CHANNEL_DELETE_MODES, 'conversations');
      checkMode(body.calls, CHANNEL_DELETE_MODES, 'calls');
      const ids = knownIds(state, body.user_ids);
      const taskId = state.startTask(() => {
        const deleted = ids.filter((id) => state.users.has(id));
        for (const id of deleted) {
          if (mode === 'hard') eraseUser(id);
          else markDeleted(state.users.get(id)!, mode === 'pruning');
        }
        return { user_ids: deleted, mode };
      });
      return { task_id: taskId };
    },

    restoreUsers({ body }) {
      const users = knownIds(state, body.user_ids).map((id) => state.users.get(id)!);
      const notDeleted = users.find((user) => !user.deleted_at);
      if (notDeleted) throw badInput('user_ids', `user ${notDeleted.id} is not deleted`);
      const now = nowTimestamp();
      for (const user of users) {
        delete user.deleted_at;
        user.updated_at = now;
      }
      return {};
    },
  };
}

/** Soft deletion keeps the user restorable; pruning also clears what the user told about themselves. */
function markDeleted(user: UserRecord, prune: boolean): void {
  const now = nowTimestamp();
  user.deleted_at ??= now;
  user.updated_at = now;
  if (!prune) return;
  delete user.name;
  delete user.image;
  user.custom = {};
  user.teams = [];
}

function checkMode(value: unknown, modes: Set<string>, field: string): void {
  if (value !== undefined && !modes.has(value as string))
    throw badInput(field, `must be one of ${[...modes].join(', ')}`);
}

function liveIds(state: EmulatorState, ids: string[]): string[] {
  if (ids.length === 0) throw badInput('user_ids', 'must name at least one user');
  for (const id of ids) requireLiveUser(state, id);
  return [...new Set(ids)];
}

/** Ids of users that exist, deleted or not; hard-deleted ones are gone and answer 404/16. */
function knownIds(state: EmulatorState, ids: string[]): string[] {
  if (ids.length === 0) throw badInput('user_ids', 'must name at least one user');
  for (const id of ids) if (!state.users.has(id)) throw notFound(`user ${id}`);
  return [...new Set(ids)];
}
