import {
  AsyncModerationCallbackConfig,
  AsyncModerationConfiguration,
  DataDogInfo,
  EventHook,
  FileUploadConfig,
  ModerationDashboardPreferences,
  OverviewDashboardConfig,
  PushConfig,
  WebhookFailoverConfig,
} from '../../rest/wire/app.js';
import { APNConfig, FirebaseConfig, HuaweiConfig, UpdateAppRequest, XiaomiConfig } from '../../rest/wire/appUpdate.js';
import { builder } from '../../graphql/builder.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';
import {
  ApnAuthType,
  AsyncModerationCallbackMode,
  EnforceUniqueUsernames,
  PermissionVersion,
  PushVersion,
  ChatPrimaryUseCase,
  VideoPrimaryUseCase,
} from './enums.js';

export const ApnConfigInput = builder.inputType('ApnConfigInput', {
  description: 'Legacy Apple push settings.',
  fields: (t) => ({
    disabled: t.boolean({ description: 'Switch APN off.' }),
    authType: t.field({ type: ApnAuthType, description: 'Token or certificate authentication.' }),
    ...wireInputFields(t, APNConfig, {
      authKey: 'The .p8 signing key.',
      p12Cert: 'The p12 certificate, base64.',
      bundleId: 'The iOS bundle id.',
      development: 'Use the sandbox.',
      host: 'A custom APN host.',
      keyId: 'The APN key id.',
      teamId: 'The Apple team id.',
      notificationTemplate: 'The notification template.',
    }),
  }),
});

export const FirebaseConfigInput = builder.inputType('FirebaseConfigInput', {
  description: 'Legacy Firebase push settings.',
  fields: (t) => ({
    disabled: t.boolean({ description: 'Switch Firebase off.' }),
    ...wireInputFields(t, FirebaseConfig, {
      credentialsJson: 'The service account key (JSON).',
      serverKey: 'The legacy server key.',
      apnTemplate: 'Template of the APN part of messages.',
      dataTemplate: 'Template of the data payload.',
      notificationTemplate: 'Template of the notification payload.',
    }),
  }),
});

export const HuaweiConfigInput = builder.inputType('HuaweiConfigInput', {
  description: 'Legacy Huawei push settings.',
  fields: (t) => ({
    disabled: t.boolean({ description: 'Switch Huawei push off.' }),
    ...wireInputFields(t, HuaweiConfig, {
      id: 'The Huawei app id.',
      secret: 'The Huawei app secret.',
    }),
  }),
});

export const XiaomiConfigInput = builder.inputType('XiaomiConfigInput', {
  description: 'Legacy Xiaomi push settings.',
  fields: (t) => ({
    disabled: t.boolean({ description: 'Switch Xiaomi push off.' }),
    ...wireInputFields(t, XiaomiConfig, {
      packageName: 'The Android package name.',
      secret: 'The Xiaomi app secret.',
    }),
  }),
});

export const PushConfigInput = builder.inputType('PushConfigInput', {
  description: 'Which push system the app uses.',
  fields: (t) => ({
    version: t.field({ type: PushVersion, required: true, description: 'The push system version.' }),
    ...wireInputFields(t, PushConfig, {
      offlineOnly: 'Push only to users who are offline.',
    }),
  }),
});

export const AsyncModerationCallbackInput = builder.inputType('AsyncModerationCallbackInput', {
  description: 'Where asynchronous moderation results are sent.',
  fields: (t) => ({
    mode: t.field({ type: AsyncModerationCallbackMode, description: 'How the call is made.' }),
    ...wireInputFields(t, AsyncModerationCallbackConfig, {
      serverUrl: 'The address called.',
    }),
  }),
});

export const AsyncModerationConfigInput = builder.inputType('AsyncModerationConfigInput', {
  description: 'Asynchronous moderation settings.',
  fields: (t) => ({
    callback: t.field({ type: AsyncModerationCallbackInput, description: 'Where results are sent.' }),
    ...wireInputFields(t, AsyncModerationConfiguration, {
      timeoutMs: 'How long a check may take, in milliseconds.',
    }),
  }),
});

export const DatadogInfoInput = builder.inputType('DatadogInfoInput', {
  description: 'Datadog metrics reporting.',
  fields: (t) => ({
    ...wireInputFields(t, DataDogInfo, {
      enabled: 'Send metrics.',
      site: 'The Datadog site.',
      apiKey: 'The Datadog API key.',
    }),
  }),
});

export const WebhookFailoverConfigInput = builder.inputType('WebhookFailoverConfigInput', {
  description: 'Where an event hook keeps events it cannot deliver.',
  fields: (t) => ({
    ...wireInputFields(t, WebhookFailoverConfig, {
      type: 'The kind of fallback storage, e.g. gcs.',
      gcsBucket: 'The Google Cloud Storage bucket.',
      gcsPath: 'The folder inside the bucket.',
      gcsCredentials: 'The service account key (JSON) Stream writes with.',
    }),
  }),
});

