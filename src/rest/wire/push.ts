import { Type, type StaticDecode } from '@sinclair/typebox';
import { DateTime, JsonObject, StringEnum } from './primitives.js';
import { Answer, Timestamps } from './shared.js';

/** The kinds of push provider: the services Stream delivers pushes through. */
export const PUSH_PROVIDER_TYPES = ['firebase', 'apn', 'huawei', 'xiaomi'] as const;
export const PushProviderType = StringEnum(PUSH_PROVIDER_TYPES);
export type PushProviderType = (typeof PUSH_PROVIDER_TYPES)[number];

/** The events a push template can be written for. */
export const PUSH_TEMPLATE_EVENT_TYPES = [
  'message.new',
  'message.updated',
  'reaction.new',
  'notification.reminder_due',
  'feeds.activity.added',
  'feeds.comment.added',
  'feeds.activity.reaction.added',
  'feeds.comment.reaction.added',
  'feeds.follow.created',
  'feeds.notification_feed.updated',
] as const;
export const PushTemplateEventType = StringEnum(PUSH_TEMPLATE_EVENT_TYPES);

/** The events checkPush can render a notification for. */
export const PUSH_CHECK_EVENT_TYPES = [
  'message.new',
  'message.updated',
  'reaction.new',
  'reaction.updated',
  'notification.reminder_due',
] as const;
export const PushCheckEventType = StringEnum(PUSH_CHECK_EVENT_TYPES);

/** Whether one kind of notification is sent (chat and feeds preferences). */
export const PUSH_TOGGLES = ['all', 'none'] as const;
export const PushToggle = StringEnum(PUSH_TOGGLES);

/** How much of calls or feeds sends pushes; `default` drops the override. */
export const PUSH_LEVELS = ['all', 'none', 'default'] as const;
export const PushLevel = StringEnum(PUSH_LEVELS);

/** Which chat messages send pushes; `default` drops the override. */
export const CHAT_PUSH_LEVELS = ['all', 'mentions', 'direct_mentions', 'all_mentions', 'none', 'default'] as const;
export const ChatPushLevel = StringEnum(CHAT_PUSH_LEVELS);

export const ChatPreferencesInput = Type.Object({
  channel_mentions: Type.Optional(PushToggle),
  default_preference: Type.Optional(PushToggle),
  direct_mentions: Type.Optional(PushToggle),
  group_mentions: Type.Optional(PushToggle),
  here_mentions: Type.Optional(PushToggle),
  role_mentions: Type.Optional(PushToggle),
  thread_replies: Type.Optional(PushToggle),
});
export type ChatPreferencesInput = StaticDecode<typeof ChatPreferencesInput>;

/** What checkPush renders: which event, through which providers, with which trial templates. */
export const CheckPushRequest = Type.Object({
  apn_template: Type.Optional(Type.String()),
  event_type: Type.Optional(PushCheckEventType),
  firebase_data_template: Type.Optional(Type.String()),
  firebase_template: Type.Optional(Type.String()),
  message_id: Type.Optional(Type.String()),
  push_provider_name: Type.Optional(Type.String()),
  push_provider_type: Type.Optional(PushProviderType),
  skip_devices: Type.Optional(Type.Boolean()),
});
export type CheckPushRequest = StaticDecode<typeof CheckPushRequest>;

export const CheckPushResponse = Answer({
  device_errors: Type.Optional(JsonObject),
  event_type: Type.Optional(Type.String()),
  general_errors: Type.Optional(Type.Array(Type.String())),
  rendered_apn_template: Type.Optional(Type.String()),
  rendered_firebase_template: Type.Optional(Type.String()),
  rendered_message: Type.Optional(JsonObject),
  skip_devices: Type.Optional(Type.Boolean()),
});
export type CheckPushResponse = StaticDecode<typeof CheckPushResponse>;

export const FeedsPreferences = Type.Object({
  comment: Type.Optional(PushToggle),
  comment_mention: Type.Optional(PushToggle),
  comment_reaction: Type.Optional(PushToggle),
  comment_reply: Type.Optional(PushToggle),
  custom_activity_types: Type.Optional(JsonObject),
  follow: Type.Optional(PushToggle),
  mention: Type.Optional(PushToggle),
  reaction: Type.Optional(PushToggle),
});
export type FeedsPreferences = StaticDecode<typeof FeedsPreferences>;

export const PushTemplateResponse = Type.Composite([
  Timestamps,
  Type.Object({
    enable_push: Type.Boolean(),
    event_type: Type.String(),
    push_provider_internal_id: Type.String(),
    template: Type.Optional(Type.String()),
  }),
]);
export type PushTemplateResponse = StaticDecode<typeof PushTemplateResponse>;

export const GetPushTemplatesResponse = Answer({
  templates: Type.Array(PushTemplateResponse),
});
export type GetPushTemplatesResponse = StaticDecode<typeof GetPushTemplatesResponse>;

