import { Type, type StaticDecode } from '@sinclair/typebox';
import { DateTime, JsonObject, StringEnum } from './primitives.js';
import { CallType, ChannelConfig } from './productConfigs.js';
import { PushProviderRecord, PushTemplateEventType } from './push.js';
import { Answer, Timestamps } from './shared.js';

/** How Stream authenticates with Apple. */
export const APN_AUTH_TYPES = ['certificate', 'token'] as const;
export const ApnAuthType = StringEnum(APN_AUTH_TYPES);

/** How Stream calls back with the result of an asynchronous moderation check. */
export const ASYNC_MODERATION_CALLBACK_MODES = [
  'CALLBACK_MODE_NONE',
  'CALLBACK_MODE_REST',
  'CALLBACK_MODE_TWIRP',
] as const;
export const AsyncModerationCallbackMode = StringEnum(ASYNC_MODERATION_CALLBACK_MODES);

/** Stream's push systems. */
export const PUSH_VERSIONS = ['v1', 'v2', 'v3'] as const;
export const PushVersion = StringEnum(PUSH_VERSIONS);

/** Where user names must be unique. */
export const ENFORCE_UNIQUE_USERNAMES = ['no', 'app', 'team'] as const;
export const EnforceUniqueUsernames = StringEnum(ENFORCE_UNIQUE_USERNAMES);

/** Stream's permission systems. */
export const PERMISSION_VERSIONS = ['v1', 'v2'] as const;
export const PermissionVersion = StringEnum(PERMISSION_VERSIONS);

export const APNConfigFields = Type.Object({
  auth_key: Type.Optional(Type.String()),
  auth_type: Type.Optional(Type.String()),
  bundle_id: Type.Optional(Type.String()),
  development: Type.Boolean(),
  enabled: Type.Boolean(),
  host: Type.Optional(Type.String()),
  key_id: Type.Optional(Type.String()),
  notification_template: Type.Optional(Type.String()),
  p12_cert: Type.Optional(Type.String()),
  team_id: Type.Optional(Type.String()),
});
export type APNConfigFields = StaticDecode<typeof APNConfigFields>;

export const DataDogInfo = Type.Object({
  api_key: Type.Optional(Type.String()),
  enabled: Type.Optional(Type.Boolean()),
  site: Type.Optional(Type.String()),
});
export type DataDogInfo = StaticDecode<typeof DataDogInfo>;

export const AsyncModerationCallbackConfig = Type.Object({
  mode: Type.Optional(AsyncModerationCallbackMode),
  server_url: Type.Optional(Type.String()),
});
export type AsyncModerationCallbackConfig = StaticDecode<typeof AsyncModerationCallbackConfig>;

export const WebhookFailoverConfig = Type.Object({
  gcs_bucket: Type.Optional(Type.String()),
  gcs_credentials: Type.Optional(Type.String()),
  gcs_path: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
});
export type WebhookFailoverConfig = StaticDecode<typeof WebhookFailoverConfig>;

export const EventHook = Type.Object({
  callback: Type.Optional(AsyncModerationCallbackConfig),
  created_at: Type.Optional(DateTime),
  enabled: Type.Optional(Type.Boolean()),
  event_types: Type.Optional(Type.Array(Type.String())),
  failover_config: Type.Optional(WebhookFailoverConfig),
  hook_type: Type.Optional(Type.String()),
  id: Type.Optional(Type.String()),
  product: Type.Optional(Type.String()),
  should_send_custom_events: Type.Optional(Type.Boolean()),
  sns_auth_type: Type.Optional(Type.String()),
  sns_event_based_message_group_id_enabled: Type.Optional(Type.Boolean()),
  sns_key: Type.Optional(Type.String()),
  sns_region: Type.Optional(Type.String()),
  sns_role_arn: Type.Optional(Type.String()),
  sns_secret: Type.Optional(Type.String()),
  sns_topic_arn: Type.Optional(Type.String()),
  sqs_auth_type: Type.Optional(Type.String()),
  sqs_key: Type.Optional(Type.String()),
  sqs_queue_url: Type.Optional(Type.String()),
  sqs_region: Type.Optional(Type.String()),
  sqs_role_arn: Type.Optional(Type.String()),
  sqs_secret: Type.Optional(Type.String()),
  timeout_ms: Type.Optional(Type.Integer()),
  updated_at: Type.Optional(DateTime),
  webhook_url: Type.Optional(Type.String()),
});
export type EventHook = StaticDecode<typeof EventHook>;

