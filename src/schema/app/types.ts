import type {
  CHAT_PRIMARY_USE_CASES,
  VIDEO_PRIMARY_USE_CASES,
  APNConfigFields,
  AppResponseFields,
  AsyncModerationCallbackConfig,
  CheckSNSResponse,
  CheckSQSResponse,
  DataDogInfo,
  EventHook,
  FileUploadConfig,
  FirebaseConfigFields,
  GeofenceResponse,
  HuaweiConfigFields,
  ModerationDashboardPreferences,
  OverviewDashboardConfig,
  PushNotificationFields,
  PushProvider,
  PushTemplate,
  WebhookFailoverConfig,
  XiaomiConfigFields,
} from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { knownValue, rawValue, enumValues } from '../../graphql/openEnum.js';
import { PUSH_TEMPLATE_EVENT_TYPE_VALUES, PushProviderSettingsRef, PushTemplateEventType } from '../push/types.js';
import { revealSecret } from '../../graphql/secrets.js';

const CALLBACK_MODES = {
  CALLBACK_MODE_NONE: { value: 'CALLBACK_MODE_NONE', description: 'No callback.' },
  CALLBACK_MODE_REST: { value: 'CALLBACK_MODE_REST', description: 'An HTTP (REST) request.' },
  CALLBACK_MODE_TWIRP: { value: 'CALLBACK_MODE_TWIRP', description: 'A Twirp RPC.' },
} as const;
const CALLBACK_MODE_VALUES = enumValues(CALLBACK_MODES);

export const AsyncModerationCallbackMode = builder.enumType('AsyncModerationCallbackMode', {
  description: 'How Stream calls back with the result of an asynchronous moderation check.',
  values: CALLBACK_MODES,
});

export const AsyncModerationCallbackRef = builder
  .objectRef<AsyncModerationCallbackConfig>('AsyncModerationCallback')
  .implement({
    description: 'Where asynchronous moderation results are sent.',
    fields: (t) => ({
      mode: t.field({
        type: AsyncModerationCallbackMode,
        nullable: true,
        description: 'How the call is made; null for a mode this gateway does not know yet (see modeRaw).',
        resolve: (callback) => knownValue('AsyncModerationCallbackMode', CALLBACK_MODE_VALUES, callback.mode),
      }),
      modeRaw: t.string({
        nullable: true,
        description: 'The mode as Stream names it, including modes added after this gateway was built.',
        resolve: (callback) => rawValue(callback.mode),
      }),
      serverUrl: t.exposeString('server_url', { nullable: true, description: 'The address called.' }),
    }),
  });

export const WebhookFailoverConfigRef = builder.objectRef<WebhookFailoverConfig>('WebhookFailoverConfig').implement({
  description: 'Where an event hook’s events are kept when they cannot be delivered. The credentials are secret.',
  fields: (t) => ({
    type: t.exposeString('type', { nullable: true, description: 'The kind of fallback storage, e.g. gcs.' }),
    gcsBucket: t.exposeString('gcs_bucket', { nullable: true, description: 'The Google Cloud Storage bucket.' }),
    gcsPath: t.exposeString('gcs_path', { nullable: true, description: 'The folder inside the bucket.' }),
    gcsCredentials: t.string({
      nullable: true,
      description: 'The service account key Stream writes with (secret).',
      resolve: (config, _args, context) => revealSecret(config.gcs_credentials, context),
    }),
  }),
});