/** The credentials and state every form of a push provider carries (request, answer, app settings). */
export const PushProviderCredentials = Type.Object({
  apn_auth_key: Type.Optional(Type.String()),
  apn_auth_type: Type.Optional(Type.String()),
  apn_development: Type.Optional(Type.Boolean()),
  apn_host: Type.Optional(Type.String()),
  apn_key_id: Type.Optional(Type.String()),
  apn_p12_cert: Type.Optional(Type.String()),
  apn_team_id: Type.Optional(Type.String()),
  apn_topic: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  disabled_at: Type.Optional(DateTime),
  firebase_apn_template: Type.Optional(Type.String()),
  firebase_credentials: Type.Optional(Type.String()),
  firebase_data_template: Type.Optional(Type.String()),
  firebase_host: Type.Optional(Type.String()),
  firebase_notification_template: Type.Optional(Type.String()),
  firebase_server_key: Type.Optional(Type.String()),
  huawei_app_id: Type.Optional(Type.String()),
  huawei_app_secret: Type.Optional(Type.String()),
  xiaomi_app_secret: Type.Optional(Type.String()),
  xiaomi_package_name: Type.Optional(Type.String()),
});
export type PushProviderCredentials = StaticDecode<typeof PushProviderCredentials>;

/** A push provider as Stream answers it, wherever it lists one (the provider endpoints, the app settings). */
export const PushProviderRecord = Type.Composite([
  PushProviderCredentials,
  Timestamps,
  Type.Object({
    disabled_reason: Type.Optional(Type.String()),
    name: Type.String(),
    type: Type.String(),
  }),
]);

export const PushProviderResponse = Type.Composite([
  PushProviderRecord,
  Type.Object({
    apn_sandbox_certificate: Type.Optional(Type.Boolean()),
    apn_supports_remote_notifications: Type.Optional(Type.Boolean()),
    apn_supports_voip_notifications: Type.Optional(Type.Boolean()),
  }),
]);
export type PushProviderResponse = StaticDecode<typeof PushProviderResponse>;

export const PushProviderRequest = Type.Composite([
  PushProviderCredentials,
  Type.Object({
    apn_notification_template: Type.Optional(Type.String()),
    disabled_reason: Type.Optional(Type.String({ maxLength: 255 })),
    name: Type.String({ minLength: 1, maxLength: 36 }),
    type: Type.Optional(Type.String()),
  }),
]);
export type PushProviderRequest = StaticDecode<typeof PushProviderRequest>;

export const ListPushProvidersResponse = Answer({
  push_providers: Type.Array(PushProviderResponse),
});
export type ListPushProvidersResponse = StaticDecode<typeof ListPushProvidersResponse>;

export const PushPreferenceInput = Type.Object({
  call_level: Type.Optional(PushLevel),
  channel_cid: Type.Optional(Type.String()),
  chat_level: Type.Optional(ChatPushLevel),
  chat_preferences: Type.Optional(ChatPreferencesInput),
  disabled_until: Type.Optional(DateTime),
  feeds_level: Type.Optional(PushLevel),
  feeds_preferences: Type.Optional(FeedsPreferences),
  remove_disable: Type.Optional(Type.Boolean()),
  user_id: Type.Optional(Type.String()),
});
export type PushPreferenceInput = StaticDecode<typeof PushPreferenceInput>;

const ChatPreferencesResponse = Type.Object({
  channel_mentions: Type.Optional(Type.String()),
  default_preference: Type.Optional(Type.String()),
  direct_mentions: Type.Optional(Type.String()),
  group_mentions: Type.Optional(Type.String()),
  here_mentions: Type.Optional(Type.String()),
  role_mentions: Type.Optional(Type.String()),
  thread_replies: Type.Optional(Type.String()),
});

const FeedsPreferencesResponse = Type.Object({
  comment: Type.Optional(Type.String()),
  comment_mention: Type.Optional(Type.String()),
  comment_reaction: Type.Optional(Type.String()),
  comment_reply: Type.Optional(Type.String()),
  custom_activity_types: Type.Optional(Type.Record(Type.String(), Type.String())),
  follow: Type.Optional(Type.String()),
  mention: Type.Optional(Type.String()),
  reaction: Type.Optional(Type.String()),
});

export const PushPreferencesResponse = Type.Object({
  call_level: Type.Optional(Type.String()),
  chat_level: Type.Optional(Type.String()),
  chat_preferences: Type.Optional(ChatPreferencesResponse),
  disabled_until: Type.Optional(DateTime),
  feeds_level: Type.Optional(Type.String()),
  feeds_preferences: Type.Optional(FeedsPreferencesResponse),
});
export type PushPreferencesResponse = StaticDecode<typeof PushPreferencesResponse>;

export const ChannelPushPreferencesResponse = Type.Object({
  chat_level: Type.Optional(Type.String()),
  chat_preferences: Type.Optional(ChatPreferencesResponse),
  disabled_until: Type.Optional(DateTime),
});
export type ChannelPushPreferencesResponse = StaticDecode<typeof ChannelPushPreferencesResponse>;

export const UpsertPushPreferencesResponse = Answer({
  /** Per user, then per channel cid. */
  user_channel_preferences: Type.Record(Type.String(), Type.Record(Type.String(), ChannelPushPreferencesResponse)),
  /** Per user. */
  user_preferences: Type.Record(Type.String(), PushPreferencesResponse),
});
export type UpsertPushPreferencesResponse = StaticDecode<typeof UpsertPushPreferencesResponse>;

export const UpsertPushProviderResponse = Answer({
  push_provider: PushProviderResponse,
});
export type UpsertPushProviderResponse = StaticDecode<typeof UpsertPushProviderResponse>;

export const UpsertPushTemplateResponse = Answer({
  template: Type.Optional(PushTemplateResponse),
});
export type UpsertPushTemplateResponse = StaticDecode<typeof UpsertPushTemplateResponse>;