export const EventHookInput = builder.inputType('EventHookInput', {
  description: 'A destination for app events.',
  fields: (t) => ({
    ...wireInputFields(t, EventHook, {
      id: 'The id of an existing hook to change.',
      hookType: 'webhook, sns, sqs or pending_message.',
      enabled: 'Send events.',
      product: 'The product whose events are sent.',
      eventTypes: 'The events sent; all when empty.',
      shouldSendCustomEvents: 'Send custom events too.',
      timeoutMs: 'How long a delivery may take, in milliseconds.',
    }),
    callback: t.field({ type: AsyncModerationCallbackInput, description: 'The asynchronous moderation callback.' }),
    failoverConfig: t.field({ type: WebhookFailoverConfigInput, description: 'Where undeliverable events are kept.' }),
    ...wireInputFields(t, EventHook, {
      webhookUrl: 'The webhook address.',
      snsAuthType: 'SNS authentication: keys or a role.',
      snsEventBasedMessageGroupIdEnabled: 'SNS FIFO message groups follow the event.',
      snsKey: 'SNS access key.',
      snsSecret: 'SNS secret key.',
      snsRegion: 'The SNS region.',
      snsRoleArn: 'The IAM role Stream assumes for SNS.',
      snsTopicArn: 'The SNS topic.',
      sqsAuthType: 'SQS authentication: keys or a role.',
      sqsKey: 'SQS access key.',
      sqsSecret: 'SQS secret key.',
      sqsQueueUrl: 'The SQS queue.',
      sqsRegion: 'The SQS region.',
      sqsRoleArn: 'The IAM role Stream assumes for SQS.',
    }),
  }),
});

export const FileUploadConfigInput = builder.inputType('FileUploadConfigInput', {
  description: 'What uploads are accepted.',
  fields: (t) => ({
    ...wireInputFields(t, FileUploadConfig, {
      sizeLimit: 'Largest upload in bytes, at most 104857600; 0 for the default.',
      allowedFileExtensions: 'Accept only these extensions.',
      blockedFileExtensions: 'Refuse these extensions.',
      allowedMimeTypes: 'Accept only these MIME types.',
      blockedMimeTypes: 'Refuse these MIME types.',
    }),
  }),
});

export const OverviewDashboardConfigInput = builder.inputType('OverviewDashboardConfigInput', {
  description: 'The moderation overview dashboard’s defaults.',
  fields: (t) => ({
    ...wireInputFields(t, OverviewDashboardConfig, {
      defaultDateRangeDays: 'How many days the charts show at first.',
      visibleCharts: 'The charts shown.',
    }),
  }),
});

export const ModerationDashboardPreferencesInput = builder.inputType('ModerationDashboardPreferencesInput', {
  description: 'How the moderation dashboard behaves.',
  fields: (t) => ({
    ...wireInputFields(t, ModerationDashboardPreferences, {
      allowedModerationActionReasons: 'Reasons moderators may pick.',
      asyncReviewQueueUpsert: 'Write review queue items asynchronously.',
      blockForeignCdnAttachments: 'Block attachments hosted outside Stream’s CDN.',
      customViewsEnabled: 'Let moderators save their own queue views.',
      disableAuditLogs: 'Switch audit logs off.',
      disableFlaggingReviewedEntity: 'Stop reviewed content from being flagged again.',
      escalationQueueEnabled: 'Switch the escalation queue on.',
      escalationReasons: 'Reasons to escalate.',
      filterableCustomKeys: 'Custom data keys the review queue can be filtered by.',
      flagUserOnFlaggedContent: 'Flag the author along with their content.',
      includeAttachmentPayload: 'Carry the full attachment data in review items.',
      keyframeClassificationsMap: 'Video keyframe classifications.',
      mediaQueueBlurEnabled: 'Blur media in the queue.',
    }),
    overviewDashboard: t.field({
      type: OverviewDashboardConfigInput,
      description: 'The overview dashboard’s defaults.',
    }),
  }),
});