export const EventHookRef = builder.objectRef<EventHook>('EventHook').implement({
  description: 'A destination for app events: a webhook, an SNS topic or an SQS queue. Credentials are secret.',
  fields: (t) => ({
    id: t.exposeString('id', { nullable: true, description: 'The hook id.' }),
    hookType: t.exposeString('hook_type', { nullable: true, description: 'webhook, sns, sqs or pending_message.' }),
    enabled: t.exposeBoolean('enabled', { nullable: true, description: 'Whether events are sent.' }),
    product: t.exposeString('product', { nullable: true, description: 'The product whose events are sent.' }),
    eventTypes: t.exposeStringList('event_types', { nullable: true, description: 'The events sent; all when empty.' }),
    shouldSendCustomEvents: t.exposeBoolean('should_send_custom_events', {
      nullable: true,
      description: 'Whether custom events are sent too.',
    }),
    timeoutMs: t.exposeInt('timeout_ms', {
      nullable: true,
      description: 'How long a delivery may take, in milliseconds.',
    }),
    callback: t.field({
      type: AsyncModerationCallbackRef,
      nullable: true,
      description: 'The asynchronous moderation callback.',
      resolve: (hook) => hook.callback,
    }),
    failoverConfig: t.field({
      type: WebhookFailoverConfigRef,
      nullable: true,
      description: 'Where undeliverable events are kept.',
      resolve: (hook) => hook.failover_config,
    }),
    webhookUrl: t.exposeString('webhook_url', { nullable: true, description: 'The webhook address.' }),
    snsAuthType: t.exposeString('sns_auth_type', {
      nullable: true,
      description: 'SNS authentication: keys or a role.',
    }),
    snsEventBasedMessageGroupIdEnabled: t.exposeBoolean('sns_event_based_message_group_id_enabled', {
      nullable: true,
      description: 'Whether SNS FIFO message groups follow the event.',
    }),
    snsKey: t.string({
      nullable: true,
      description: 'SNS access key (secret).',
      resolve: (hook, _args, context) => revealSecret(hook.sns_key, context),
    }),
    snsSecret: t.string({
      nullable: true,
      description: 'SNS secret key (secret).',
      resolve: (hook, _args, context) => revealSecret(hook.sns_secret, context),
    }),
    snsRegion: t.exposeString('sns_region', { nullable: true, description: 'The SNS region.' }),
    snsRoleArn: t.exposeString('sns_role_arn', { nullable: true, description: 'The IAM role Stream assumes for SNS.' }),
    snsTopicArn: t.exposeString('sns_topic_arn', { nullable: true, description: 'The SNS topic.' }),
    sqsAuthType: t.exposeString('sqs_auth_type', {
      nullable: true,
      description: 'SQS authentication: keys or a role.',
    }),
    sqsKey: t.string({
      nullable: true,
      description: 'SQS access key (secret).',
      resolve: (hook, _args, context) => revealSecret(hook.sqs_key, context),
    }),
    sqsSecret: t.string({
      nullable: true,
      description: 'SQS secret key (secret).',
      resolve: (hook, _args, context) => revealSecret(hook.sqs_secret, context),
    }),
    sqsQueueUrl: t.exposeString('sqs_queue_url', { nullable: true, description: 'The SQS queue.' }),
    sqsRegion: t.exposeString('sqs_region', { nullable: true, description: 'The SQS region.' }),
    sqsRoleArn: t.exposeString('sqs_role_arn', { nullable: true, description: 'The IAM role Stream assumes for SQS.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', nullable: true, description: 'When the hook was added.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', nullable: true, description: 'When the hook last changed.' }),
  }),
});

export const FileUploadConfigRef = builder.objectRef<FileUploadConfig>('FileUploadConfig').implement({
  description: 'What uploads an app accepts.',
  fields: (t) => ({
    sizeLimit: t.exposeInt('size_limit', {
      description: 'Largest upload in bytes; 0 means Stream’s default (100 MB).',
    }),
    allowedFileExtensions: t.exposeStringList('allowed_file_extensions', {
      nullable: true,
      description: 'Only these extensions are accepted, when set.',
    }),
    blockedFileExtensions: t.exposeStringList('blocked_file_extensions', {
      nullable: true,
      description: 'These extensions are refused.',
    }),
    allowedMimeTypes: t.exposeStringList('allowed_mime_types', {
      nullable: true,
      description: 'Only these MIME types are accepted, when set.',
    }),
    blockedMimeTypes: t.exposeStringList('blocked_mime_types', {
      nullable: true,
      description: 'These MIME types are refused.',
    }),
  }),
});

export const DatadogInfoRef = builder.objectRef<DataDogInfo>('DatadogInfo').implement({
  description: 'Where Stream reports the app’s metrics in Datadog.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { nullable: true, description: 'Whether metrics are sent.' }),
    site: t.exposeString('site', { nullable: true, description: 'The Datadog site, e.g. datadoghq.eu.' }),
    apiKey: t.string({
      nullable: true,
      description: 'The Datadog API key (secret).',
      resolve: (info, _args, context) => revealSecret(info.api_key, context),
    }),
  }),
});

