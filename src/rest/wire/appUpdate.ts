import { Type, type StaticDecode } from '@sinclair/typebox';
import { DateTime, JsonObject, StringEnum } from './primitives.js';
import {
  APNConfigFields,
  ApnAuthType,
  AsyncModerationConfiguration,
  DataDogInfo,
  EnforceUniqueUsernames,
  EventHook,
  FileUploadConfig,
  FirebaseConfigFields,
  HuaweiConfigFields,
  ModerationDashboardPreferences,
  PermissionVersion,
  PushConfig,
  XiaomiConfigFields,
} from './app.js';

/** What updateApp accepts as the app's main chat use case. */
export const CHAT_PRIMARY_USE_CASES = [
  'messaging',
  'customer-support',
  'community',
  'marketplace',
  'gaming',
  'telehealth',
  'on-demand',
  'workforce-management',
  'dating',
  'education',
  'financial',
  'sports',
  'real-money-gaming',
] as const;
export const ChatPrimaryUseCase = StringEnum(CHAT_PRIMARY_USE_CASES);

/** What updateApp accepts as the app's main video use case. */
export const VIDEO_PRIMARY_USE_CASES = [
  'video-calling',
  'voice-calling',
  'livestreaming',
  'audio-rooms',
  'ai-agents',
  'live-shopping',
  'other',
] as const;
export const VideoPrimaryUseCase = StringEnum(VIDEO_PRIMARY_USE_CASES);

/** Legacy single-provider settings that updateApp takes switch off with `Disabled` (sic). */
const ProviderSwitch = Type.Object({ Disabled: Type.Optional(Type.Boolean()) });

/** updateApp's form of each legacy provider: what the app answers with, optional, plus the switch. */
export const APNConfig = Type.Composite([
  ProviderSwitch,
  Type.Partial(Type.Omit(APNConfigFields, ['auth_type', 'enabled'])),
  Type.Object({ auth_type: Type.Optional(ApnAuthType) }),
]);
export type APNConfig = StaticDecode<typeof APNConfig>;

export const FirebaseConfig = Type.Composite([
  ProviderSwitch,
  Type.Partial(Type.Omit(FirebaseConfigFields, ['enabled'])),
]);
export type FirebaseConfig = StaticDecode<typeof FirebaseConfig>;

export const HuaweiConfig = Type.Composite([ProviderSwitch, Type.Partial(Type.Omit(HuaweiConfigFields, ['enabled']))]);
export type HuaweiConfig = StaticDecode<typeof HuaweiConfig>;

export const XiaomiConfig = Type.Composite([ProviderSwitch, Type.Partial(Type.Omit(XiaomiConfigFields, ['enabled']))]);
export type XiaomiConfig = StaticDecode<typeof XiaomiConfig>;

/** Every app setting updateApp can change; each is optional, and what is left out stays. */
export const UpdateAppRequest = Type.Object({
  activity_metrics_config: Type.Optional(JsonObject),
  allowed_flag_reasons: Type.Optional(Type.Array(Type.String())),
  apn_config: Type.Optional(APNConfig),
  async_moderation_config: Type.Optional(AsyncModerationConfiguration),
  async_url_enrich_enabled: Type.Optional(Type.Boolean()),
  auto_translation_enabled: Type.Optional(Type.Boolean()),
  before_message_send_hook_attempt_timeout_ms: Type.Optional(Type.Integer()),
  before_message_send_hook_url: Type.Optional(Type.String()),
  cdn_expiration_seconds: Type.Optional(Type.Integer({ minimum: 14_400, maximum: 1_209_600 })),
  channel_hide_members_only: Type.Optional(Type.Boolean()),
  chat_primary_use_case: Type.Optional(ChatPrimaryUseCase),
  custom_action_handler_url: Type.Optional(Type.String()),
  datadog_info: Type.Optional(DataDogInfo),
  disable_auth_checks: Type.Optional(Type.Boolean()),
  disable_permissions_checks: Type.Optional(Type.Boolean()),
  enable_hook_payload_compression: Type.Optional(Type.Boolean()),
  enforce_unique_usernames: Type.Optional(EnforceUniqueUsernames),
  event_hooks: Type.Optional(Type.Array(EventHook)),
  feed_audit_logs_enabled: Type.Optional(Type.Boolean()),
  feeds_moderation_enabled: Type.Optional(Type.Boolean()),
  feeds_v2_region: Type.Optional(Type.String()),
  file_upload_config: Type.Optional(FileUploadConfig),
  firebase_config: Type.Optional(FirebaseConfig),
  grants: Type.Optional(JsonObject),
  guest_user_creation_disabled: Type.Optional(Type.Boolean()),
  huawei_config: Type.Optional(HuaweiConfig),
  image_moderation_block_labels: Type.Optional(Type.Array(Type.String())),
  image_moderation_enabled: Type.Optional(Type.Boolean()),
  image_moderation_labels: Type.Optional(Type.Array(Type.String())),
  image_upload_config: Type.Optional(FileUploadConfig),
  max_aggregated_activities_length: Type.Optional(Type.Integer()),
  member_custom_on_messages_enabled: Type.Optional(Type.Boolean()),
  migrate_permissions_to_v2: Type.Optional(Type.Boolean()),
  moderation_analytics_enabled: Type.Optional(Type.Boolean()),
  moderation_dashboard_preferences: Type.Optional(ModerationDashboardPreferences),
  moderation_enabled: Type.Optional(Type.Boolean()),
  moderation_onboarding_complete: Type.Optional(Type.Boolean()),
  moderation_s3_image_access_role_arn: Type.Optional(Type.String()),
  moderation_webhook_url: Type.Optional(Type.String()),
  multi_tenant_enabled: Type.Optional(Type.Boolean()),
  permission_version: Type.Optional(PermissionVersion),
  push_config: Type.Optional(PushConfig),
  reminders_interval: Type.Optional(Type.Integer({ minimum: 60, maximum: 86_400 })),
  reminders_max_members: Type.Optional(Type.Integer({ minimum: 2 })),
  reminders_max_per_user: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  revoke_tokens_issued_before: Type.Optional(DateTime),
  sns_key: Type.Optional(Type.String()),
  sns_secret: Type.Optional(Type.String()),
  sns_topic_arn: Type.Optional(Type.String()),
  sqs_key: Type.Optional(Type.String()),
  sqs_secret: Type.Optional(Type.String()),
  sqs_url: Type.Optional(Type.String()),
  user_response_time_enabled: Type.Optional(Type.Boolean()),
  user_search_disallowed_roles: Type.Optional(Type.Array(Type.String(), { maxItems: 10 })),
  video_primary_use_case: Type.Optional(VideoPrimaryUseCase),
  webhook_events: Type.Optional(Type.Array(Type.String())),
  webhook_url: Type.Optional(Type.String()),
  xiaomi_config: Type.Optional(XiaomiConfig),
});
export type UpdateAppRequest = StaticDecode<typeof UpdateAppRequest>;
