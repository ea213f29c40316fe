import type { Permission } from '../rest/wire/permissions.js';
import type { Emitted } from './state.js';

/** A permission as the emulator answers it: `owner_resource` (optional on the wire) is always set here. */
export type PermissionRecord = Emitted<Permission> & { owner_resource: string };

interface ActionSpec {
  action: string;
  /** The resource whose owner an `-owner` variant is about. */
  resource: 'Channel' | 'Message' | 'Reaction' | 'Attachment' | 'User' | 'Call' | 'Poll';
  level: 'app' | 'channel';
  tags: string[];
  description: string;
  /** Whether Stream also ships an owner-only variant (`<id>-owner`). */
  ownerVariant?: boolean;
}

const ACTIONS: ActionSpec[] = [
  { action: 'AddLinks', resource: 'Channel', level: 'channel', tags: ['message'], description: 'Add URLs to messages' },
  {
    action: 'AddOwnChannelMembership',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel', 'member'],
    description: 'Join a channel',
  },
  {
    action: 'BanChannelMember',
    resource: 'Channel',
    level: 'channel',
    tags: ['moderation', 'member'],
    description: 'Ban members of a channel',
  },
  { action: 'BanUser', resource: 'User', level: 'app', tags: ['moderation', 'user'], description: 'Ban users' },
  {
    action: 'CastPollVote',
    resource: 'Poll',
    level: 'channel',
    tags: ['poll'],
    description: 'Vote in polls',
    ownerVariant: true,
  },
  {
    action: 'CreateAttachment',
    resource: 'Channel',
    level: 'channel',
    tags: ['message', 'attachment'],
    description: 'Send messages with attachments',
  },
  { action: 'CreateCall', resource: 'Call', level: 'channel', tags: ['call'], description: 'Start a call' },
  {
    action: 'CreateChannel',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Create channels',
    ownerVariant: true,
  },
  {
    action: 'CreateDistinctChannelForOthers',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Create distinct channels for other users',
  },
  {
    action: 'CreateMention',
    resource: 'Channel',
    level: 'channel',
    tags: ['message'],
    description: 'Send messages with mentions',
  },
  { action: 'CreateMessage', resource: 'Channel', level: 'channel', tags: ['message'], description: 'Send messages' },
  {
    action: 'CreateReaction',
    resource: 'Message',
    level: 'channel',
    tags: ['reaction'],
    description: 'React to messages',
  },
  {
    action: 'CreateSystemMessage',
    resource: 'Channel',
    level: 'channel',
    tags: ['message'],
    description: 'Send system messages',
  },
  {
    action: 'DeleteAttachment',
    resource: 'Attachment',
    level: 'channel',
    tags: ['attachment'],
    description: 'Delete uploaded files and images',
    ownerVariant: true,
  },
  {
    action: 'DeleteChannel',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Delete channels',
    ownerVariant: true,
  },
  {
    action: 'DeleteMessage',
    resource: 'Message',
    level: 'channel',
    tags: ['message'],
    description: 'Delete messages',
    ownerVariant: true,
  },
  {
    action: 'DeletePoll',
    resource: 'Poll',
    level: 'app',
    tags: ['poll'],
    description: 'Delete polls',
    ownerVariant: true,
  },
  {
    action: 'DeleteReaction',
    resource: 'Reaction',
    level: 'channel',
    tags: ['reaction'],
    description: 'Remove reactions',
    ownerVariant: true,
  },
  {
    action: 'FlagMessage',
    resource: 'Message',
    level: 'channel',
    tags: ['moderation', 'message'],
    description: 'Flag messages',
  },
  { action: 'FlagUser', resource: 'User', level: 'app', tags: ['moderation', 'user'], description: 'Flag users' },
  { action: 'JoinCall', resource: 'Call', level: 'channel', tags: ['call'], description: 'Join calls' },
  {
    action: 'MuteChannel',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Mute and unmute channels',
  },
  { action: 'MuteUser', resource: 'User', level: 'app', tags: ['user'], description: 'Mute and unmute users' },
  {
    action: 'PinMessage',
    resource: 'Message',
    level: 'channel',
    tags: ['message'],
    description: 'Pin messages',
    ownerVariant: true,
  },
  { action: 'QueryPolls', resource: 'Poll', level: 'app', tags: ['poll'], description: 'Query polls' },
  { action: 'ReadChannel', resource: 'Channel', level: 'channel', tags: ['channel'], description: 'Read channels' },
  {
    action: 'ReadChannelMembers',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel', 'member'],
    description: 'Read the members of a channel',
  },
  {
    action: 'ReadFlagReports',
    resource: 'User',
    level: 'app',
    tags: ['moderation'],
    description: 'Read flag reports',
  },
  {
    action: 'ReadMessageFlags',
    resource: 'Channel',
    level: 'channel',
    tags: ['moderation', 'message'],
    description: 'Read flagged messages',
  },
  {
    action: 'RecreateChannel',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Recreate deleted channels',
    ownerVariant: true,
  },
  {
    action: 'RemoveOwnChannelMembership',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel', 'member'],
    description: 'Leave a channel',
  },
  {
    action: 'RunMessageAction',
    resource: 'Message',
    level: 'channel',
    tags: ['message'],
    description: 'Run message actions',
    ownerVariant: true,
  },
  { action: 'SearchUser', resource: 'User', level: 'app', tags: ['user'], description: 'Search users' },
  {
    action: 'SendCustomEvent',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Send custom events to a channel',
  },
  { action: 'SendPoll', resource: 'Channel', level: 'channel', tags: ['poll'], description: 'Send polls' },
  {
    action: 'SkipChannelCooldown',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Bypass slow mode',
  },
  {
    action: 'SkipMessageModeration',
    resource: 'Channel',
    level: 'channel',
    tags: ['moderation', 'message'],
    description: 'Bypass automatic message moderation',
  },
  {
    action: 'TruncateChannel',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Truncate channels',
    ownerVariant: true,
  },
  {
    action: 'UpdateChannel',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Update channel data',
    ownerVariant: true,
  },
  {
    action: 'UpdateChannelCooldown',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Set and unset slow mode',
    ownerVariant: true,
  },
  {
    action: 'UpdateChannelFrozen',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Freeze and unfreeze channels',
    ownerVariant: true,
  },
  {
    action: 'UpdateChannelMembers',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel', 'member'],
    description: 'Add and remove channel members',
    ownerVariant: true,
  },
  {
    action: 'UpdateMessage',
    resource: 'Message',
    level: 'channel',
    tags: ['message'],
    description: 'Edit messages',
    ownerVariant: true,
  },
  {
    action: 'UpdatePoll',
    resource: 'Poll',
    level: 'app',
    tags: ['poll'],
    description: 'Update polls',
    ownerVariant: true,
  },
  {
    action: 'UpdateUser',
    resource: 'User',
    level: 'app',
    tags: ['user'],
    description: 'Update users',
    ownerVariant: true,
  },
  {
    action: 'UploadAttachment',
    resource: 'Channel',
    level: 'channel',
    tags: ['attachment'],
    description: 'Upload files and images',
  },
  {
    action: 'UseFrozenChannel',
    resource: 'Channel',
    level: 'channel',
    tags: ['channel'],
    description: 'Send messages in frozen channels',
  },
];