export const GeofenceRef = builder.objectRef<GeofenceResponse>('Geofence').implement({
  description: 'A named set of countries channels can be limited to.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The geofence name.' }),
    type: t.exposeString('type', { nullable: true, description: 'Whether the countries are allowed or blocked.' }),
    countryCodes: t.exposeStringList('country_codes', { nullable: true, description: 'ISO 3166 country codes.' }),
  }),
});

export const OverviewDashboardConfigRef = builder
  .objectRef<OverviewDashboardConfig>('OverviewDashboardConfig')
  .implement({
    description: 'The moderation overview dashboard’s defaults.',
    fields: (t) => ({
      defaultDateRangeDays: t.exposeInt('default_date_range_days', {
        nullable: true,
        description: 'How many days the charts show at first.',
      }),
      visibleCharts: t.exposeStringList('visible_charts', { nullable: true, description: 'The charts shown.' }),
    }),
  });

export const ModerationDashboardPreferencesRef = builder
  .objectRef<ModerationDashboardPreferences>('ModerationDashboardPreferences')
  .implement({
    description: 'How the moderation dashboard behaves for this app.',
    fields: (t) => ({
      allowedModerationActionReasons: t.exposeStringList('allowed_moderation_action_reasons', {
        nullable: true,
        description: 'Reasons moderators may pick.',
      }),
      asyncReviewQueueUpsert: t.exposeBoolean('async_review_queue_upsert', {
        nullable: true,
        description: 'Whether review queue items are written asynchronously.',
      }),
      blockForeignCdnAttachments: t.exposeBoolean('block_foreign_cdn_attachments', {
        nullable: true,
        description: 'Whether attachments hosted outside Stream’s CDN are blocked.',
      }),
      customViewsEnabled: t.exposeBoolean('custom_views_enabled', {
        nullable: true,
        description: 'Whether moderators can save their own queue views.',
      }),
      disableAuditLogs: t.exposeBoolean('disable_audit_logs', {
        nullable: true,
        description: 'Whether audit logs are off.',
      }),
      disableFlaggingReviewedEntity: t.exposeBoolean('disable_flagging_reviewed_entity', {
        nullable: true,
        description: 'Whether reviewed content can no longer be flagged.',
      }),
      escalationQueueEnabled: t.exposeBoolean('escalation_queue_enabled', {
        nullable: true,
        description: 'Whether the escalation queue is on.',
      }),
      escalationReasons: t.exposeStringList('escalation_reasons', {
        nullable: true,
        description: 'Reasons to escalate.',
      }),
      filterableCustomKeys: t.exposeStringList('filterable_custom_keys', {
        nullable: true,
        description: 'Custom data keys the review queue can be filtered by.',
      }),
      flagUserOnFlaggedContent: t.exposeBoolean('flag_user_on_flagged_content', {
        nullable: true,
        description: 'Whether the author is flagged with their content.',
      }),
      includeAttachmentPayload: t.exposeBoolean('include_attachment_payload', {
        nullable: true,
        description: 'Whether review items carry the full attachment data.',
      }),
      keyframeClassificationsMap: t.expose('keyframe_classifications_map', {
        type: 'JSONObject',
        nullable: true,
        description: 'Video keyframe classifications and how they map to labels.',
      }),
      mediaQueueBlurEnabled: t.exposeBoolean('media_queue_blur_enabled', {
        nullable: true,
        description: 'Whether media in the queue is blurred.',
      }),
      overviewDashboard: t.field({
        type: OverviewDashboardConfigRef,
        nullable: true,
        description: 'The overview dashboard’s defaults.',
        resolve: (preferences) => preferences.overview_dashboard,
      }),
    }),
  });

