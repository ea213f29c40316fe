import { builder } from '../../graphql/builder.js';
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
    authKey: t.string({ description: 'The .p8 signing key.' }),
    p12Cert: t.string({ description: 'The p12 certificate, base64.' }),
    bundleId: t.string({ description: 'The iOS bundle id.' }),
    development: t.boolean({ description: 'Use the sandbox.' }),
    host: t.string({ description: 'A custom APN host.' }),
    keyId: t.string({ description: 'The APN key id.' }),
    teamId: t.string({ description: 'The Apple team id.' }),
    notificationTemplate: t.string({ description: 'The notification template.' }),
  }),
});

export const FirebaseConfigInput = builder.inputType('FirebaseConfigInput', {
  description: 'Legacy Firebase push settings.',
  fields: (t) => ({
    disabled: t.boolean({ description: 'Switch Firebase off.' }),
    credentialsJson: t.string({ description: 'The service account key (JSON).' }),
    serverKey: t.string({ description: 'The legacy server key.' }),
    apnTemplate: t.string({ description: 'Template of the APN part of messages.' }),
    dataTemplate: t.string({ description: 'Template of the data payload.' }),
    notificationTemplate: t.string({ description: 'Template of the notification payload.' }),
  }),
});

export const HuaweiConfigInput = builder.inputType('HuaweiConfigInput', {
  description: 'Legacy Huawei push settings.',
  fields: (t) => ({
    disabled: t.boolean({ description: 'Switch Huawei push off.' }),
    id: t.string({ description: 'The Huawei app id.' }),
    secret: t.string({ description: 'The Huawei app secret.' }),
  }),
});

export const XiaomiConfigInput = builder.inputType('XiaomiConfigInput', {
  description: 'Legacy Xiaomi push settings.',
  fields: (t) => ({
    disabled: t.boolean({ description: 'Switch Xiaomi push off.' }),
    packageName: t.string({ description: 'The Android package name.' }),
    secret: t.string({ description: 'The Xiaomi app secret.' }),
  }),
});

export const PushConfigInput = builder.inputType('PushConfigInput', {
  description: 'Which push system the app uses.',
  fields: (t) => ({
    version: t.field({ type: PushVersion, required: true, description: 'The push system version.' }),
    offlineOnly: t.boolean({ description: 'Push only to users who are offline.' }),
  }),
});

export const AsyncModerationCallbackInput = builder.inputType('AsyncModerationCallbackInput', {
  description: 'Where asynchronous moderation results are sent.',
  fields: (t) => ({
    mode: t.field({ type: AsyncModerationCallbackMode, description: 'How the call is made.' }),
    serverUrl: t.string({ description: 'The address called.' }),
  }),
});

export const AsyncModerationConfigInput = builder.inputType('AsyncModerationConfigInput', {
  description: 'Asynchronous moderation settings.',
  fields: (t) => ({
    callback: t.field({ type: AsyncModerationCallbackInput, description: 'Where results are sent.' }),
    timeoutMs: t.int({ description: 'How long a check may take, in milliseconds.' }),
  }),
});

export const DatadogInfoInput = builder.inputType('DatadogInfoInput', {
  description: 'Datadog metrics reporting.',
  fields: (t) => ({
    enabled: t.boolean({ description: 'Send metrics.' }),
    site: t.string({ description: 'The Datadog site.' }),
    apiKey: t.string({ description: 'The Datadog API key.' }),
  }),
});

export const WebhookFailoverConfigInput = builder.inputType('WebhookFailoverConfigInput', {
  description: 'Where an event hook keeps events it cannot deliver.',
  fields: (t) => ({
    type: t.string({ description: 'The kind of fallback storage, e.g. gcs.' }),
    gcsBucket: t.string({ description: 'The Google Cloud Storage bucket.' }),
    gcsPath: t.string({ description: 'The folder inside the bucket.' }),
    gcsCredentials: t.string({ description: 'The service account key (JSON) Stream writes with.' }),
  }),
});

