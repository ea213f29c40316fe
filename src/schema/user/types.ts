import type { Loaders } from '../../loaders/index.js';
import { isFullUser, type UserData } from '../../loaders/users.js';
import { UserResponse } from '../../rest/wire/shared.js';
import {
  ChannelMute,
  ExportUserResponse,
  type FullUserResponse,
  ReactionResponse,
  UserMuteResponse,
} from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
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

/** When a mute of either kind began, changed and ends. */
const muteTimeDocs = {
  createdAt: 'When the mute began.',
  updatedAt: 'When the mute last changed.',
  expires: 'When the mute ends by itself; null while it lasts until undone.',
};

export const UserMuteRef = builder.objectRef<UserMuteResponse>('UserMute').implement({
  description: 'One user muting another: the muted user stays, their messages and notifications are hidden.',
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, description: 'Who muted.', resolve: (mute) => mute.user }),
    target: t.field({ type: UserRef, nullable: true, description: 'Who is muted.', resolve: (mute) => mute.target }),
    ...wireFields(t, UserMuteResponse, muteTimeDocs),
  }),
});

export const ChannelMuteRef = builder.objectRef<ChannelMute>('ChannelMute').implement({
  description: 'A user muting a chat channel: its messages no longer notify them.',
  fields: (t) => ({
    ...wireFields(t, ChannelMute, { channel: 'The muted channel (a chat ChannelResponse, passed on as JSON).' }),
    user: t.field({ type: UserRef, nullable: true, description: 'Who muted.', resolve: (mute) => mute.user }),
    ...wireFields(t, ChannelMute, muteTimeDocs),
  }),
});

/**
 * The mutes of a user (read on demand when the answer that brought the user lacked them), after
 * priming the users they embed so that no sibling field fetches them again.
 */
async function mutesOf<Mute extends { user?: UserResponse; target?: UserResponse }>(
  user: UserData,
  context: GraphQLContext,
  mutesIn: (user: FullUserResponse) => Mute[],
): Promise<Mute[] | null> {
  const full = await fullUserOf(user, context);
  if (!full) return null;
  const { loaders } = context;
  const mutes = mutesIn(full);
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
      ...wireFields(t, UserResponse, {
        id: { description: 'The user id, unique in the app.', type: 'ID' },
        name: 'The display name, if set.',
        image: 'A picture URL, if set.',
        role: "The app-wide role deciding the user's permissions.",
        language: 'The preferred language code (may be empty).',
        teams: 'Teams the user belongs to (multi-tenant apps).',
        teamsRole: 'The role the user has in each team, by team name.',
        custom: 'App-defined data stored on the user.',
        banned: 'The user is banned app-wide.',
        banExpires: 'When a temporary ban ends.',
        shadowBanned: 'Only the user still sees their own messages; others do not.',
        online: 'The user is connected right now.',
        invisible: 'The user hides being online.',
        bypassModeration: "The user's content skips moderation.",
        avgResponseTime: 'How long the user usually takes to answer, in seconds.',
        createdAt: 'When the user was created.',
        updatedAt: 'When the user last changed.',
        lastActive: 'When the user was last seen.',
        deactivatedAt: 'When the user was deactivated; null while active.',
        deletedAt: 'When the user was deleted; null unless deleted.',
        revokeTokensIssuedBefore: 'Tokens of this user issued before this instant are refused.',
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
        resolve: ownUserData('mutes', (user: UserData, context) =>
          mutesOf(user, context, (full) => full.channel_mutes),
        ),
      }),
      mutes: t.field({
        type: [UserMuteRef],
        nullable: true,
        description: `Users this user muted. ${ON_DEMAND} User tokens see only their own.`,
        resolve: ownUserData('mutes', (user: UserData, context) => mutesOf(user, context, (full) => full.mutes)),
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
    ...wireFields(t, ReactionResponse, {
      messageId: { description: 'The message reacted to.', type: 'ID' },
      type: 'The kind of reaction, e.g. `like`.',
      score: 'How much the reaction counts (cumulative reactions count more than 1).',
      userId: { description: 'Who reacted.', type: 'ID' },
    }),
    user: t.field({ type: UserRef, description: 'Who reacted.', resolve: (reaction) => reaction.user }),
    ...wireFields(t, ReactionResponse, {
      custom: 'App-defined data stored on the reaction.',
      createdAt: 'When the reaction was made.',
      updatedAt: 'When the reaction last changed.',
    }),
  }),
});

export const UserExportRef = builder.objectRef<ExportUserResponse>('UserExport').implement({
  description: 'Everything Stream keeps about one user: profile, messages and reactions.',
  fields: (t) => ({
    user: t.field({ type: UserRef, nullable: true, description: 'The profile.', resolve: (data) => data.user }),
    ...wireFields(t, ExportUserResponse, { messages: 'The messages the user wrote (chat message objects).' }),
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
