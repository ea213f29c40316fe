import type { AppResponseFields } from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { revealSecret } from '../../graphql/secrets.js';
import {
  EventHookRef,
  FileUploadConfigRef,
  DatadogInfoRef,
  GeofenceRef,
  ModerationDashboardPreferencesRef,
} from './settings.js';
import { AppPushNotificationsRef } from './pushConfig.js';
import { ChatPrimaryUseCase, EnforceUniqueUsernames, PermissionVersion, VideoPrimaryUseCase } from './enums.js';

/** Secret strings the wire always carries (empty when unset) stay non-null in the graph. */
function requiredSecret(value: string, context: Parameters<typeof revealSecret>[1]): string {
  return revealSecret(value, context) ?? '';
}

export const AppRef = builder.objectRef<AppResponseFields>('App').implement({
  description: 'The Stream app’s settings. Secret-bearing fields are redacted unless the gateway reveals secrets.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'The app’s numeric id.' }),
    name: t.exposeString('name', { description: 'The app name.' }),
    organization: t.exposeString('organization', { description: 'The organization that owns the app.' }),
    placement: t.exposeString('placement', { description: 'Where the app’s data lives (region).' }),
    suspended: t.exposeBoolean('suspended', { description: 'Whether Stream suspended the app.' }),
    suspendedExplanation: t.exposeString('suspended_explanation', { description: 'Why it was suspended.' }),
    ...openEnumFields(t, PermissionVersion, 'permissionVersion', {
      description: 'The permission system in use.',
      wire: (app) => app.permission_version,
    }),
    disableAuthChecks: t.exposeBoolean('disable_auth_checks', {
      description: 'Whether tokens are not checked (dev only).',
    }),
    disablePermissionsChecks: t.exposeBoolean('disable_permissions_checks', {
      description: 'Whether permissions are not checked (dev only).',
    }),
    allowMultiUserDevices: t.exposeBoolean('allow_multi_user_devices', {
      description: 'Whether one device may be registered for several users.',
    }),
    allowedFlagReasons: t.exposeStringList('allowed_flag_reasons', {
      nullable: true,
      description: 'Reasons users may give when flagging.',
    }),
    asyncUrlEnrichEnabled: t.exposeBoolean('async_url_enrich_enabled', {
      description: 'Whether link previews are added after a message is sent.',
    }),
    autoTranslationEnabled: t.exposeBoolean('auto_translation_enabled', {
      description: 'Whether messages are translated.',
    }),
    beforeMessageSendHookUrl: t.exposeString('before_message_send_hook_url', {
      nullable: true,
      description: 'A URL called before each message is sent.',
    }),
    beforeMessageSendHookAttemptTimeoutMs: t.exposeInt('before_message_send_hook_attempt_timeout_ms', {
      nullable: true,
      description: 'How long one call of the before-send hook may take, in milliseconds.',
    }),
    ...openEnumFields(t, ChatPrimaryUseCase, 'chatPrimaryUseCase', {
      description: 'What the app mainly uses chat for.',
      nullable: true,
      wire: (app) => app.chat_primary_use_case,
    }),
    ...openEnumFields(t, VideoPrimaryUseCase, 'videoPrimaryUseCase', {
      description: 'What the app mainly uses video for.',
      nullable: true,
      wire: (app) => app.video_primary_use_case,
    }),
    feedAuditLogsEnabled: t.boolean({
      description: 'Whether changes to feeds are written to audit logs (false when Stream leaves it out).',
      resolve: (app) => app.feed_audit_logs_enabled ?? false,
    }),
    memberCustomOnMessagesEnabled: t.boolean({
      description:
        'Whether messages carry their author’s channel-member custom data (false when Stream leaves it out).',
      resolve: (app) => app.member_custom_on_messages_enabled ?? false,
    }),
    customActionHandlerUrl: t.exposeString('custom_action_handler_url', {
      description: 'The URL that handles custom message actions.',
    }),
    campaignEnabled: t.exposeBoolean('campaign_enabled', { description: 'Whether campaigns are available.' }),
    cdnExpirationSeconds: t.exposeInt('cdn_expiration_seconds', {
      description: 'How long signed CDN URLs stay valid.',
    }),
    ...openEnumFields(t, EnforceUniqueUsernames, 'enforceUniqueUsernames', {
      description: 'Where user names must be unique.',
      wire: (app) => app.enforce_unique_usernames,
    }),
    guestUserCreationDisabled: t.exposeBoolean('guest_user_creation_disabled', {
      description: 'Whether guest users may not be created.',
    }),
    maxAggregatedActivitiesLength: t.exposeInt('max_aggregated_activities_length', {
      description: 'Most activities in one aggregated feed group.',
    }),
    multiTenantEnabled: t.exposeBoolean('multi_tenant_enabled', {
      description: 'Whether teams (multi-tenancy) are on.',
    }),
    remindersInterval: t.exposeInt('reminders_interval', { description: 'Seconds between reminder checks.' }),
    revokeTokensIssuedBefore: t.expose('revoke_tokens_issued_before', {
      type: 'DateTime',
      nullable: true,
      description: 'Tokens issued before then are refused.',
    }),
    useHookV2: t.exposeBoolean('use_hook_v2', { description: 'Whether the v2 webhook format is used.' }),
    userResponseTimeEnabled: t.exposeBoolean('user_response_time_enabled', {
      description: 'Whether users’ average response times are tracked.',
    }),
    userSearchDisallowedRoles: t.exposeStringList('user_search_disallowed_roles', {
      description: 'Roles whose users cannot search for other users.',
    }),
    imageModerationEnabled: t.exposeBoolean('image_moderation_enabled', {
      description: 'Whether images are moderated.',
    }),
    imageModerationLabels: t.exposeStringList('image_moderation_labels', {
      nullable: true,
      description: 'Labels image moderation looks for.',
    }),
    moderationEnabled: t.exposeBoolean('moderation_enabled', { description: 'Whether moderation is on.' }),
    moderationAudioCallModerationEnabled: t.exposeBoolean('moderation_audio_call_moderation_enabled', {
      description: 'Whether audio calls are moderated.',
    }),
    moderationVideoCallModerationEnabled: t.exposeBoolean('moderation_video_call_moderation_enabled', {
      description: 'Whether video calls are moderated.',
    }),
    moderationLlmConfigurabilityEnabled: t.exposeBoolean('moderation_llm_configurability_enabled', {
      description: 'Whether LLM moderation can be configured.',
    }),
    moderationMultitenantBlocklistEnabled: t.exposeBoolean('moderation_multitenant_blocklist_enabled', {
      description: 'Whether block lists can be per team.',
    }),
    moderationS3ImageAccessRoleArn: t.exposeString('moderation_s3_image_access_role_arn', {
      nullable: true,
      description: 'The IAM role moderation uses to read images from S3.',
    }),
    moderationOnboardingComplete: t.exposeBoolean('moderation_onboarding_complete', {
      nullable: true,
      description: 'Whether the moderation setup in the dashboard was finished.',
    }),
    moderationWebhookUrl: t.exposeString('moderation_webhook_url', {
      description: 'Where moderation events are sent.',
    }),
    moderationDashboardPreferences: t.expose('moderation_dashboard_preferences', {
      type: ModerationDashboardPreferencesRef,
      nullable: true,
      description: 'How the moderation dashboard behaves.',
    }),
    webhookUrl: t.exposeString('webhook_url', { description: 'Where app events are posted.' }),
    webhookEvents: t.exposeStringList('webhook_events', { description: 'The events posted to the webhook.' }),
    eventHooks: t.expose('event_hooks', { type: [EventHookRef], description: 'Destinations for app events.' }),
    snsKey: t.string({
      description: 'SNS access key (secret).',
      resolve: (app, _args, context) => requiredSecret(app.sns_key, context),
    }),
    snsSecret: t.string({
      description: 'SNS secret key (secret).',
      resolve: (app, _args, context) => requiredSecret(app.sns_secret, context),
    }),
    snsTopicArn: t.exposeString('sns_topic_arn', { description: 'The SNS topic events go to.' }),
    sqsKey: t.string({
      description: 'SQS access key (secret).',
      resolve: (app, _args, context) => requiredSecret(app.sqs_key, context),
    }),
    sqsSecret: t.string({
      description: 'SQS secret key (secret).',
      resolve: (app, _args, context) => requiredSecret(app.sqs_secret, context),
    }),
    sqsUrl: t.exposeString('sqs_url', { description: 'The SQS queue events go to.' }),
    fileUploadConfig: t.expose('file_upload_config', {
      type: FileUploadConfigRef,
      description: 'What file uploads are accepted.',
    }),
    imageUploadConfig: t.expose('image_upload_config', {
      type: FileUploadConfigRef,
      description: 'What image uploads are accepted.',
    }),
    datadogInfo: t.expose('datadog_info', {
      type: DatadogInfoRef,
      nullable: true,
      description: 'Datadog metrics reporting.',
    }),
    geofences: t.expose('geofences', {
      type: [GeofenceRef],
      nullable: true,
      description: 'Country sets channels can be limited to.',
    }),
    pushNotifications: t.expose('push_notifications', {
      type: AppPushNotificationsRef,
      description: 'How push notifications are sent.',
    }),
    activityMetricsConfig: t.expose('activity_metrics_config', {
      type: 'JSONObject',
      nullable: true,
      description: 'Which activity metrics are collected.',
    }),
    callTypes: t.expose('call_types', { type: 'JSONObject', description: 'Video call types, by name.' }),
    channelConfigs: t.expose('channel_configs', { type: 'JSONObject', description: 'Channel types, by name.' }),
    grants: t.expose('grants', { type: 'JSONObject', description: 'Permission ids granted to each role.' }),
    policies: t.expose('policies', { type: 'JSONObject', description: 'Permission policies (v1 permissions).' }),
  }),
});