export const EventHookInput = builder.inputType('EventHookInput', {
  description: 'A destination for app events.',
  fields: (t) => ({
    id: t.string({ description: 'The id of an existing hook to change.' }),
    hookType: t.string({ description: 'webhook, sns, sqs or pending_message.' }),
    enabled: t.boolean({ description: 'Send events.' }),
    product: t.string({ description: 'The product whose events are sent.' }),
    eventTypes: t.stringList({ description: 'The events sent; all when empty.' }),
    shouldSendCustomEvents: t.boolean({ description: 'Send custom events too.' }),
    timeoutMs: t.int({ description: 'How long a delivery may take, in milliseconds.' }),
    callback: t.field({ type: AsyncModerationCallbackInput, description: 'The asynchronous moderation callback.' }),
    failoverConfig: t.field({ type: WebhookFailoverConfigInput, description: 'Where undeliverable events are kept.' }),
    webhookUrl: t.string({ description: 'The webhook address.' }),
    snsAuthType: t.string({ description: 'SNS authentication: keys or a role.' }),
    snsEventBasedMessageGroupIdEnabled: t.boolean({ description: 'SNS FIFO message groups follow the event.' }),
    snsKey: t.string({ description: 'SNS access key.' }),
    snsSecret: t.string({ description: 'SNS secret key.' }),
    snsRegion: t.string({ description: 'The SNS region.' }),
    snsRoleArn: t.string({ description: 'The IAM role Stream assumes for SNS.' }),
    snsTopicArn: t.string({ description: 'The SNS topic.' }),
    sqsAuthType: t.string({ description: 'SQS authentication: keys or a role.' }),
    sqsKey: t.string({ description: 'SQS access key.' }),
    sqsSecret: t.string({ description: 'SQS secret key.' }),
    sqsQueueUrl: t.string({ description: 'The SQS queue.' }),
    sqsRegion: t.string({ description: 'The SQS region.' }),
    sqsRoleArn: t.string({ description: 'The IAM role Stream assumes for SQS.' }),
  }),
});

export const FileUploadConfigInput = builder.inputType('FileUploadConfigInput', {
  description: 'What uploads are accepted.',
  fields: (t) => ({
    sizeLimit: t.int({ required: true, description: 'Largest upload in bytes, at most 104857600; 0 for the default.' }),
    allowedFileExtensions: t.stringList({ description: 'Accept only these extensions.' }),
    blockedFileExtensions: t.stringList({ description: 'Refuse these extensions.' }),
    allowedMimeTypes: t.stringList({ description: 'Accept only these MIME types.' }),
    blockedMimeTypes: t.stringList({ description: 'Refuse these MIME types.' }),
  }),
});

export const OverviewDashboardConfigInput = builder.inputType('OverviewDashboardConfigInput', {
  description: 'The moderation overview dashboard’s defaults.',
  fields: (t) => ({
    defaultDateRangeDays: t.int({ description: 'How many days the charts show at first.' }),
    visibleCharts: t.stringList({ description: 'The charts shown.' }),
  }),
});

