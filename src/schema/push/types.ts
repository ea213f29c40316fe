import type {
  ChannelPushPreferencesResponse,
  CheckPushResponse,
  PushPreferencesResponse,
  PushProviderResponse,
  PushTemplateResponse,
  UpsertPushPreferencesResponse,
  UpsertPushProviderResponse,
  UpsertPushTemplateResponse,
} from '../../rest/wire/push.js';
import type { PushProvider as AppSettingsPushProvider } from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { enumValues } from '../../graphql/openEnum.js';
import { PushProvider } from '../device/types.js';
import { UserRef } from '../user/types.js';
import { revealSecret } from '../../graphql/secrets.js';

const PUSH_TEMPLATE_EVENT_TYPES = {
  MESSAGE_NEW: { value: 'message.new', description: 'A new chat message.' },
  MESSAGE_UPDATED: { value: 'message.updated', description: 'An edited chat message.' },
  REACTION_NEW: { value: 'reaction.new', description: 'A new reaction to a message.' },
  NOTIFICATION_REMINDER_DUE: { value: 'notification.reminder_due', description: 'A message reminder fell due.' },
  FEEDS_ACTIVITY_ADDED: { value: 'feeds.activity.added', description: 'An activity was added to a feed.' },
  FEEDS_COMMENT_ADDED: { value: 'feeds.comment.added', description: 'A comment on an activity.' },
  FEEDS_ACTIVITY_REACTION_ADDED: {
    value: 'feeds.activity.reaction.added',
    description: 'A reaction to an activity.',
  },
  FEEDS_COMMENT_REACTION_ADDED: { value: 'feeds.comment.reaction.added', description: 'A reaction to a comment.' },
  FEEDS_FOLLOW_CREATED: { value: 'feeds.follow.created', description: 'Someone followed a feed.' },
  FEEDS_NOTIFICATION_FEED_UPDATED: {
    value: 'feeds.notification_feed.updated',
    description: 'A notification feed changed.',
  },
} as const;

/** The event types this gateway knows, for Stream's answers that may hold newer ones. */
export const PUSH_TEMPLATE_EVENT_TYPE_VALUES = enumValues(PUSH_TEMPLATE_EVENT_TYPES);

export const PushTemplateEventType = builder.enumType('PushTemplateEventType', {
  description: 'The events a push template can be written for.',
  values: PUSH_TEMPLATE_EVENT_TYPES,
});

export const PushCheckEventType = builder.enumType('PushCheckEventType', {
  description: 'The events checkPush can render a notification for.',
  values: {
    MESSAGE_NEW: { value: 'message.new', description: 'A new chat message.' },
    MESSAGE_UPDATED: { value: 'message.updated', description: 'An edited chat message.' },
    REACTION_NEW: { value: 'reaction.new', description: 'A new reaction.' },
    REACTION_UPDATED: { value: 'reaction.updated', description: 'A changed reaction.' },
    NOTIFICATION_REMINDER_DUE: { value: 'notification.reminder_due', description: 'A reminder fell due.' },
  } as const,
});

export const PushLevel = builder.enumType('PushLevel', {
  description: 'How much of a kind of activity (calls, feeds) sends pushes.',
  values: {
    ALL: { value: 'all', description: 'Every event.' },
    NONE: { value: 'none', description: 'No events.' },
    DEFAULT: { value: 'default', description: 'Drop the override and fall back to the wider setting.' },
  } as const,
});

export const ChatPushLevel = builder.enumType('ChatPushLevel', {
  description: 'Which chat messages send pushes.',
  values: {
    ALL: { value: 'all', description: 'Every message.' },
    MENTIONS: { value: 'mentions', description: 'Messages that mention the user.' },
    DIRECT_MENTIONS: { value: 'direct_mentions', description: 'Messages that mention the user by name.' },
    ALL_MENTIONS: { value: 'all_mentions', description: 'Every kind of mention (direct, @here, @channel, roles).' },
    NONE: { value: 'none', description: 'No messages.' },
    DEFAULT: { value: 'default', description: 'Drop the override and fall back to the wider setting.' },
  } as const,
});

