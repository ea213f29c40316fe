import type { Role } from '../rest/wire/permissions.js';
import { BUILTIN_PERMISSIONS } from './builtinPermissions.js';
import { fixedTimestamp } from './clock.js';
import type { Emitted } from './state.js';

/** A role as the emulator answers it, plus whether it applies app-wide or inside channels. */
export type RoleRecord = Emitted<Role> & { level: 'user' | 'channel' | 'any' };

const CHANNEL_TYPES = ['commerce', 'gaming', 'livestream', 'messaging', 'team'];
const APP_CREATED = fixedTimestamp(0);

function role(name: string, level: RoleRecord['level'], scopes: string[]): RoleRecord {
  return { name, custom: false, scopes, created_at: APP_CREATED, updated_at: APP_CREATED, level };
}

/** The roles every new Stream app starts with. */
export const BUILTIN_ROLES: readonly RoleRecord[] = [
  role('admin', 'user', ['.app', ...CHANNEL_TYPES]),
  role('anonymous', 'user', ['.app', ...CHANNEL_TYPES]),
  role('channel_member', 'channel', CHANNEL_TYPES),
  role('channel_moderator', 'channel', CHANNEL_TYPES),
  role('guest', 'user', ['.app', ...CHANNEL_TYPES]),
  role('moderator', 'user', ['.app', ...CHANNEL_TYPES]),
  role('user', 'user', ['.app', ...CHANNEL_TYPES]),
];

const ids = (predicate: (id: string) => boolean) => BUILTIN_PERMISSIONS.map((p) => p.id).filter(predicate);

const READ = ['read-channel', 'read-channel-members', 'query-polls'];
const MEMBER = [
  ...READ,
  'add-links',
  'cast-poll-vote-owner',
  'create-attachment',
  'create-mention',
  'create-message',
  'create-reaction',
  'delete-attachment-owner',
  'delete-message-owner',
  'delete-reaction-owner',
  'flag-message',
  'mute-channel',
  'remove-own-channel-membership',
  'run-message-action-owner',
  'send-custom-event',
  'send-poll',
  'update-message-owner',
  'upload-attachment',
];
const USER = [
  ...MEMBER,
  'create-channel',
  'create-distinct-channel-for-others',
  'delete-poll-owner',
  'flag-user',
  'mute-user',
  'search-user',
  'update-poll-owner',
  'update-user-owner',
];

/** App-level grants of a new app: role → permission ids. */
export function defaultGrants(): Record<string, string[]> {
  const moderation = ids((id) => !id.endsWith('-owner') && !id.startsWith('delete-channel'));
  return {
    admin: ids(() => true),
    anonymous: ['read-channel'],
    channel_member: [...MEMBER].sort(),
    channel_moderator: [...new Set([...MEMBER, ...ids((id) => !id.endsWith('-owner') && id !== 'delete-channel')])]
      .filter((id) => !['ban-user', 'update-user', 'delete-poll', 'update-poll'].includes(id))
      .sort(),
    guest: [...READ, 'search-user'].sort(),
    moderator: [...new Set([...USER, ...moderation])].sort(),
    user: [...USER].sort(),
  };
}