export const ModerationDashboardPreferencesInput = builder.inputType('ModerationDashboardPreferencesInput', {
  description: 'How the moderation dashboard behaves.',
  fields: (t) => ({
    allowedModerationActionReasons: t.stringList({ description: 'Reasons moderators may pick.' }),
    asyncReviewQueueUpsert: t.boolean({ description: 'Write review queue items asynchronously.' }),
    blockForeignCdnAttachments: t.boolean({ description: 'Block attachments hosted outside Stream’s CDN.' }),
    customViewsEnabled: t.boolean({ description: 'Let moderators save their own queue views.' }),
    disableAuditLogs: t.boolean({ description: 'Switch audit logs off.' }),
    disableFlaggingReviewedEntity: t.boolean({ description: 'Stop reviewed content from being flagged again.' }),
    escalationQueueEnabled: t.boolean({ description: 'Switch the escalation queue on.' }),
    escalationReasons: t.stringList({ description: 'Reasons to escalate.' }),
    filterableCustomKeys: t.stringList({ description: 'Custom data keys the review queue can be filtered by.' }),
    flagUserOnFlaggedContent: t.boolean({ description: 'Flag the author along with their content.' }),
    includeAttachmentPayload: t.boolean({ description: 'Carry the full attachment data in review items.' }),
    keyframeClassificationsMap: t.field({ type: 'JSONObject', description: 'Video keyframe classifications.' }),
    mediaQueueBlurEnabled: t.boolean({ description: 'Blur media in the queue.' }),
    overviewDashboard: t.field({
      type: OverviewDashboardConfigInput,
      description: 'The overview dashboard’s defaults.',
    }),
  }),
});