export const ApnConfigRef = builder.objectRef<APNConfigFields>('ApnConfig').implement({
  description: 'The app’s Apple push settings (the legacy single-provider configuration).',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'Whether APN is configured.' }),
    development: t.exposeBoolean('development', { description: 'Whether the sandbox is used.' }),
    authType: t.exposeString('auth_type', { nullable: true, description: 'token or certificate.' }),
    authKey: t.string({
      nullable: true,
      description: 'The token-auth private key (secret).',
      resolve: (config, _args, context) => revealSecret(config.auth_key, context),
    }),
    p12Cert: t.string({
      nullable: true,
      description: 'The p12 certificate (secret).',
      resolve: (config, _args, context) => revealSecret(config.p12_cert, context),
    }),
    bundleId: t.exposeString('bundle_id', { nullable: true, description: 'The iOS bundle id.' }),
    host: t.exposeString('host', { nullable: true, description: 'A custom APN host.' }),
    keyId: t.exposeString('key_id', { nullable: true, description: 'The APN key id.' }),
    teamId: t.exposeString('team_id', { nullable: true, description: 'The Apple team id.' }),
    notificationTemplate: t.exposeString('notification_template', {
      nullable: true,
      description: 'The notification template.',
    }),
  }),
});

export const FirebaseConfigRef = builder.objectRef<FirebaseConfigFields>('FirebaseConfig').implement({
  description: 'The app’s Firebase push settings (the legacy single-provider configuration).',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'Whether Firebase is configured.' }),
    apnTemplate: t.exposeString('apn_template', {
      nullable: true,
      description: 'Template of the APN part of messages.',
    }),
    dataTemplate: t.exposeString('data_template', { nullable: true, description: 'Template of the data payload.' }),
    notificationTemplate: t.exposeString('notification_template', {
      nullable: true,
      description: 'Template of the notification payload.',
    }),
    credentialsJson: t.string({
      nullable: true,
      description: 'The service account key (secret).',
      resolve: (config, _args, context) => revealSecret(config.credentials_json, context),
    }),
    serverKey: t.string({
      nullable: true,
      description: 'The legacy server key (secret).',
      resolve: (config, _args, context) => revealSecret(config.server_key, context),
    }),
  }),
});

export const HuaweiConfigRef = builder.objectRef<HuaweiConfigFields>('HuaweiConfig').implement({
  description: 'The app’s Huawei push settings (the legacy single-provider configuration).',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'Whether Huawei push is configured.' }),
    id: t.exposeString('id', { nullable: true, description: 'The Huawei app id.' }),
    secret: t.string({
      nullable: true,
      description: 'The Huawei app secret (secret).',
      resolve: (config, _args, context) => revealSecret(config.secret, context),
    }),
  }),
});

export const XiaomiConfigRef = builder.objectRef<XiaomiConfigFields>('XiaomiConfig').implement({
  description: 'The app’s Xiaomi push settings (the legacy single-provider configuration).',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'Whether Xiaomi push is configured.' }),
    packageName: t.exposeString('package_name', { nullable: true, description: 'The Android package name.' }),
    secret: t.string({
      nullable: true,
      description: 'The Xiaomi app secret (secret).',
      resolve: (config, _args, context) => revealSecret(config.secret, context),
    }),
  }),
});