export const UpdateAppInput = builder.inputType('UpdateAppInput', {
  description: 'App settings to change; fields left out keep their value.',
  fields: (t) => ({
    ...wireInputFields(t, UpdateAppRequest, {
      activityMetricsConfig: 'Which activity metrics are collected.',
      allowedFlagReasons: 'Reasons users may give when flagging.',
    }),
    apnConfig: t.field({ type: ApnConfigInput, description: 'Legacy APN settings.' }),
    asyncModerationConfig: t.field({ type: AsyncModerationConfigInput, description: 'Asynchronous moderation.' }),
    ...wireInputFields(t, UpdateAppRequest, {
      asyncUrlEnrichEnabled: 'Add link previews after a message is sent.',
      autoTranslationEnabled: 'Translate messages.',
      beforeMessageSendHookUrl: 'A URL called before each message is sent.',
      beforeMessageSendHookAttemptTimeoutMs: 'How long one call of the before-send hook may take, in milliseconds.',
      cdnExpirationSeconds: 'How long signed CDN URLs stay valid (14400 to 1209600).',
      channelHideMembersOnly: 'Hide channels from members only.',
    }),
    chatPrimaryUseCase: t.field({ type: ChatPrimaryUseCase, description: 'What the app mainly uses chat for.' }),
    ...wireInputFields(t, UpdateAppRequest, {
      customActionHandlerUrl: 'The URL that handles custom message actions.',
    }),
    datadogInfo: t.field({ type: DatadogInfoInput, description: 'Datadog metrics reporting.' }),
    ...wireInputFields(t, UpdateAppRequest, {
      disableAuthChecks: 'Stop checking tokens (development only).',
      disablePermissionsChecks: 'Stop checking permissions (development only).',
      enableHookPayloadCompression: 'Compress the bodies of webhook calls.',
    }),
    enforceUniqueUsernames: t.field({ type: EnforceUniqueUsernames, description: 'Where user names must be unique.' }),
    eventHooks: t.field({ type: [EventHookInput], description: 'Destinations for app events (replaces the list).' }),
    ...wireInputFields(t, UpdateAppRequest, {
      feedAuditLogsEnabled: 'Write changes to feeds to audit logs.',
      feedsModerationEnabled: 'Moderate feeds.',
      feedsV2Region: 'Where feeds v2 data lives.',
    }),
    fileUploadConfig: t.field({ type: FileUploadConfigInput, description: 'What file uploads are accepted.' }),
    firebaseConfig: t.field({ type: FirebaseConfigInput, description: 'Legacy Firebase settings.' }),
    ...wireInputFields(t, UpdateAppRequest, {
      grants: 'Permission ids granted to each role.',
      guestUserCreationDisabled: 'Forbid guest users.',
    }),
    huaweiConfig: t.field({ type: HuaweiConfigInput, description: 'Legacy Huawei settings.' }),
    ...wireInputFields(t, UpdateAppRequest, {
      imageModerationBlockLabels: 'Image labels that block a message.',
      imageModerationEnabled: 'Moderate images.',
      imageModerationLabels: 'Labels image moderation looks for.',
    }),
    imageUploadConfig: t.field({ type: FileUploadConfigInput, description: 'What image uploads are accepted.' }),
    ...wireInputFields(t, UpdateAppRequest, {
      maxAggregatedActivitiesLength: 'Most activities in one aggregated feed group.',
      memberCustomOnMessagesEnabled: 'Carry the author’s channel-member custom data on messages.',
      migratePermissionsToV2: 'Move the app to permissions v2.',
      moderationAnalyticsEnabled: 'Collect moderation analytics.',
    }),
    moderationDashboardPreferences: t.field({
      type: ModerationDashboardPreferencesInput,
      description: 'How the moderation dashboard behaves.',
    }),
    ...wireInputFields(t, UpdateAppRequest, {
      moderationEnabled: 'Moderate content.',
      moderationOnboardingComplete: 'Mark the moderation setup in the dashboard as finished.',
      moderationS3ImageAccessRoleArn: 'The IAM role moderation uses to read images from S3.',
      moderationWebhookUrl: 'Where moderation events are sent.',
      multiTenantEnabled: 'Switch teams (multi-tenancy) on.',
    }),
    permissionVersion: t.field({ type: PermissionVersion, description: 'The permission system.' }),
    pushConfig: t.field({ type: PushConfigInput, description: 'Which push system is used.' }),
    ...wireInputFields(t, UpdateAppRequest, {
      remindersInterval: 'Seconds between reminder checks (60 to 86400).',
      remindersMaxMembers: 'Largest channel that gets reminders (at least 2).',
      remindersMaxPerUser: 'Most reminders one user may have (1 to 100000).',
      revokeTokensIssuedBefore: 'Refuse tokens issued before then.',
      snsKey: 'SNS access key.',
      snsSecret: 'SNS secret key.',
      snsTopicArn: 'The SNS topic events go to.',
      sqsKey: 'SQS access key.',
      sqsSecret: 'SQS secret key.',
      sqsUrl: 'The SQS queue events go to.',
      userResponseTimeEnabled: 'Track users’ average response times.',
      userSearchDisallowedRoles: 'Roles whose users cannot search users (at most 10).',
    }),
    videoPrimaryUseCase: t.field({ type: VideoPrimaryUseCase, description: 'What the app mainly uses video for.' }),
    ...wireInputFields(t, UpdateAppRequest, {
      webhookEvents: 'The events posted to the webhook.',
      webhookUrl: 'Where app events are posted.',
    }),
    xiaomiConfig: t.field({ type: XiaomiConfigInput, description: 'Legacy Xiaomi settings.' }),
  }),
});

export const CheckSnsInput = builder.inputType('CheckSNSInput', {
  description: 'SNS settings to try; the app’s saved ones fill in whatever is left out.',
  fields: (t) => ({
    ...wireInputFields(t, UpdateAppRequest, {
      snsKey: 'SNS access key.',
      snsSecret: 'SNS secret key.',
      snsTopicArn: 'The SNS topic.',
    }),
  }),
});

export const CheckSqsInput = builder.inputType('CheckSQSInput', {
  description: 'SQS settings to try; the app’s saved ones fill in whatever is left out.',
  fields: (t) => ({
    ...wireInputFields(t, UpdateAppRequest, {
      sqsKey: 'SQS access key.',
      sqsSecret: 'SQS secret key.',
      sqsUrl: 'The SQS queue.',
    }),
  }),
});