export const FileUploadConfig = Type.Object({
  allowed_file_extensions: Type.Optional(Type.Array(Type.String())),
  allowed_mime_types: Type.Optional(Type.Array(Type.String())),
  blocked_file_extensions: Type.Optional(Type.Array(Type.String())),
  blocked_mime_types: Type.Optional(Type.Array(Type.String())),
  size_limit: Type.Integer({ minimum: 0, maximum: 104_857_600 }),
});
export type FileUploadConfig = StaticDecode<typeof FileUploadConfig>;

export const GeofenceResponse = Type.Object({
  country_codes: Type.Optional(Type.Array(Type.String())),
  name: Type.String(),
  type: Type.Optional(Type.String()),
});
export type GeofenceResponse = StaticDecode<typeof GeofenceResponse>;

export const OverviewDashboardConfig = Type.Object({
  default_date_range_days: Type.Optional(Type.Integer()),
  visible_charts: Type.Optional(Type.Array(Type.String())),
});
export type OverviewDashboardConfig = StaticDecode<typeof OverviewDashboardConfig>;

export const ModerationDashboardPreferences = Type.Object({
  allowed_moderation_action_reasons: Type.Optional(Type.Array(Type.String())),
  async_review_queue_upsert: Type.Optional(Type.Boolean()),
  block_foreign_cdn_attachments: Type.Optional(Type.Boolean()),
  custom_views_enabled: Type.Optional(Type.Boolean()),
  disable_audit_logs: Type.Optional(Type.Boolean()),
  disable_flagging_reviewed_entity: Type.Optional(Type.Boolean()),
  escalation_queue_enabled: Type.Optional(Type.Boolean()),
  escalation_reasons: Type.Optional(Type.Array(Type.String())),
  filterable_custom_keys: Type.Optional(Type.Array(Type.String())),
  flag_user_on_flagged_content: Type.Optional(Type.Boolean()),
  include_attachment_payload: Type.Optional(Type.Boolean()),
  keyframe_classifications_map: Type.Optional(JsonObject),
  media_queue_blur_enabled: Type.Optional(Type.Boolean()),
  overview_dashboard: Type.Optional(OverviewDashboardConfig),
});
export type ModerationDashboardPreferences = StaticDecode<typeof ModerationDashboardPreferences>;

export const FirebaseConfigFields = Type.Object({
  apn_template: Type.Optional(Type.String()),
  credentials_json: Type.Optional(Type.String()),
  data_template: Type.Optional(Type.String()),
  enabled: Type.Boolean(),
  notification_template: Type.Optional(Type.String()),
  server_key: Type.Optional(Type.String()),
});
export type FirebaseConfigFields = StaticDecode<typeof FirebaseConfigFields>;

export const HuaweiConfigFields = Type.Object({
  enabled: Type.Boolean(),
  id: Type.Optional(Type.String()),
  secret: Type.Optional(Type.String()),
});
export type HuaweiConfigFields = StaticDecode<typeof HuaweiConfigFields>;

export const PushTemplate = Type.Composite([
  Timestamps,
  Type.Object({
    enable_push: Type.Boolean(),
    event_type: PushTemplateEventType,
    template: Type.Optional(Type.String()),
  }),
]);
export type PushTemplate = StaticDecode<typeof PushTemplate>;

/** A push provider as the app settings list it. */
export const PushProvider = Type.Composite([
  PushProviderRecord,
  Type.Object({
    apn_notification_template: Type.Optional(Type.String()),
    huawei_host: Type.Optional(Type.String()),
    push_templates: Type.Optional(Type.Array(PushTemplate)),
  }),
]);
export type PushProvider = StaticDecode<typeof PushProvider>;

export const XiaomiConfigFields = Type.Object({
  enabled: Type.Boolean(),
  package_name: Type.Optional(Type.String()),
  secret: Type.Optional(Type.String()),
});
export type XiaomiConfigFields = StaticDecode<typeof XiaomiConfigFields>;

export const PushNotificationFields = Type.Object({
  apn: APNConfigFields,
  firebase: FirebaseConfigFields,
  huawei: HuaweiConfigFields,
  offline_only: Type.Boolean(),
  providers: Type.Optional(Type.Array(PushProvider)),
  version: Type.String(),
  xiaomi: XiaomiConfigFields,
});
export type PushNotificationFields = StaticDecode<typeof PushNotificationFields>;

