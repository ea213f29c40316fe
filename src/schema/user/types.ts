import type { Loaders } from '../../loaders/index.js';
import { isFullUser, type UserData } from '../../loaders/users.js';
import type { UserResponse } from '../../rest/wire/shared.js';
import type {
  ChannelMute,
  ExportUserResponse,
  FullUserResponse,
  ReactionResponse,
  UserMuteResponse,
} from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { ownUserData } from '../../graphql/ownUserData.js';
import { PrivacySettingsRef, PushNotificationSettingsRef } from './settings.js';

/**
 * The one type of a person, whichever read, relation or payload brings them, so that client
 * caches keep one `User:<id>` record.
 */
export const UserRef = builder.objectRef<UserData>('User');

async function blockedUsersOf(user: UserData, loaders: Loaders): Promise<UserData[]> {
  const blocked = await loaders.users.loadMany(user.blocked_user_ids);
  return blocked.filter((entry): entry is UserData => entry !== null && !(entry instanceof Error));
}

/** The user with mutes and unread counts: as it came when queryUsers brought it, else read for the request. */
function fullUserOf(user: UserData, { loaders }: GraphQLContext): FullUserResponse | Promise<FullUserResponse | null> {
  return isFullUser(user) ? user : loaders.fullUsers.load(user.id);
}

/** How the fields only queryUsers answers are filled, for their descriptions. */
const ON_DEMAND =
  'Read with the user list (queryUsers); for users other answers embed, read on demand in one call for all of them.';

export const UserMuteRef = builder.objectRef<UserMuteResponse>('UserMute').implement({
  description: 'One user muting another: the muted user stays, their messages and notifications are hidden.',
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, description: 'Who muted.', resolve: (mute) => mute.user }),
    target: t.field({ type: UserRef, nullable: true, description: 'Who is muted.', resolve: (mute) => mute.target }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the mute began.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the mute last changed.' }),
    expires: t.expose('expires', {
      type: 'DateTime',
      nullable: true,
      description: 'When the mute ends by itself; null while it lasts until undone.',
    }),
  }),
});