export const AppPushTemplateRef = builder.objectRef<PushTemplate>('AppPushTemplate').implement({
  description: 'A push template as the app settings list it under its provider.',
  fields: (t) => ({
    eventType: t.field({
      type: PushTemplateEventType,
      nullable: true,
      description: 'The event it renders; null for an event this gateway does not know yet (see eventTypeRaw).',
      resolve: (template) => knownValue('PushTemplateEventType', PUSH_TEMPLATE_EVENT_TYPE_VALUES, template.event_type),
    }),
    eventTypeRaw: t.string({
      nullable: true,
      description: 'The event as Stream names it, including events added after this gateway was built.',
      resolve: (template) => rawValue(template.event_type),
    }),
    enablePush: t.exposeBoolean('enable_push', { description: 'Whether this event sends a push at all.' }),
    template: t.exposeString('template', { nullable: true, description: 'The template text.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was first saved.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

export const AppPushProviderRef = builder.objectRef<PushProvider>('AppPushProvider').implement({
  description: 'A push provider as the app settings list it, with its templates. Credentials are secret.',
  interfaces: [PushProviderSettingsRef],
  fields: (t) => ({
    pushTemplates: t.field({
      type: [AppPushTemplateRef],
      nullable: true,
      description: 'Its templates per event type.',
      resolve: (provider) => provider.push_templates,
    }),
    apnNotificationTemplate: t.exposeString('apn_notification_template', {
      nullable: true,
      description: 'Template of APN notifications.',
    }),
    huaweiHost: t.exposeString('huawei_host', { nullable: true, description: 'A custom Huawei push host.' }),
  }),
});

export const AppPushNotificationsRef = builder.objectRef<PushNotificationFields>('AppPushNotifications').implement({
  description: 'How the app sends push notifications.',
  fields: (t) => ({
    version: t.exposeString('version', { description: 'The push system version (v1, v2 or v3).' }),
    offlineOnly: t.exposeBoolean('offline_only', { description: 'Whether only offline users get pushes.' }),
    apn: t.field({ type: ApnConfigRef, description: 'Legacy APN settings.', resolve: (push) => push.apn }),
    firebase: t.field({
      type: FirebaseConfigRef,
      description: 'Legacy Firebase settings.',
      resolve: (push) => push.firebase,
    }),
    huawei: t.field({ type: HuaweiConfigRef, description: 'Legacy Huawei settings.', resolve: (push) => push.huawei }),
    xiaomi: t.field({ type: XiaomiConfigRef, description: 'Legacy Xiaomi settings.', resolve: (push) => push.xiaomi }),
    providers: t.field({
      type: [AppPushProviderRef],
      nullable: true,
      description: 'The configured push providers (push v2 and later).',
      resolve: (push) => push.providers,
    }),
  }),
});

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
    permissionVersion: t.exposeString('permission_version', {
      description: 'The permission system in use (v1 or v2).',
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
    chatPrimaryUseCase: t.exposeString('chat_primary_use_case', {
      nullable: true,
      description: 'What the app mainly uses chat for, e.g. messaging or customer-support.',
    }),
    videoPrimaryUseCase: t.exposeString('video_primary_use_case', {
      nullable: true,
      description: 'What the app mainly uses video for, e.g. video-calling or livestreaming.',
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
    enforceUniqueUsernames: t.exposeString('enforce_unique_usernames', {
      description: 'Whether user names must be unique: no, app or team.',
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
    moderationDashboardPreferences: t.field({
      type: ModerationDashboardPreferencesRef,
      nullable: true,
      description: 'How the moderation dashboard behaves.',
      resolve: (app) => app.moderation_dashboard_preferences,
    }),
    webhookUrl: t.exposeString('webhook_url', { description: 'Where app events are posted.' }),
    webhookEvents: t.exposeStringList('webhook_events', { description: 'The events posted to the webhook.' }),
    eventHooks: t.field({
      type: [EventHookRef],
      description: 'Destinations for app events.',
      resolve: (app) => app.event_hooks,
    }),
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
    fileUploadConfig: t.field({
      type: FileUploadConfigRef,
      description: 'What file uploads are accepted.',
      resolve: (app) => app.file_upload_config,
    }),
    imageUploadConfig: t.field({
      type: FileUploadConfigRef,
      description: 'What image uploads are accepted.',
      resolve: (app) => app.image_upload_config,
    }),
    datadogInfo: t.field({
      type: DatadogInfoRef,
      nullable: true,
      description: 'Datadog metrics reporting.',
      resolve: (app) => app.datadog_info,
    }),
    geofences: t.field({
      type: [GeofenceRef],
      nullable: true,
      description: 'Country sets channels can be limited to.',
      resolve: (app) => app.geofences,
    }),
    pushNotifications: t.field({
      type: AppPushNotificationsRef,
      description: 'How push notifications are sent.',
      resolve: (app) => app.push_notifications,
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

/** checkSNS and checkSQS answer alike: the outcome of one test delivery. */
function checkPayload(name: string, description: string) {
  return builder.objectRef<CheckSNSResponse | CheckSQSResponse>(name).implement({
    description,
    fields: (t) => ({
      status: t.exposeString('status', { description: 'ok or error.' }),
      error: t.exposeString('error', { nullable: true, description: 'What went wrong, when it did.' }),
      data: t.expose('data', { type: 'JSONObject', nullable: true, description: 'Details of the attempt.' }),
    }),
  });
}

export const CheckSnsPayloadRef = checkPayload('CheckSNSPayload', 'Whether Stream could publish to the SNS topic.');
export const CheckSqsPayloadRef = checkPayload('CheckSQSPayload', 'Whether Stream could send to the SQS queue.');

export const ApnAuthType = builder.enumType('ApnAuthType', {
  description: 'How Stream authenticates with Apple.',
  values: {
    CERTIFICATE: { value: 'certificate', description: 'A p12 certificate.' },
    TOKEN: { value: 'token', description: 'A .p8 signing key (token authentication).' },
  } as const,
});

export const EnforceUniqueUsernames = builder.enumType('EnforceUniqueUsernames', {
  description: 'Where user names must be unique.',
  values: {
    NO: { value: 'no', description: 'Nowhere.' },
    APP: { value: 'app', description: 'Across the app.' },
    TEAM: { value: 'team', description: 'Within each team.' },
  } as const,
});

export const PermissionVersion = builder.enumType('PermissionVersion', {
  description: 'Stream’s permission systems.',
  values: {
    V1: { value: 'v1', description: 'Policies.' },
    V2: { value: 'v2', description: 'Roles, permissions and grants.' },
  } as const,
});

export const PushVersion = builder.enumType('PushVersion', {
  description: 'Stream’s push systems.',
  values: {
    V1: { value: 'v1', description: 'One provider per service.' },
    V2: { value: 'v2', description: 'Several named providers per service.' },
    V3: { value: 'v3', description: 'Per-user and per-channel push preferences.' },
  } as const,
});

export const ChatPrimaryUseCase = builder.enumType('ChatPrimaryUseCase', {
  description: 'What an app mainly uses chat for (Stream tunes its dashboard and defaults to it).',
  values: {
    MESSAGING: { value: 'messaging', description: 'Messaging between users.' },
    CUSTOMER_SUPPORT: { value: 'customer-support', description: 'Support conversations with customers.' },
    COMMUNITY: { value: 'community', description: 'Community and group chat.' },
    MARKETPLACE: { value: 'marketplace', description: 'Buyers and sellers talking.' },
    GAMING: { value: 'gaming', description: 'Chat inside games.' },
    TELEHEALTH: { value: 'telehealth', description: 'Patients and care providers.' },
    ON_DEMAND: { value: 'on-demand', description: 'On-demand services (delivery, rides).' },
    WORKFORCE_MANAGEMENT: { value: 'workforce-management', description: 'Teams at work.' },
    DATING: { value: 'dating', description: 'Dating apps.' },
    EDUCATION: { value: 'education', description: 'Teaching and learning.' },
    FINANCIAL: { value: 'financial', description: 'Financial services.' },
    SPORTS: { value: 'sports', description: 'Sports fans and events.' },
    REAL_MONEY_GAMING: { value: 'real-money-gaming', description: 'Betting and real-money games.' },
  } as const satisfies Record<string, { value: (typeof CHAT_PRIMARY_USE_CASES)[number]; description: string }>,
});

export const VideoPrimaryUseCase = builder.enumType('VideoPrimaryUseCase', {
  description: 'What an app mainly uses video for.',
  values: {
    VIDEO_CALLING: { value: 'video-calling', description: 'Video calls.' },
    VOICE_CALLING: { value: 'voice-calling', description: 'Voice-only calls.' },
    LIVESTREAMING: { value: 'livestreaming', description: 'Broadcasting to an audience.' },
    AUDIO_ROOMS: { value: 'audio-rooms', description: 'Drop-in audio rooms.' },
    AI_AGENTS: { value: 'ai-agents', description: 'Calls with AI agents.' },
    LIVE_SHOPPING: { value: 'live-shopping', description: 'Selling on a live stream.' },
    OTHER: { value: 'other', description: 'Anything else.' },
  } as const satisfies Record<string, { value: (typeof VIDEO_PRIMARY_USE_CASES)[number]; description: string }>,
});

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

export const UpdateAppPayloadRef = builder.objectRef<{ updated: true }>('UpdateAppPayload').implement({
  description: 'The app settings after the change.',
  fields: (t) => ({
    app: t.field({
      type: AppRef,
      description: 'The settings as they are now (read again from Stream when selected).',
      resolve: async (_payload, _args, { stream }) => (await stream.getApp()).app,
    }),
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
