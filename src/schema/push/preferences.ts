import {
  type ChannelPushPreferencesResponse,
  FeedsPreferences,
  type PushPreferencesResponse,
} from '../../rest/wire/push.js';
import { builder, type ObjectFields } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { ChatPushLevel, PushLevel } from './enums.js';
import { CHAT_TOGGLES, FEEDS_TOGGLES, toggleAnswers } from './toggles.js';
import { userField } from '../user/userField.js';

type ChatPushPreferences = NonNullable<PushPreferencesResponse['chat_preferences']>;
type FeedsPushPreferences = NonNullable<PushPreferencesResponse['feeds_preferences']>;

/** One user's push preferences from updatePushNotificationPreferences' `user_preferences` map. */
interface UserPushPreferences {
  userId: string;
  preferences: PushPreferencesResponse;
}

/** One user's preferences for one channel, from the `user_channel_preferences` map of maps. */
interface ChannelPushPreferences {
  userId: string;
  channelCid: string;
  preferences: ChannelPushPreferencesResponse;
}

export function userPushPreferences(map: Record<string, PushPreferencesResponse>): UserPushPreferences[] {
  return Object.entries(map).map(([userId, preferences]) => ({ userId, preferences }));
}

export function channelPushPreferences(
  map: Record<string, Record<string, ChannelPushPreferencesResponse>>,
): ChannelPushPreferences[] {
  return Object.entries(map).flatMap(([userId, channels]) =>
    Object.entries(channels).map(([channelCid, preferences]) => ({ userId, channelCid, preferences })),
  );
}

/** Whose preferences an answer holds: the id, and the user (users of one answer load in one batch). */
function ownerFields<Shape extends { userId: string }>(t: ObjectFields<Shape>) {
  return {
    userId: t.id({ description: 'Whose preferences these are.', resolve: ({ userId }) => userId }),
    user: userField(t, 'Whose preferences these are (users of one answer load in one batch).', ({ userId }) => userId),
  };
}

export const ChatPushPreferencesRef = builder.objectRef<ChatPushPreferences>('ChatPushPreferences').implement({
  description: 'Which kinds of chat message send a push (all or none each).',
  fields: (t) => toggleAnswers(t, CHAT_TOGGLES),
});

export const FeedsPushPreferencesRef = builder.objectRef<FeedsPushPreferences>('FeedsPushPreferences').implement({
  description: 'Which kinds of feed activity send a push (all or none each).',
  fields: (t) => ({
    ...toggleAnswers(t, FEEDS_TOGGLES),
    ...wireFields(t, FeedsPreferences, { customActivityTypes: 'Per custom activity type: all or none.' }),
  }),
});

export const PushPreferencesRef = builder.objectRef<UserPushPreferences>('PushPreferences').implement({
  description: "A user's push preferences across all channels.",
  fields: (t) => ({
    ...ownerFields(t),
    ...openEnumFields(t, ChatPushLevel, 'chatLevel', {
      description: 'Which chat messages push; unset means the app default.',
      nullable: true,
      wire: ({ preferences }) => preferences.chat_level,
    }),
    ...openEnumFields(t, PushLevel, 'callLevel', {
      description: 'Whether calls push.',
      nullable: true,
      wire: ({ preferences }) => preferences.call_level,
    }),
    ...openEnumFields(t, PushLevel, 'feedsLevel', {
      description: 'Whether feed activity pushes.',
      nullable: true,
      wire: ({ preferences }) => preferences.feeds_level,
    }),
    disabledUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Pushes are paused until then.',
      resolve: ({ preferences }) => preferences.disabled_until,
    }),
    chatPreferences: t.field({
      type: ChatPushPreferencesRef,
      nullable: true,
      description: 'Finer chat settings.',
      resolve: ({ preferences }) => preferences.chat_preferences,
    }),
    feedsPreferences: t.field({
      type: FeedsPushPreferencesRef,
      nullable: true,
      description: 'Finer feeds settings.',
      resolve: ({ preferences }) => preferences.feeds_preferences,
    }),
  }),
});

export const ChannelPushPreferencesRef = builder.objectRef<ChannelPushPreferences>('ChannelPushPreferences').implement({
  description: "A user's push preferences for one channel, overriding their general ones.",
  fields: (t) => ({
    ...ownerFields(t),
    channelCid: t.exposeString('channelCid', { description: 'The channel, as type:id.' }),
    ...openEnumFields(t, ChatPushLevel, 'chatLevel', {
      description: 'Which messages of this channel push.',
      nullable: true,
      wire: ({ preferences }) => preferences.chat_level,
    }),
    disabledUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Pushes from this channel are paused until then.',
      resolve: ({ preferences }) => preferences.disabled_until,
    }),
    chatPreferences: t.field({
      type: ChatPushPreferencesRef,
      nullable: true,
      description: 'Finer chat settings for this channel.',
      resolve: ({ preferences }) => preferences.chat_preferences,
    }),
  }),
});
