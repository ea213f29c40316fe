import {
  type AsyncModerationCallbackConfig,
  type DataDogInfo,
  type EventHook,
  type FileUploadConfig,
  type GeofenceResponse,
  type ModerationDashboardPreferences,
  type OverviewDashboardConfig,
  type WebhookFailoverConfig,
} from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { revealSecret } from '../../graphql/secrets.js';
import { AsyncModerationCallbackMode } from './enums.js';

export const AsyncModerationCallbackRef = builder
  .objectRef<AsyncModerationCallbackConfig>('AsyncModerationCallback')
  .implement({
    description: 'Where asynchronous moderation results are sent.',
    fields: (t) => ({
      ...openEnumFields(t, AsyncModerationCallbackMode, 'mode', {
        description: 'How the call is made.',
        nullable: true,
        wire: (callback) => callback.mode,
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
    callback: t.expose('callback', {
      type: AsyncModerationCallbackRef,
      nullable: true,
      description: 'The asynchronous moderation callback.',
    }),
    failoverConfig: t.expose('failover_config', {
      type: WebhookFailoverConfigRef,
      nullable: true,
      description: 'Where undeliverable events are kept.',
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
      overviewDashboard: t.expose('overview_dashboard', {
        type: OverviewDashboardConfigRef,
        nullable: true,
        description: 'The overview dashboard’s defaults.',
      }),
    }),
  });