export const PushToggle = builder.enumType('PushToggle', {
  description: 'Whether one kind of notification is sent.',
  values: {
    ALL: { value: 'all', description: 'Sent.' },
    NONE: { value: 'none', description: 'Not sent.' },
  } as const,
});

/** What the app settings' provider list and the push provider endpoints both say of a provider. */
type PushProviderSettings = Pick<PushProviderResponse, keyof PushProviderResponse & keyof AppSettingsPushProvider>;

export const PushProviderSettingsRef = builder.interfaceRef<PushProviderSettings>('PushProviderSettings').implement({
  description: 'What every view of a push provider shows: its identity, state and credentials (secrets redacted).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The provider name, unique per type.' }),
    type: t.exposeString('type', { description: 'apn, firebase, huawei or xiaomi.' }),
    description: t.exposeString('description', { nullable: true, description: 'A note about the provider.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the provider was added.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the provider last changed.' }),
    disabledAt: t.expose('disabled_at', { type: 'DateTime', nullable: true, description: 'When it was switched off.' }),
    disabledReason: t.exposeString('disabled_reason', { nullable: true, description: 'Why it was switched off.' }),
    apnAuthKey: t.string({
      nullable: true,
      description: 'APN token-auth private key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.apn_auth_key, context),
    }),
    apnAuthType: t.exposeString('apn_auth_type', {
      nullable: true,
      description: 'APN authentication: token or certificate.',
    }),
    apnDevelopment: t.exposeBoolean('apn_development', {
      nullable: true,
      description: 'Whether APN uses the sandbox.',
    }),
    apnHost: t.exposeString('apn_host', { nullable: true, description: 'A custom APN host.' }),
    apnKeyId: t.exposeString('apn_key_id', { nullable: true, description: 'The APN key id.' }),
    apnP12Cert: t.string({
      nullable: true,
      description: 'APN p12 certificate (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.apn_p12_cert, context),
    }),
    apnTeamId: t.exposeString('apn_team_id', { nullable: true, description: 'The Apple team id.' }),
    apnTopic: t.exposeString('apn_topic', { nullable: true, description: 'The APN topic (bundle id).' }),
    firebaseApnTemplate: t.exposeString('firebase_apn_template', {
      nullable: true,
      description: 'Template of the APN part of Firebase messages.',
    }),
    firebaseCredentials: t.string({
      nullable: true,
      description: 'Firebase service account key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.firebase_credentials, context),
    }),
    firebaseDataTemplate: t.exposeString('firebase_data_template', {
      nullable: true,
      description: 'Template of the Firebase data payload.',
    }),
    firebaseHost: t.exposeString('firebase_host', { nullable: true, description: 'A custom Firebase host.' }),
    firebaseNotificationTemplate: t.exposeString('firebase_notification_template', {
      nullable: true,
      description: 'Template of the Firebase notification payload.',
    }),
    firebaseServerKey: t.string({
      nullable: true,
      description: 'Legacy Firebase server key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.firebase_server_key, context),
    }),
    huaweiAppId: t.exposeString('huawei_app_id', { nullable: true, description: 'The Huawei app id.' }),
    huaweiAppSecret: t.string({
      nullable: true,
      description: 'The Huawei app secret (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.huawei_app_secret, context),
    }),
    xiaomiAppSecret: t.string({
      nullable: true,
      description: 'The Xiaomi app secret (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.xiaomi_app_secret, context),
    }),
    xiaomiPackageName: t.exposeString('xiaomi_package_name', {
      nullable: true,
      description: 'The Android package name.',
    }),
  }),
});

export const PushProviderRef = builder.objectRef<PushProviderResponse>('PushProviderConfig').implement({
  description: 'A configured push provider: credentials (shown only when the gateway reveals secrets) and templates.',
  interfaces: [PushProviderSettingsRef],
  fields: (t) => ({
    apnSandboxCertificate: t.exposeBoolean('apn_sandbox_certificate', {
      nullable: true,
      description: 'Whether the APN certificate is a sandbox one.',
    }),
    apnSupportsRemoteNotifications: t.exposeBoolean('apn_supports_remote_notifications', {
      nullable: true,
      description: 'Whether the APN certificate allows remote notifications.',
    }),
    apnSupportsVoipNotifications: t.exposeBoolean('apn_supports_voip_notifications', {
      nullable: true,
      description: 'Whether the APN certificate allows VoIP notifications.',
    }),
  }),
});