export const AppResponseFields = Type.Object({
  activity_metrics_config: Type.Optional(JsonObject),
  allow_multi_user_devices: Type.Boolean(),
  allowed_flag_reasons: Type.Optional(Type.Array(Type.String())),
  async_url_enrich_enabled: Type.Boolean(),
  auto_translation_enabled: Type.Boolean(),
  before_message_send_hook_attempt_timeout_ms: Type.Optional(Type.Integer()),
  before_message_send_hook_url: Type.Optional(Type.String()),
  call_types: Type.Record(Type.String(), CallType),
  campaign_enabled: Type.Boolean(),
  cdn_expiration_seconds: Type.Integer(),
  channel_configs: Type.Record(Type.String(), ChannelConfig),
  chat_primary_use_case: Type.Optional(Type.String()),
  custom_action_handler_url: Type.String(),
  datadog_info: Type.Optional(DataDogInfo),
  disable_auth_checks: Type.Boolean(),
  disable_permissions_checks: Type.Boolean(),
  enforce_unique_usernames: Type.String(),
  event_hooks: Type.Array(EventHook),
  /** Required in the spec, but newer than most deployments' answers: absent reads as false. */
  feed_audit_logs_enabled: Type.Optional(Type.Boolean()),
  file_upload_config: FileUploadConfig,
  geofences: Type.Optional(Type.Array(GeofenceResponse)),
  grants: JsonObject,
  guest_user_creation_disabled: Type.Boolean(),
  id: Type.Integer(),
  image_moderation_enabled: Type.Boolean(),
  image_moderation_labels: Type.Optional(Type.Array(Type.String())),
  image_upload_config: FileUploadConfig,
  max_aggregated_activities_length: Type.Integer(),
  /** Required in the spec, but newer than most deployments' answers: absent reads as false. */
  member_custom_on_messages_enabled: Type.Optional(Type.Boolean()),
  moderation_audio_call_moderation_enabled: Type.Boolean(),
  moderation_dashboard_preferences: Type.Optional(ModerationDashboardPreferences),
  moderation_enabled: Type.Boolean(),
  moderation_llm_configurability_enabled: Type.Boolean(),
  moderation_multitenant_blocklist_enabled: Type.Boolean(),
  moderation_onboarding_complete: Type.Optional(Type.Boolean()),
  moderation_s3_image_access_role_arn: Type.Optional(Type.String()),
  moderation_video_call_moderation_enabled: Type.Boolean(),
  moderation_webhook_url: Type.String(),
  multi_tenant_enabled: Type.Boolean(),
  name: Type.String(),
  organization: Type.String(),
  permission_version: Type.String(),
  placement: Type.String(),
  policies: JsonObject,
  push_notifications: PushNotificationFields,
  reminders_interval: Type.Integer(),
  revoke_tokens_issued_before: Type.Optional(DateTime),
  sns_key: Type.String(),
  sns_secret: Type.String(),
  sns_topic_arn: Type.String(),
  sqs_key: Type.String(),
  sqs_secret: Type.String(),
  sqs_url: Type.String(),
  suspended: Type.Boolean(),
  suspended_explanation: Type.String(),
  use_hook_v2: Type.Boolean(),
  user_response_time_enabled: Type.Boolean(),
  user_search_disallowed_roles: Type.Array(Type.String()),
  video_primary_use_case: Type.Optional(Type.String()),
  webhook_events: Type.Array(Type.String()),
  webhook_url: Type.String(),
});
export type AppResponseFields = StaticDecode<typeof AppResponseFields>;

export const AsyncModerationConfiguration = Type.Object({
  callback: Type.Optional(AsyncModerationCallbackConfig),
  timeout_ms: Type.Optional(Type.Integer()),
});
export type AsyncModerationConfiguration = StaticDecode<typeof AsyncModerationConfiguration>;

/** The outcomes checkSNS and checkSQS report (the seed: "One of: ok, error"). */
export const CHECK_STATUSES = ['ok', 'error'] as const;

export const CheckSNSResponse = Answer({
  data: Type.Optional(JsonObject),
  error: Type.Optional(Type.String()),
  status: Type.String(),
});
export type CheckSNSResponse = StaticDecode<typeof CheckSNSResponse>;

export const GetApplicationResponse = Answer({
  app: AppResponseFields,
});
export type GetApplicationResponse = StaticDecode<typeof GetApplicationResponse>;

export const PushConfig = Type.Object({
  offline_only: Type.Optional(Type.Boolean()),
  version: PushVersion,
});
export type PushConfig = StaticDecode<typeof PushConfig>;