export const UpdateAppInput = builder.inputType('UpdateAppInput', {
  description: 'App settings to change; fields left out keep their value.',
  fields: (t) => ({
    activityMetricsConfig: t.field({ type: 'JSONObject', description: 'Which activity metrics are collected.' }),
    allowedFlagReasons: t.stringList({ description: 'Reasons users may give when flagging.' }),
    apnConfig: t.field({ type: ApnConfigInput, description: 'Legacy APN settings.' }),
    asyncModerationConfig: t.field({ type: AsyncModerationConfigInput, description: 'Asynchronous moderation.' }),
    asyncUrlEnrichEnabled: t.boolean({ description: 'Add link previews after a message is sent.' }),
    autoTranslationEnabled: t.boolean({ description: 'Translate messages.' }),
    beforeMessageSendHookUrl: t.string({ description: 'A URL called before each message is sent.' }),
    beforeMessageSendHookAttemptTimeoutMs: t.int({
      description: 'How long one call of the before-send hook may take, in milliseconds.',
    }),
    cdnExpirationSeconds: t.int({ description: 'How long signed CDN URLs stay valid (14400 to 1209600).' }),
    channelHideMembersOnly: t.boolean({ description: 'Hide channels from members only.' }),
    chatPrimaryUseCase: t.field({ type: ChatPrimaryUseCase, description: 'What the app mainly uses chat for.' }),
    customActionHandlerUrl: t.string({ description: 'The URL that handles custom message actions.' }),
    datadogInfo: t.field({ type: DatadogInfoInput, description: 'Datadog metrics reporting.' }),
    disableAuthChecks: t.boolean({ description: 'Stop checking tokens (development only).' }),
    disablePermissionsChecks: t.boolean({ description: 'Stop checking permissions (development only).' }),
    enableHookPayloadCompression: t.boolean({ description: 'Compress the bodies of webhook calls.' }),
    enforceUniqueUsernames: t.field({ type: EnforceUniqueUsernames, description: 'Where user names must be unique.' }),
    eventHooks: t.field({ type: [EventHookInput], description: 'Destinations for app events (replaces the list).' }),
    feedAuditLogsEnabled: t.boolean({ description: 'Write changes to feeds to audit logs.' }),
    feedsModerationEnabled: t.boolean({ description: 'Moderate feeds.' }),
    feedsV2Region: t.string({ description: 'Where feeds v2 data lives.' }),
    fileUploadConfig: t.field({ type: FileUploadConfigInput, description: 'What file uploads are accepted.' }),
    firebaseConfig: t.field({ type: FirebaseConfigInput, description: 'Legacy Firebase settings.' }),
    grants: t.field({ type: 'JSONObject', description: 'Permission ids granted to each role.' }),
    guestUserCreationDisabled: t.boolean({ description: 'Forbid guest users.' }),
    huaweiConfig: t.field({ type: HuaweiConfigInput, description: 'Legacy Huawei settings.' }),
    imageModerationBlockLabels: t.stringList({ description: 'Image labels that block a message.' }),
    imageModerationEnabled: t.boolean({ description: 'Moderate images.' }),
    imageModerationLabels: t.stringList({ description: 'Labels image moderation looks for.' }),
    imageUploadConfig: t.field({ type: FileUploadConfigInput, description: 'What image uploads are accepted.' }),
    maxAggregatedActivitiesLength: t.int({ description: 'Most activities in one aggregated feed group.' }),
    memberCustomOnMessagesEnabled: t.boolean({
      description: 'Carry the author’s channel-member custom data on messages.',
    }),
    migratePermissionsToV2: t.boolean({ description: 'Move the app to permissions v2.' }),
    moderationAnalyticsEnabled: t.boolean({ description: 'Collect moderation analytics.' }),
    moderationDashboardPreferences: t.field({
      type: ModerationDashboardPreferencesInput,
      description: 'How the moderation dashboard behaves.',
    }),
    moderationEnabled: t.boolean({ description: 'Moderate content.' }),
    moderationOnboardingComplete: t.boolean({ description: 'Mark the moderation setup in the dashboard as finished.' }),
    moderationS3ImageAccessRoleArn: t.string({ description: 'The IAM role moderation uses to read images from S3.' }),
    moderationWebhookUrl: t.string({ description: 'Where moderation events are sent.' }),
    multiTenantEnabled: t.boolean({ description: 'Switch teams (multi-tenancy) on.' }),
    permissionVersion: t.field({ type: PermissionVersion, description: 'The permission system.' }),
    pushConfig: t.field({ type: PushConfigInput, description: 'Which push system is used.' }),
    remindersInterval: t.int({ description: 'Seconds between reminder checks (60 to 86400).' }),
    remindersMaxMembers: t.int({ description: 'Largest channel that gets reminders (at least 2).' }),
    remindersMaxPerUser: t.int({ description: 'Most reminders one user may have (1 to 100000).' }),
    revokeTokensIssuedBefore: t.field({ type: 'DateTime', description: 'Refuse tokens issued before then.' }),
    snsKey: t.string({ description: 'SNS access key.' }),
    snsSecret: t.string({ description: 'SNS secret key.' }),
    snsTopicArn: t.string({ description: 'The SNS topic events go to.' }),
    sqsKey: t.string({ description: 'SQS access key.' }),
    sqsSecret: t.string({ description: 'SQS secret key.' }),
    sqsUrl: t.string({ description: 'The SQS queue events go to.' }),
    userResponseTimeEnabled: t.boolean({ description: 'Track users’ average response times.' }),
    userSearchDisallowedRoles: t.stringList({ description: 'Roles whose users cannot search users (at most 10).' }),
    videoPrimaryUseCase: t.field({ type: VideoPrimaryUseCase, description: 'What the app mainly uses video for.' }),
    webhookEvents: t.stringList({ description: 'The events posted to the webhook.' }),
    webhookUrl: t.string({ description: 'Where app events are posted.' }),
    xiaomiConfig: t.field({ type: XiaomiConfigInput, description: 'Legacy Xiaomi settings.' }),
  }),
});

export const CheckSnsInput = builder.inputType('CheckSNSInput', {
  description: 'SNS settings to try; the app’s saved ones fill in whatever is left out.',
  fields: (t) => ({
    snsKey: t.string({ description: 'SNS access key.' }),
    snsSecret: t.string({ description: 'SNS secret key.' }),
    snsTopicArn: t.string({ description: 'The SNS topic.' }),
  }),
});

export const CheckSqsInput = builder.inputType('CheckSQSInput', {
  description: 'SQS settings to try; the app’s saved ones fill in whatever is left out.',
  fields: (t) => ({
    sqsKey: t.string({ description: 'SQS access key.' }),
    sqsSecret: t.string({ description: 'SQS secret key.' }),
    sqsUrl: t.string({ description: 'The SQS queue.' }),
  }),
});