export const PushTemplateRef = builder.objectRef<PushTemplateResponse>('PushTemplate').implement({
  description: 'The template a push provider renders for one event type.',
  fields: (t) => ({
    eventType: t.exposeString('event_type', { description: 'The event the template renders, e.g. message.new.' }),
    enablePush: t.exposeBoolean('enable_push', { description: 'Whether this event sends a push at all.' }),
    template: t.exposeString('template', {
      nullable: true,
      description: 'The template text (JSON with placeholders).',
    }),
    pushProviderInternalId: t.exposeString('push_provider_internal_id', {
      description: "Stream's internal id of the provider the template belongs to.",
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the template was first saved.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the template last changed.' }),
  }),
});

/** One entry of checkPush's `device_errors` map, keyed by device id. */
interface PushDeviceError {
  deviceId: string;
  provider: string;
  providerName: string;
  errorMessage: string;
}

export const PushDeviceErrorRef = builder.objectRef<PushDeviceError>('PushDeviceError').implement({
  description: 'Why a push could not go to one of the user’s devices.',
  fields: (t) => ({
    deviceId: t.exposeID('deviceId', { description: 'The device token the error is about.' }),
    provider: t.exposeString('provider', { description: 'The push service of the device.' }),
    providerName: t.exposeString('providerName', { description: 'The provider name the device uses, if any.' }),
    errorMessage: t.exposeString('errorMessage', { description: 'What went wrong.' }),
  }),
});

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** checkPush's `device_errors` map as a list. */
function pushDeviceErrors(map: Record<string, unknown> | undefined): PushDeviceError[] | null {
  if (!map) return null;
  return Object.entries(map).map(([deviceId, value]) => {
    const info = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    return {
      deviceId,
      provider: text(info.provider),
      providerName: text(info.provider_name),
      errorMessage: text(info.error_message),
    };
  });
}

export const CheckPushPayloadRef = builder.objectRef<CheckPushResponse>('CheckPushPayload').implement({
  description: 'What a push for the user would look like, and what would stop it.',
  fields: (t) => ({
    eventType: t.exposeString('event_type', { nullable: true, description: 'The event that was rendered.' }),
    skipDevices: t.exposeBoolean('skip_devices', {
      nullable: true,
      description: 'Whether device checks were skipped.',
    }),
    renderedApnTemplate: t.exposeString('rendered_apn_template', {
      nullable: true,
      description: 'The APN payload as it would be sent.',
    }),
    renderedFirebaseTemplate: t.exposeString('rendered_firebase_template', {
      nullable: true,
      description: 'The Firebase notification payload as it would be sent.',
    }),
    renderedMessage: t.expose('rendered_message', {
      type: 'JSONObject',
      nullable: true,
      description: 'The Firebase data message as it would be sent (string values).',
    }),
    generalErrors: t.exposeStringList('general_errors', {
      nullable: true,
      description: 'Problems not tied to one device (no devices, bad templates...).',
    }),
    deviceErrors: t.field({
      type: [PushDeviceErrorRef],
      nullable: true,
      description: 'Problems per device of the user.',
      resolve: (answer) => pushDeviceErrors(answer.device_errors),
    }),
  }),
});

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

function userPushPreferences(map: Record<string, PushPreferencesResponse>): UserPushPreferences[] {
  return Object.entries(map).map(([userId, preferences]) => ({ userId, preferences }));
}

function channelPushPreferences(
  map: Record<string, Record<string, ChannelPushPreferencesResponse>>,
): ChannelPushPreferences[] {
  return Object.entries(map).flatMap(([userId, channels]) =>
    Object.entries(channels).map(([channelCid, preferences]) => ({ userId, channelCid, preferences })),
  );
}

export const ChatPushPreferencesRef = builder.objectRef<ChatPushPreferences>('ChatPushPreferences').implement({
  description: 'Which kinds of chat message send a push (all or none each).',
  fields: (t) => ({
    channelMentions: t.exposeString('channel_mentions', { nullable: true, description: '@channel mentions.' }),
    defaultPreference: t.exposeString('default_preference', {
      nullable: true,
      description: 'Anything not set otherwise.',
    }),
    directMentions: t.exposeString('direct_mentions', { nullable: true, description: 'Mentions of the user by name.' }),
    groupMentions: t.exposeString('group_mentions', {
      nullable: true,
      description: 'Mentions of a user group the user is in.',
    }),
    hereMentions: t.exposeString('here_mentions', { nullable: true, description: '@here mentions.' }),
    roleMentions: t.exposeString('role_mentions', { nullable: true, description: 'Mentions of a role the user has.' }),
    threadReplies: t.exposeString('thread_replies', {
      nullable: true,
      description: 'Replies in threads the user is in.',
    }),
  }),
});

export const FeedsPushPreferencesRef = builder.objectRef<FeedsPushPreferences>('FeedsPushPreferences').implement({
  description: 'Which kinds of feed activity send a push (all or none each).',
  fields: (t) => ({
    comment: t.exposeString('comment', { nullable: true, description: 'Comments.' }),
    commentMention: t.exposeString('comment_mention', { nullable: true, description: 'Mentions in comments.' }),
    commentReaction: t.exposeString('comment_reaction', { nullable: true, description: 'Reactions to comments.' }),
    commentReply: t.exposeString('comment_reply', { nullable: true, description: 'Replies to comments.' }),
    follow: t.exposeString('follow', { nullable: true, description: 'New followers.' }),
    mention: t.exposeString('mention', { nullable: true, description: 'Mentions in activities.' }),
    reaction: t.exposeString('reaction', { nullable: true, description: 'Reactions to activities.' }),
    customActivityTypes: t.expose('custom_activity_types', {
      type: 'JSONObject',
      nullable: true,
      description: 'Per custom activity type: all or none.',
    }),
  }),
});

export const PushPreferencesRef = builder.objectRef<UserPushPreferences>('PushPreferences').implement({
  description: "A user's push preferences across all channels.",
  fields: (t) => ({
    userId: t.exposeID('userId', { description: 'Whose preferences these are.' }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'Whose preferences these are (users of one answer load in one batch).',
      resolve: ({ userId }, _args, { loaders }) => loaders.users.load(userId),
    }),
    chatLevel: t.string({
      nullable: true,
      description: 'Which chat messages push (all, mentions, none...); unset means the app default.',
      resolve: ({ preferences }) => preferences.chat_level,
    }),
    callLevel: t.string({
      nullable: true,
      description: 'Whether calls push (all or none).',
      resolve: ({ preferences }) => preferences.call_level,
    }),
    feedsLevel: t.string({
      nullable: true,
      description: 'Whether feed activity pushes (all or none).',
      resolve: ({ preferences }) => preferences.feeds_level,
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
    userId: t.exposeID('userId', { description: 'Whose preferences these are.' }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'Whose preferences these are (users of one answer load in one batch).',
      resolve: ({ userId }, _args, { loaders }) => loaders.users.load(userId),
    }),
    channelCid: t.exposeString('channelCid', { description: 'The channel, as type:id.' }),
    chatLevel: t.string({
      nullable: true,
      description: 'Which messages of this channel push.',
      resolve: ({ preferences }) => preferences.chat_level,
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

export const UpdatePushNotificationPreferencesPayloadRef = builder
  .objectRef<UpsertPushPreferencesResponse>('UpdatePushNotificationPreferencesPayload')
  .implement({
    description: 'The preferences of every user the update touched, as they are now.',
    fields: (t) => ({
      userPreferences: t.field({
        type: [PushPreferencesRef],
        description: 'General preferences of each user touched, edited or not.',
        resolve: (answer) => userPushPreferences(answer.user_preferences),
      }),
      userChannelPreferences: t.field({
        type: [ChannelPushPreferencesRef],
        description: 'Channel preferences that the update changed.',
        resolve: (answer) => channelPushPreferences(answer.user_channel_preferences),
      }),
    }),
  });

export const ChatPushPreferencesInput = builder.inputType('ChatPushPreferencesInput', {
  description: 'Which kinds of chat message send a push.',
  fields: (t) => ({
    channelMentions: t.field({ type: PushToggle, description: '@channel mentions.' }),
    defaultPreference: t.field({ type: PushToggle, description: 'Anything not set otherwise.' }),
    directMentions: t.field({ type: PushToggle, description: 'Mentions of the user by name.' }),
    groupMentions: t.field({ type: PushToggle, description: 'Mentions of a user group the user is in.' }),
    hereMentions: t.field({ type: PushToggle, description: '@here mentions.' }),
    roleMentions: t.field({ type: PushToggle, description: 'Mentions of a role the user has.' }),
    threadReplies: t.field({ type: PushToggle, description: 'Replies in threads the user is in.' }),
  }),
});

export const FeedsPushPreferencesInput = builder.inputType('FeedsPushPreferencesInput', {
  description: 'Which kinds of feed activity send a push.',
  fields: (t) => ({
    comment: t.field({ type: PushToggle, description: 'Comments.' }),
    commentMention: t.field({ type: PushToggle, description: 'Mentions in comments.' }),
    commentReaction: t.field({ type: PushToggle, description: 'Reactions to comments.' }),
    commentReply: t.field({ type: PushToggle, description: 'Replies to comments.' }),
    follow: t.field({ type: PushToggle, description: 'New followers.' }),
    mention: t.field({ type: PushToggle, description: 'Mentions in activities.' }),
    reaction: t.field({ type: PushToggle, description: 'Reactions to activities.' }),
    customActivityTypes: t.field({ type: 'JSONObject', description: 'Per custom activity type: "all" or "none".' }),
  }),
});

export const PushPreferenceInput = builder.inputType('PushPreferenceInput', {
  description: "One change to a user's push preferences, app-wide or (with channelCid) for one channel.",
  fields: (t) => ({
    userId: t.id({ description: 'Whose preferences; user callers may only name themselves (and default to it).' }),
    channelCid: t.string({ description: 'Limit the change to this channel (type:id).' }),
    chatLevel: t.field({ type: ChatPushLevel, description: 'Which chat messages push.' }),
    callLevel: t.field({ type: PushLevel, description: 'Whether calls push.' }),
    feedsLevel: t.field({ type: PushLevel, description: 'Whether feed activity pushes.' }),
    chatPreferences: t.field({ type: ChatPushPreferencesInput, description: 'Finer chat settings.' }),
    feedsPreferences: t.field({ type: FeedsPushPreferencesInput, description: 'Finer feeds settings.' }),
    disabledUntil: t.field({ type: 'DateTime', description: 'Pause pushes until then.' }),
    removeDisable: t.boolean({ description: 'Lift a pause set with disabledUntil.' }),
  }),
});

export const UpdatePushNotificationPreferencesInput = builder.inputType('UpdatePushNotificationPreferencesInput', {
  description: 'Changes to push preferences, applied in order.',
  fields: (t) => ({
    preferences: t.field({ type: [PushPreferenceInput], required: true, description: 'The changes.' }),
  }),
});

export const CheckPushInput = builder.inputType('CheckPushInput', {
  description: 'Renders a push for a user without sending it, optionally with trial templates.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user whose devices and settings are checked.' }),
    eventType: t.field({ type: PushCheckEventType, description: 'The event to render (message.new when left out).' }),
    messageId: t.string({ description: 'Render this message rather than a sample one.' }),
    pushProviderType: t.field({ type: PushProvider, description: 'Check only this kind of provider.' }),
    pushProviderName: t.string({ description: 'Check only the provider of this name.' }),
    apnTemplate: t.string({ description: 'Try this APN template instead of the saved one.' }),
    firebaseTemplate: t.string({ description: 'Try this Firebase notification template instead of the saved one.' }),
    firebaseDataTemplate: t.string({ description: 'Try this Firebase data template instead of the saved one.' }),
    skipDevices: t.boolean({ description: "Render only; don't check the user's devices." }),
  }),
});

export const UpsertPushProviderInput = builder.inputType('UpsertPushProviderInput', {
  description: 'A push provider to add, or to change when one of that type and name exists.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The provider name (1 to 36 characters), unique per type.' }),
    type: t.field({ type: PushProvider, required: true, description: 'Which push service.' }),
    description: t.string({ description: 'A note about the provider.' }),
    disabledAt: t.field({ type: 'DateTime', description: 'Switch the provider off from then on.' }),
    disabledReason: t.string({ description: 'Why it is switched off (at most 255 characters).' }),
    apnAuthKey: t.string({ description: 'APN token-auth private key (.p8 contents).' }),
    apnAuthType: t.string({ description: 'APN authentication: token or certificate.' }),
    apnDevelopment: t.boolean({ description: 'Use the APN sandbox.' }),
    apnHost: t.string({ description: 'A custom APN host.' }),
    apnKeyId: t.string({ description: 'The APN key id.' }),
    apnNotificationTemplate: t.string({ description: 'Template of APN notifications.' }),
    apnP12Cert: t.string({ description: 'APN p12 certificate, base64.' }),
    apnTeamId: t.string({ description: 'The Apple team id.' }),
    apnTopic: t.string({ description: 'The APN topic (bundle id).' }),
    firebaseApnTemplate: t.string({ description: 'Template of the APN part of Firebase messages.' }),
    firebaseCredentials: t.string({ description: 'Firebase service account key (JSON).' }),
    firebaseDataTemplate: t.string({ description: 'Template of the Firebase data payload.' }),
    firebaseHost: t.string({ description: 'A custom Firebase host.' }),
    firebaseNotificationTemplate: t.string({ description: 'Template of the Firebase notification payload.' }),
    firebaseServerKey: t.string({ description: 'Legacy Firebase server key.' }),
    huaweiAppId: t.string({ description: 'The Huawei app id.' }),
    huaweiAppSecret: t.string({ description: 'The Huawei app secret.' }),
    xiaomiAppSecret: t.string({ description: 'The Xiaomi app secret.' }),
    xiaomiPackageName: t.string({ description: 'The Android package name for Xiaomi.' }),
  }),
});