/** `UpdateChannelMembers` → `update-channel-members`, the way Stream derives permission ids. */
function kebab(action: string): string {
  return action.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function words(action: string): string[] {
  return action.replace(/([a-z])([A-Z])/g, '$1 $2').split(' ');
}

function builtin(spec: ActionSpec, owner: boolean): PermissionRecord {
  const [verb, ...rest] = words(spec.action);
  return {
    id: owner ? `${kebab(spec.action)}-owner` : kebab(spec.action),
    name: owner ? `${verb} Own ${rest.join(' ')}` : [verb, ...rest].join(' '),
    action: spec.action,
    description: owner ? `${spec.description} (own ${spec.resource.toLowerCase()} only)` : spec.description,
    owner,
    same_team: false,
    custom: false,
    level: spec.level,
    tags: spec.tags,
    owner_resource: spec.resource,
  };
}

/** The permissions every new Stream app starts with (permissions v2), ordered by id. */
export const BUILTIN_PERMISSIONS: readonly PermissionRecord[] = ACTIONS.flatMap((spec) =>
  spec.ownerVariant ? [builtin(spec, false), builtin(spec, true)] : [builtin(spec, false)],
).sort((a, b) => (a.id < b.id ? -1 : 1));

/** Every action a permission may name; custom permissions must use one of them. */
export const PERMISSION_ACTIONS: ReadonlyMap<string, ActionSpec> = new Map(ACTIONS.map((spec) => [spec.action, spec]));
