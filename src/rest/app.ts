import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { DateTime, JsonObject } from './wire/primitives.js';
import {
  APNConfig,
  AsyncModerationConfiguration,
  ChatPrimaryUseCase,
  EnforceUniqueUsernames,
  CheckSNSResponse,
  CheckSQSResponse,
  DataDogInfo,
  EventHook,
  FileUploadConfig,
  FirebaseConfig,
  GetApplicationResponse,
  HuaweiConfig,
  ModerationDashboardPreferences,
  PushConfig,
  PermissionVersion,
  VideoPrimaryUseCase,
  XiaomiConfig,
} from './wire/app.js';
import { GetOGResponse } from './wire/og.js';
import { GetRateLimitsResponse } from './wire/rateLimits.js';
import { Response } from './wire/shared.js';

/** Every app setting updateApp can change; each is optional, and what is left out stays. */
const UpdateAppRequest = Type.Object({
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

export const getApp = defineOperation({
  name: 'getApp',
  method: 'GET',
  path: '/api/v2/app',
  response: GetApplicationResponse,
});

export const updateApp = defineOperation({
  name: 'updateApp',
  method: 'PATCH',
  path: '/api/v2/app',
  body: UpdateAppRequest,
  response: Response,
});

export const checkSNS = defineOperation({
  name: 'checkSNS',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/check_sns',
  body: Type.Pick(UpdateAppRequest, ['sns_key', 'sns_secret', 'sns_topic_arn']),
  response: CheckSNSResponse,
});

export const checkSQS = defineOperation({
  name: 'checkSQS',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/check_sqs',
  body: Type.Pick(UpdateAppRequest, ['sqs_key', 'sqs_secret', 'sqs_url']),
  response: CheckSQSResponse,
});

export const getOG = defineOperation({
  name: 'getOG',
  method: 'GET',
  path: '/api/v2/og',
  query: Type.Object({
    url: Type.String(),
  }),
  response: GetOGResponse,
});

export const getRateLimits = defineOperation({
  name: 'getRateLimits',
  method: 'GET',
  path: '/api/v2/rate_limits',
  query: Type.Object({
    server_side: Type.Optional(Type.Boolean()),
    android: Type.Optional(Type.Boolean()),
    ios: Type.Optional(Type.Boolean()),
    web: Type.Optional(Type.Boolean()),
    unity: Type.Optional(Type.Boolean()),
    endpoints: Type.Optional(Type.String()),
  }),
  response: GetRateLimitsResponse,
});
