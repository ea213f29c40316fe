import type { ChannelMute, FullUserResponse, UserMuteResponse } from '../../rest/wire/users.js';
import type { DeviceResponse, UserRequest, UserResponse } from '../../rest/wire/shared.js';
import { badInput } from '../errors.js';
import type { Emitted, UserRecord } from '../state.js';

export type UserInput = Emitted<UserRequest>;

/** A new user as Stream stores it: every required field of UserResponse filled in. */
export function newUserRecord(input: UserInput, now: string, defaultRole = 'user'): UserRecord {
  const record: UserRecord = {
    id: input.id,
    role: input.role ?? defaultRole,
    language: input.language ?? '',
    teams: [...(input.teams ?? [])],
    custom: { ...(input.custom ?? {}) },
    banned: false,
    shadow_banned: false,
    online: false,
    invisible: input.invisible ?? false,
    blocked_user_ids: [],
    created_at: now,
    updated_at: now,
  };
  copyOptional(record, input);
  return record;
}

/**
 * An upsert replaces what the request describes (name, image, custom, teams...) and keeps what
 * Stream owns (creation time, bans, blocks, deactivation); an omitted role or language stays.
 */
export function replaceUserData(record: UserRecord, input: UserInput, now: string): void {
  delete record.name;
  delete record.image;
  delete record.teams_role;
  delete record.privacy_settings;
  record.custom = { ...(input.custom ?? {}) };
  record.teams = [...(input.teams ?? [])];
  record.invisible = input.invisible ?? false;
  if (input.role !== undefined) record.role = input.role;
  if (input.language !== undefined) record.language = input.language;
  copyOptional(record, input);
  record.updated_at = now;
}

function copyOptional(record: UserRecord, input: UserInput): void {
  if (input.name !== undefined) record.name = input.name;
  if (input.image !== undefined) record.image = input.image;
  if (input.teams_role !== undefined) record.teams_role = { ...input.teams_role };
  if (input.privacy_settings !== undefined) record.privacy_settings = structuredClone(input.privacy_settings);
}

type FieldCheck = (value: unknown) => boolean;
const isString: FieldCheck = (value) => typeof value === 'string';
const isBoolean: FieldCheck = (value) => typeof value === 'boolean';
const isObject: FieldCheck = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray: FieldCheck = (value) => Array.isArray(value) && value.every(isString);

/** Fields a partial update may set, with what they accept; other names are custom data. */
const SETTABLE: Record<string, FieldCheck> = {
  name: isString,
  image: isString,
  role: isString,
  language: isString,
  invisible: isBoolean,
  teams: isStringArray,
  teams_role: isObject,
  privacy_settings: isObject,
  custom: isObject,
};

/** Fields only Stream writes. */
const READ_ONLY = new Set([
  'id',
  'created_at',
  'updated_at',
  'deleted_at',
  'deactivated_at',
  'last_active',
  'banned',
  'shadow_banned',
  'ban_expires',
  'online',
  'blocked_user_ids',
  'devices',
  'revoke_tokens_issued_before',
]);

/** Applies `set` then `unset` of a partial update; names that are not user fields are custom data. */
export function applyUserPatch(
  record: UserRecord,
  patch: { set?: Record<string, unknown>; unset?: string[] },
  field: string,
  now: string,
): void {
  const target = record as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch.set ?? {})) {
    if (READ_ONLY.has(key)) throw badInput(`${field}.set.${key}`, 'cannot be changed');
    const check = SETTABLE[key];
    if (!check) {
      record.custom[key] = value;
    } else if (!check(value)) {
      throw badInput(`${field}.set.${key}`, 'has the wrong type');
    } else {
      target[key] = structuredClone(value);
    }
  }
  for (const key of patch.unset ?? []) {
    if (READ_ONLY.has(key) || key === 'role') throw badInput(`${field}.unset`, `${key} cannot be unset`);
    if (key === 'teams') record.teams = [];
    else if (key === 'custom') record.custom = {};
    else if (key === 'language') record.language = '';
    else if (key === 'invisible') record.invisible = false;
    else if (key in SETTABLE) delete target[key];
    else delete record.custom[key];
  }
  record.updated_at = now;
}

/** The UserResponse embedded wherever a user appears: a copy, so later changes do not leak into answers. */
export function toUserResponse(record: UserRecord): Emitted<UserResponse> {
  return {
    ...record,
    teams: [...record.teams],
    blocked_user_ids: [...record.blocked_user_ids],
    custom: { ...record.custom },
  };
}

/** What a user muted, as queryUsers embeds it. */
export interface UserMutes {
  mutes: Emitted<UserMuteResponse>[];
  channel_mutes: Emitted<ChannelMute>[];
}

/** The FullUserResponse of queryUsers: the user plus devices, mutes and unread counters. */
export function toFullUserResponse(
  record: UserRecord,
  devices: Emitted<DeviceResponse>[],
  mutes: UserMutes = { mutes: [], channel_mutes: [] },
): Emitted<FullUserResponse> {
  return {
    ...toUserResponse(record),
    devices,
    mutes: mutes.mutes,
    channel_mutes: mutes.channel_mutes,
    total_unread_count: 0,
    unread_channels: 0,
    unread_count: 0,
    unread_threads: 0,
  };
}