export const UpsertPushProviderPayloadRef = builder
  .objectRef<UpsertPushProviderResponse>('UpsertPushProviderPayload')
  .implement({
    description: 'The push provider as saved.',
    fields: (t) => ({
      pushProvider: t.field({
        type: PushProviderRef,
        description: 'The provider.',
        resolve: (answer) => answer.push_provider,
      }),
    }),
  });

export const DeletePushProviderInput = builder.inputType('DeletePushProviderInput', {
  description: 'The push provider to remove.',
  fields: (t) => ({
    type: t.field({ type: PushProvider, required: true, description: 'Its push service.' }),
    name: t.string({ required: true, description: 'Its name.' }),
  }),
});

export const DeletePushProviderPayloadRef = builder
  .objectRef<{ type: 'apn' | 'firebase' | 'huawei' | 'xiaomi'; name: string }>('DeletePushProviderPayload')
  .implement({
    description: 'The push provider that was removed, with its templates.',
    fields: (t) => ({
      type: t.expose('type', { type: PushProvider, description: 'Its push service.' }),
      name: t.exposeString('name', { description: 'Its name.' }),
    }),
  });

export const UpsertPushTemplateInput = builder.inputType('UpsertPushTemplateInput', {
  description: 'The template of one event type for a provider (or for every provider of a type).',
  fields: (t) => ({
    eventType: t.field({ type: PushTemplateEventType, required: true, description: 'The event it renders.' }),
    pushProviderType: t.field({ type: PushProvider, required: true, description: 'The push service.' }),
    pushProviderName: t.string({ description: 'One provider of that service; all of them when left out.' }),
    enablePush: t.boolean({ description: 'Whether this event sends a push at all.' }),
    template: t.string({ description: 'The template text; it must render to JSON.' }),
  }),
});

export const UpsertPushTemplatePayloadRef = builder
  .objectRef<UpsertPushTemplateResponse>('UpsertPushTemplatePayload')
  .implement({
    description: 'The template as saved.',
    fields: (t) => ({
      template: t.field({
        type: PushTemplateRef,
        nullable: true,
        description: 'The template.',
        resolve: (answer) => answer.template,
      }),
    }),
  });
