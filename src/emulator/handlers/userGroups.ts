import { v7 as uuidv7 } from 'uuid';
import type { UserGroupMember, UserGroupResponse } from '../../rest/wire/userGroups.js';
import { nowTimestamp } from '../clock.js';
import { EMULATOR_APP_PK } from '../defaultApp.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import { compareText, keysetPage } from '../keysetPage.js';
import { instantNanos } from '../query/fields.js';
import type { Emitted, EmulatorState } from '../state.js';

type MemberRecord = Emitted<UserGroupMember>;
type GroupRecord = Omit<Emitted<UserGroupResponse>, 'members'> & { members: Map<string, MemberRecord> };

const DEFAULT_LIMIT = 25;

export function userGroupsHandlers(state: EmulatorState): Handlers {
  const groups = new Map<string, GroupRecord>();

  /** A group, looked up within `teamId` when the caller scopes the request to a team. */
  function find(id: string, teamId?: string): GroupRecord {
    const group = groups.get(id);
    if (!group || (teamId !== undefined && (group.team_id ?? '') !== teamId)) throw notFound(`user group ${id}`);
    return group;
  }

  function checkUsersExist(ids: string[]): string[] {
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !state.users.has(id));
    if (missing.length) throw badInput('member_ids', `users do not exist: ${missing.join(', ')}`);
    return unique;
  }

  function addMembers(group: GroupRecord, ids: string[], asAdmin: boolean | undefined): void {
    const now = nowTimestamp();
    for (const userId of ids) {
      const existing = group.members.get(userId);
      if (existing) {
        if (asAdmin !== undefined) existing.is_admin = asAdmin;
        continue;
      }
      group.members.set(userId, {
        app_pk: EMULATOR_APP_PK,
        group_id: group.id,
        user_id: userId,
        is_admin: asAdmin ?? false,
        created_at: now,
      });
    }
  }

  return {
    createUserGroup({ body, caller }) {
      const id = (body.id as string | undefined) ?? uuidv7();
      if (groups.has(id)) throw badInput('id', `user group ${id} already exists`);
      const name = (body.name as string).trim();
      if (!name) throw badInput('name', 'must not be blank');
      const memberIds = checkUsersExist((body.member_ids as string[] | undefined) ?? []);
      const now = nowTimestamp();
      const createdBy = state.actingUserId(caller);
      const group: GroupRecord = {
        id,
        name,
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.team_id ? { team_id: body.team_id } : {}),
        ...(createdBy ? { created_by: createdBy } : {}),
        created_at: now,
        updated_at: now,
        members: new Map(),
      };
      addMembers(group, memberIds, false);
      groups.set(id, group);
      return { user_group: wire(group, true) };
    },

    getUserGroup({ params }) {
      return { user_group: wire(find(params.id as string, params.team_id as string | undefined), true) };
    },

    updateUserGroup({ params, body }) {
      const group = find(params.id as string, body.team_id as string | undefined);
      if (body.name !== undefined) {
        const name = (body.name as string).trim();
        if (!name) throw badInput('name', 'must not be blank');
        group.name = name;
      }
      if (body.description !== undefined) group.description = body.description;
      group.updated_at = nowTimestamp();
      return { user_group: wire(group, true) };
    },

    deleteUserGroup({ params }) {
      groups.delete(find(params.id as string, params.team_id as string | undefined).id);
      return {};
    },

    addUserGroupMembers({ params, body }) {
      const group = find(params.id as string, body.team_id as string | undefined);
      addMembers(group, checkUsersExist(body.member_ids as string[]), body.as_admin as boolean | undefined);
      group.updated_at = nowTimestamp();
      return { user_group: wire(group, true) };
    },

    removeUserGroupMembers({ params, body }) {
      const group = find(params.id as string, body.team_id as string | undefined);
      for (const userId of body.member_ids as string[]) group.members.delete(userId);
      group.updated_at = nowTimestamp();
      return { user_group: wire(group, true) };
    },

    listUserGroups({ params }) {
      const teamId = params.team_id as string | undefined;
      const idGt = params.id_gt as string | undefined;
      const createdAtGt = params.created_at_gt === undefined ? undefined : instant(params.created_at_gt as string);
      const { page } = keysetPage(
        [...groups.values()].filter(
          (group) =>
            (teamId === undefined || group.team_id === teamId) &&
            (createdAtGt === undefined || instantNanos(group.created_at)! > createdAtGt),
        ),
        (a, b) => compareText(a.id, b.id),
        (group) => idGt === undefined || group.id > idGt,
        (params.limit as number | undefined) ?? DEFAULT_LIMIT,
      );
      return { user_groups: page.map((group) => wire(group, false)) };
    },

    searchUserGroups({ params }) {
      const prefix = (params.query as string).toLowerCase();
      const teamId = params.team_id as string | undefined;
      const nameGt = params.name_gt as string | undefined;
      const idGt = params.id_gt as string | undefined;
      const { page } = keysetPage(
        [...groups.values()].filter(
          (group) => group.name.toLowerCase().startsWith(prefix) && (teamId === undefined || group.team_id === teamId),
        ),
        (a, b) => compareText(a.name, b.name) || compareText(a.id, b.id),
        (group) => isAfter(group, nameGt, idGt),
        (params.limit as number | undefined) ?? DEFAULT_LIMIT,
      );
      return { user_groups: page.map((group) => wire(group, false)) };
    },
  };
}

/** Keyset position in (name, id) order: `name_gt` with `id_gt` resumes inside a run of equal names. */
function isAfter(group: GroupRecord, nameGt?: string, idGt?: string): boolean {
  if (nameGt === undefined) return idGt === undefined || group.id > idGt;
  if (group.name !== nameGt) return group.name > nameGt;
  return idGt !== undefined && group.id > idGt;
}

/** `created_at_gt` as RFC 3339 or integer nanoseconds, in nanoseconds since the epoch. */
function instant(value: string): bigint {
  const nanos = instantNanos(value);
  if (nanos === undefined) throw badInput('created_at_gt', 'must be an RFC 3339 timestamp');
  return nanos;
}

/** Single-group answers embed the members; lists leave them out. */
function wire({ members, ...group }: GroupRecord, withMembers: boolean): Emitted<UserGroupResponse> {
  return {
    ...structuredClone(group),
    ...(withMembers
      ? { members: [...members.values()].sort((a, b) => compareText(a.user_id, b.user_id)).map((m) => ({ ...m })) }
      : {}),
  };
}