export const ChannelMuteRef = builder.objectRef<ChannelMute>('ChannelMute').implement({
  description: 'A user muting a chat channel: its messages no longer notify them.',
  fields: (t) => ({
    channel: t.expose('channel', {
      type: 'JSONObject',
      nullable: true,
      description: 'The muted channel (a chat ChannelResponse, passed on as JSON).',
    }),
    user: t.field({ type: UserRef, nullable: true, description: 'Who muted.', resolve: (mute) => mute.user }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the mute began.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the mute last changed.' }),
    expires: t.expose('expires', {
      type: 'DateTime',
      nullable: true,
      description: 'When the mute ends by itself; null while it lasts until undone.',
    }),
  }),
});

/** The mutes of a user, after priming the users they embed so that no sibling field fetches them again. */
function mutesOf<Mute extends { user?: UserResponse; target?: UserResponse }>(
  user: FullUserResponse | null,
  mutesIn: (user: FullUserResponse) => Mute[],
  loaders: Loaders,
): Mute[] | null {
  if (!user) return null;
  const mutes = mutesIn(user);
  for (const mute of mutes) {
    loaders.primeUser(mute.user);
    loaders.primeUser(mute.target);
  }
  return mutes;
}

UserRef.implement({
  description:
    'A user of the app. Every read, relation and payload answers this one type. Fields that only some reads carry (mutes, unread counts, push settings) are nullable; their descriptions say when they are filled.',
  fields: (t) => {
    /** A private counter (null and FORBIDDEN for other user callers). */
    const ownCount = (
      field: 'total_unread_count' | 'unread_count' | 'unread_channels' | 'unread_threads',
      description: string,
    ) =>
      t.int({
        nullable: true,
        description: `${description} ${ON_DEMAND} User tokens see only their own.`,
        resolve: ownUserData('unread counts', async (user: UserData, context) => {
          const full = await fullUserOf(user, context);
          return full?.[field] ?? null;
        }),
      });
    return {
      id: t.exposeID('id', { description: 'The user id, unique in the app.' }),
      name: t.exposeString('name', { nullable: true, description: 'The display name, if set.' }),
      image: t.exposeString('image', { nullable: true, description: 'A picture URL, if set.' }),
      role: t.exposeString('role', { description: "The app-wide role deciding the user's permissions." }),
      language: t.exposeString('language', { description: 'The preferred language code (may be empty).' }),
      teams: t.exposeStringList('teams', { description: 'Teams the user belongs to (multi-tenant apps).' }),
      teamsRole: t.expose('teams_role', {
        type: 'JSONObject',
        nullable: true,
        description: 'The role the user has in each team, by team name.',
      }),
      custom: t.expose('custom', { type: 'JSONObject', description: 'App-defined data stored on the user.' }),
      banned: t.exposeBoolean('banned', { description: 'The user is banned app-wide.' }),
      banExpires: t.expose('ban_expires', {
        type: 'DateTime',
        nullable: true,
        description: 'When a temporary ban ends.',
      }),
      shadowBanned: t.exposeBoolean('shadow_banned', {
        description: 'Only the user still sees their own messages; others do not.',
      }),
      online: t.exposeBoolean('online', { description: 'The user is connected right now.' }),
      invisible: t.exposeBoolean('invisible', { description: 'The user hides being online.' }),
      bypassModeration: t.exposeBoolean('bypass_moderation', {
        nullable: true,
        description: "The user's content skips moderation.",
      }),
      avgResponseTime: t.exposeInt('avg_response_time', {
        nullable: true,
        description: 'How long the user usually takes to answer, in seconds.',
      }),
      createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the user was created.' }),
      updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the user last changed.' }),
      lastActive: t.expose('last_active', {
        type: 'DateTime',
        nullable: true,
        description: 'When the user was last seen.',
      }),
      deactivatedAt: t.expose('deactivated_at', {
        type: 'DateTime',
        nullable: true,
        description: 'When the user was deactivated; null while active.',
      }),
      deletedAt: t.expose('deleted_at', {
        type: 'DateTime',
        nullable: true,
        description: 'When the user was deleted; null unless deleted.',
      }),
      revokeTokensIssuedBefore: t.expose('revoke_tokens_issued_before', {
        type: 'DateTime',
        nullable: true,
        description: 'Tokens of this user issued before this instant are refused.',
      }),
      privacySettings: t.field({
        type: PrivacySettingsRef,
        nullable: true,
        description: 'What the user lets others know about their activity.',
        resolve: (user) => user.privacy_settings,
      }),
      blockedUserIds: t.idList({
        nullable: true,
        description: 'Ids of the users this user blocks. User tokens see only their own.',
        resolve: ownUserData('blocked users', (user: UserData) => user.blocked_user_ids),
      }),
      blockedUsers: t.field({
        type: [UserRef],
        nullable: true,
        description:
          'The users this user blocks (deleted users left out), read together for a whole page. User tokens see only their own.',
        resolve: ownUserData('blocked users', (user: UserData, { loaders }) => blockedUsersOf(user, loaders)),
      }),
      pushNotifications: t.field({
        type: PushNotificationSettingsRef,
        nullable: true,
        description:
          'Whether the user receives push notifications at the moment. Filled only when the answer that brought the user carries it: queryUsers never does and no read fetches it alone, so it is null for users read by id or listed. User tokens see only their own.',
        resolve: ownUserData('push settings', (user: UserData) => user.push_notifications),
      }),
      channelMutes: t.field({
        type: [ChannelMuteRef],
        nullable: true,
        description: `Channels the user muted. ${ON_DEMAND} User tokens see only their own.`,
        resolve: ownUserData('mutes', async (user: UserData, context) =>
          mutesOf(await fullUserOf(user, context), (full) => full.channel_mutes, context.loaders),
        ),
      }),
      mutes: t.field({
        type: [UserMuteRef],
        nullable: true,
        description: `Users this user muted. ${ON_DEMAND} User tokens see only their own.`,
        resolve: ownUserData('mutes', async (user: UserData, context) =>
          mutesOf(await fullUserOf(user, context), (full) => full.mutes, context.loaders),
        ),
      }),
      latestHiddenChannels: t.stringList({
        nullable: true,
        description: `Channels (cids) the user hid most recently; null when Stream names none. ${ON_DEMAND} User tokens see only their own.`,
        resolve: ownUserData(
          'hidden channels',
          async (user: UserData, context) => (await fullUserOf(user, context))?.latest_hidden_channels ?? null,
        ),
      }),
      totalUnreadCount: ownCount('total_unread_count', 'Unread messages across all channels.'),
      unreadCount: ownCount('unread_count', 'Unread messages, as Stream counts them for badges.'),
      unreadChannels: ownCount('unread_channels', 'Channels with unread messages.'),
      unreadThreads: ownCount('unread_threads', 'Threads with unread replies.'),
    };
  },
});

export const ReactionRef = builder.objectRef<ReactionResponse>('Reaction').implement({
  description: "A user's reaction to a message, as a user export lists it.",
  fields: (t) => ({
    messageId: t.exposeID('message_id', { description: 'The message reacted to.' }),
    type: t.exposeString('type', { description: 'The kind of reaction, e.g. `like`.' }),
    score: t.exposeInt('score', {
      description: 'How much the reaction counts (cumulative reactions count more than 1).',
    }),
    userId: t.exposeID('user_id', { description: 'Who reacted.' }),
    user: t.field({ type: UserRef, description: 'Who reacted.', resolve: (reaction) => reaction.user }),
    custom: t.expose('custom', { type: 'JSONObject', description: 'App-defined data stored on the reaction.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the reaction was made.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the reaction last changed.' }),
  }),
});

export const UserExportRef = builder.objectRef<ExportUserResponse>('UserExport').implement({
  description: 'Everything Stream keeps about one user: profile, messages and reactions.',
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, description: 'The profile.', resolve: (data) => data.user }),
    messages: t.expose('messages', {
      type: ['JSONObject'],
      nullable: true,
      description: 'The messages the user wrote (chat message objects).',
    }),
    reactions: t.field({
      type: [ReactionRef],
      nullable: true,
      description: 'The reactions the user made.',
      resolve: (data) => data.reactions,
    }),
  }),
});

export const UserConnectionRef = builder.connectionObject(
  { type: UserRef, name: 'UserConnection', description: 'A page of users.' },
  { name: 'UserEdge', description: 'A user in a page, with its cursor.' },
);
