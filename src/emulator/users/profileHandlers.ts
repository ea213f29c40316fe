import { UserRequest } from '../../rest/wire/shared.js';
import { createUserToken } from '../../rest/auth.js';
import type { Caller } from '../auth.js';
import { nowTimestamp } from '../clock.js';
import { devicesOf } from '../devices/store.js';
import { badInput, notAllowed, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import { compileFilter } from '../query/filters.js';
import { offsetPage } from '../query/pagination.js';
import { normalizeSort, sortItems } from '../query/sorting.js';
import type { EmulatorState, UserRecord } from '../state.js';
import { firstMismatch, matches } from '../validate.js';
import { requireLiveUser } from './acting.js';
import { DEFAULT_USER_LIMIT, DEFAULT_USER_SORT, USER_FIELDS } from './fields.js';
import { mutesOf } from './mutes.js';
import {
  applyUserPatch,
  newUserRecord,
  replaceUserData,
  toFullUserResponse,
  toUserResponse,
  type UserInput,
  type UserMutes,
} from './records.js';

/** Reading, upserting, updating, creating (guests) and exporting users. */
export function profileHandlers(state: EmulatorState): Handlers {
  const devices = devicesOf(state);
  const mutes = mutesOf(state);

  /** A user's mutes with the users embedded as they are now; mutes of users gone for good are left out. */
  const mutesOfUser = (user: UserRecord): UserMutes => ({
    mutes: mutes.userMutes(user.id).flatMap(({ targetId, ...mute }) => {
      const target = state.users.get(targetId);
      return target ? [{ ...mute, user: toUserResponse(user), target: toUserResponse(target) }] : [];
    }),
    channel_mutes: mutes.channelMutes(user.id).map((mute) => ({ ...mute, user: toUserResponse(user) })),
  });

  /** A user as queryUsers, updateUsers and updateUsersPartial answer it. */
  const fullUser = (user: UserRecord) => toFullUserResponse(user, devices.forUser(user.id), mutesOfUser(user));

  return {
    queryUsers({ params }) {
      const payload = params.payload;
      if (!payload) throw badInput('payload', 'is required and must carry filter_conditions');
      const matchesFilter = compileFilter(payload.filter_conditions, USER_FIELDS, 'filter_conditions');
      const sort = normalizeSort(payload.sort, USER_FIELDS, DEFAULT_USER_SORT);
      const visible = [...state.users.values()].filter(
        (user) =>
          !user.deleted_at && (payload.include_deactivated_users || !user.deactivated_at) && matchesFilter(user),
      );
      const page = offsetPage(
        sortItems(USER_FIELDS, sort, visible),
        payload.limit || DEFAULT_USER_LIMIT,
        payload.offset,
      );
      return { users: page.map(fullUser) };
    },

    updateUsers({ body, caller }) {
      const inputs = Object.entries(body.users as Record<string, unknown>).map(([key, value]) =>
        checkUpsert(state, caller, key, value),
      );
      const users: Record<string, unknown> = {};
      for (const input of inputs) {
        const now = nowTimestamp();
        const existing = state.users.get(input.id);
        if (existing) replaceUserData(existing, input, now);
        else state.users.set(input.id, newUserRecord(input, now));
        users[input.id] = fullUser(state.users.get(input.id)!);
      }
      return { users, membership_deletion_task_id: '' };
    },

    updateUsersPartial({ body, caller }) {
      const now = nowTimestamp();
      const drafts = (body.users as { id: string; set?: Record<string, unknown>; unset?: string[] }[]).map(
        (patch, i) => {
          if (caller.kind === 'user' && patch.id !== caller.userId) {
            throw notAllowed(`user ${caller.userId} cannot update user ${patch.id}`);
          }
          const user = requireLiveUser(state, patch.id);
          if (caller.kind === 'user' && patch.set?.role !== undefined && patch.set.role !== user.role) {
            throw notAllowed('users cannot change their own role');
          }
          const draft: UserRecord = structuredClone(user);
          applyUserPatch(draft, patch, `users.${i}`, now);
          return draft;
        },
      );
      const users: Record<string, unknown> = {};
      for (const draft of drafts) {
        state.users.set(draft.id, draft);
        users[draft.id] = fullUser(draft);
      }
      return { users, membership_deletion_task_id: '' };
    },

    async createGuest({ body }) {
      const input = body.user as UserInput;
      if (input.id === '') throw badInput('user.id', 'must not be empty');
      if (state.users.has(input.id)) throw badInput('user.id', `a user with id ${input.id} already exists`);
      const guest = newUserRecord({ ...input, role: 'guest' }, nowTimestamp(), 'guest');
      state.users.set(guest.id, guest);
      return { user: toUserResponse(guest), access_token: await createUserToken(state.apiSecret, guest.id) };
    },

    exportUser({ params }) {
      const user = state.users.get(params.user_id);
      if (!user) throw notFound(`user ${params.user_id}`);
      return { user: toUserResponse(user), messages: [], reactions: [] };
    },

    exportUsers({ body }) {
      const ids = checkExportIds(state, body.user_ids as string[]);
      const taskId = state.startTask(() => {
        const path = `/uploads/exports/${state.nextId('users-export')}.json`;
        const exported = ids.flatMap((id) => {
          const user = state.users.get(id);
          return user ? [{ ...toUserResponse(user), devices: devices.forUser(id) }] : [];
        });
        const bytes = new TextEncoder().encode(JSON.stringify({ users: exported, messages: [], reactions: [] }));
        state.files.set(path, { name: path.split('/').at(-1)!, type: 'application/json', bytes });
        return { url: `${state.baseUrl()}${path}` };
      });
      return { task_id: taskId };
    },
  };
}

/** One entry of an upsert, checked before anything is written so that a bad entry changes nothing. */
function checkUpsert(state: EmulatorState, caller: Caller, key: string, value: unknown): UserInput {
  if (!matches(UserRequest, value)) throw badInput(`users.${key}`, firstMismatch(UserRequest, value) ?? 'invalid user');
  const input = value as UserInput;
  if (input.id !== key) throw badInput(`users.${key}.id`, 'must equal the key it is stored under');
  if (input.id === '') throw badInput(`users.${key}.id`, 'must not be empty');
  const existing = state.users.get(input.id);
  if (existing?.deleted_at) throw badInput(`users.${key}`, 'the user was deleted; restore it first');
  if (caller.kind === 'user') {
    if (input.id !== caller.userId) throw notAllowed(`user ${caller.userId} cannot update user ${input.id}`);
    if (input.role !== undefined && input.role !== (existing?.role ?? 'user')) {
      throw notAllowed('users cannot change their own role');
    }
  }
  return input;
}

function checkExportIds(state: EmulatorState, ids: string[]): string[] {
  for (const id of ids) if (!state.users.has(id)) throw notFound(`user ${id}`);
  return [...new Set(ids)];
}
