import { AppResponseFields } from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
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
    ...wireFields(t, AppResponseFields, {
      id: 'The app’s numeric id.',
      name: 'The app name.',
      organization: 'The organization that owns the app.',
      placement: 'Where the app’s data lives (region).',
      suspended: 'Whether Stream suspended the app.',
      suspendedExplanation: 'Why it was suspended.',
    }),
    ...openEnumFields(t, PermissionVersion, 'permissionVersion', {
      description: 'The permission system in use.',
    }),
    ...wireFields(t, AppResponseFields, {
      disableAuthChecks: 'Whether tokens are not checked (dev only).',
      disablePermissionsChecks: 'Whether permissions are not checked (dev only).',
      allowMultiUserDevices: 'Whether one device may be registered for several users.',
      allowedFlagReasons: 'Reasons users may give when flagging.',
      asyncUrlEnrichEnabled: 'Whether link previews are added after a message is sent.',
      autoTranslationEnabled: 'Whether messages are translated.',
      beforeMessageSendHookUrl: 'A URL called before each message is sent.',
      beforeMessageSendHookAttemptTimeoutMs: 'How long one call of the before-send hook may take, in milliseconds.',
    }),
    ...openEnumFields(t, ChatPrimaryUseCase, 'chatPrimaryUseCase', {
      description: 'What the app mainly uses chat for.',
      nullable: true,
    }),
    ...openEnumFields(t, VideoPrimaryUseCase, 'videoPrimaryUseCase', {
      description: 'What the app mainly uses video for.',
      nullable: true,
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
    ...wireFields(t, AppResponseFields, {
      customActionHandlerUrl: 'The URL that handles custom message actions.',
      campaignEnabled: 'Whether campaigns are available.',
      cdnExpirationSeconds: 'How long signed CDN URLs stay valid.',
    }),
    ...openEnumFields(t, EnforceUniqueUsernames, 'enforceUniqueUsernames', {
      description: 'Where user names must be unique.',
    }),
    ...wireFields(t, AppResponseFields, {
      guestUserCreationDisabled: 'Whether guest users may not be created.',
      maxAggregatedActivitiesLength: 'Most activities in one aggregated feed group.',
      multiTenantEnabled: 'Whether teams (multi-tenancy) are on.',
      remindersInterval: 'Seconds between reminder checks.',
      revokeTokensIssuedBefore: 'Tokens issued before then are refused.',
      useHookV2: 'Whether the v2 webhook format is used.',
      userResponseTimeEnabled: 'Whether users’ average response times are tracked.',
      userSearchDisallowedRoles: 'Roles whose users cannot search for other users.',
      imageModerationEnabled: 'Whether images are moderated.',
      imageModerationLabels: 'Labels image moderation looks for.',
      moderationEnabled: 'Whether moderation is on.',
      moderationAudioCallModerationEnabled: 'Whether audio calls are moderated.',
      moderationVideoCallModerationEnabled: 'Whether video calls are moderated.',
      moderationLlmConfigurabilityEnabled: 'Whether LLM moderation can be configured.',
      moderationMultitenantBlocklistEnabled: 'Whether block lists can be per team.',
      moderationS3ImageAccessRoleArn: 'The IAM role moderation uses to read images from S3.',
      moderationOnboardingComplete: 'Whether the moderation setup in the dashboard was finished.',
      moderationWebhookUrl: 'Where moderation events are sent.',
    }),
    moderationDashboardPreferences: t.expose('moderation_dashboard_preferences', {
      type: ModerationDashboardPreferencesRef,
      nullable: true,
      description: 'How the moderation dashboard behaves.',
    }),
    ...wireFields(t, AppResponseFields, {
      webhookUrl: 'Where app events are posted.',
      webhookEvents: 'The events posted to the webhook.',
    }),
    eventHooks: t.expose('event_hooks', { type: [EventHookRef], description: 'Destinations for app events.' }),
    snsKey: t.string({
      description: 'SNS access key (secret).',
      resolve: (app, _args, context) => requiredSecret(app.sns_key, context),
    }),
    snsSecret: t.string({
      description: 'SNS secret key (secret).',
      resolve: (app, _args, context) => requiredSecret(app.sns_secret, context),
    }),
    ...wireFields(t, AppResponseFields, { snsTopicArn: 'The SNS topic events go to.' }),
    sqsKey: t.string({
      description: 'SQS access key (secret).',
      resolve: (app, _args, context) => requiredSecret(app.sqs_key, context),
    }),
    sqsSecret: t.string({
      description: 'SQS secret key (secret).',
      resolve: (app, _args, context) => requiredSecret(app.sqs_secret, context),
    }),
    ...wireFields(t, AppResponseFields, { sqsUrl: 'The SQS queue events go to.' }),
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
    ...wireFields(t, AppResponseFields, {
      activityMetricsConfig: 'Which activity metrics are collected.',
      callTypes: 'Video call types, by name.',
      channelConfigs: 'Channel types, by name.',
      grants: 'Permission ids granted to each role.',
      policies: 'Permission policies (v1 permissions).',
    }),
  }),
});
