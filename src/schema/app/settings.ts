import {
  AsyncModerationCallbackConfig,
  DataDogInfo,
  EventHook,
  FileUploadConfig,
  GeofenceResponse,
  ModerationDashboardPreferences,
  OverviewDashboardConfig,
  WebhookFailoverConfig,
} from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
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
      }),
      ...wireFields(t, AsyncModerationCallbackConfig, { serverUrl: 'The address called.' }),
    }),
  });

export const WebhookFailoverConfigRef = builder.objectRef<WebhookFailoverConfig>('WebhookFailoverConfig').implement({
  description: 'Where an event hook’s events are kept when they cannot be delivered. The credentials are secret.',
  fields: (t) => ({
    ...wireFields(t, WebhookFailoverConfig, {
      type: 'The kind of fallback storage, e.g. gcs.',
      gcsBucket: 'The Google Cloud Storage bucket.',
      gcsPath: 'The folder inside the bucket.',
    }),
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
    ...wireFields(t, EventHook, {
      id: 'The hook id.',
      hookType: 'webhook, sns, sqs or pending_message.',
      enabled: 'Whether events are sent.',
      product: 'The product whose events are sent.',
      eventTypes: 'The events sent; all when empty.',
      shouldSendCustomEvents: 'Whether custom events are sent too.',
      timeoutMs: 'How long a delivery may take, in milliseconds.',
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
    ...wireFields(t, EventHook, {
      webhookUrl: 'The webhook address.',
      snsAuthType: 'SNS authentication: keys or a role.',
      snsEventBasedMessageGroupIdEnabled: 'Whether SNS FIFO message groups follow the event.',
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
    ...wireFields(t, EventHook, {
      snsRegion: 'The SNS region.',
      snsRoleArn: 'The IAM role Stream assumes for SNS.',
      snsTopicArn: 'The SNS topic.',
      sqsAuthType: 'SQS authentication: keys or a role.',
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
    ...wireFields(t, EventHook, {
      sqsQueueUrl: 'The SQS queue.',
      sqsRegion: 'The SQS region.',
      sqsRoleArn: 'The IAM role Stream assumes for SQS.',
      createdAt: 'When the hook was added.',
      updatedAt: 'When the hook last changed.',
    }),
  }),
});

export const FileUploadConfigRef = builder.objectRef<FileUploadConfig>('FileUploadConfig').implement({
  description: 'What uploads an app accepts.',
  fields: (t) => ({
    ...wireFields(t, FileUploadConfig, {
      sizeLimit: 'Largest upload in bytes; 0 means Stream’s default (100 MB).',
      allowedFileExtensions: 'Only these extensions are accepted, when set.',
      blockedFileExtensions: 'These extensions are refused.',
      allowedMimeTypes: 'Only these MIME types are accepted, when set.',
      blockedMimeTypes: 'These MIME types are refused.',
    }),
  }),
});

export const DatadogInfoRef = builder.objectRef<DataDogInfo>('DatadogInfo').implement({
  description: 'Where Stream reports the app’s metrics in Datadog.',
  fields: (t) => ({
    ...wireFields(t, DataDogInfo, {
      enabled: 'Whether metrics are sent.',
      site: 'The Datadog site, e.g. datadoghq.eu.',
    }),
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
    ...wireFields(t, GeofenceResponse, {
      name: 'The geofence name.',
      type: 'Whether the countries are allowed or blocked.',
      countryCodes: 'ISO 3166 country codes.',
    }),
  }),
});

export const OverviewDashboardConfigRef = builder
  .objectRef<OverviewDashboardConfig>('OverviewDashboardConfig')
  .implement({
    description: 'The moderation overview dashboard’s defaults.',
    fields: (t) => ({
      ...wireFields(t, OverviewDashboardConfig, {
        defaultDateRangeDays: 'How many days the charts show at first.',
        visibleCharts: 'The charts shown.',
      }),
    }),
  });

export const ModerationDashboardPreferencesRef = builder
  .objectRef<ModerationDashboardPreferences>('ModerationDashboardPreferences')
  .implement({
    description: 'How the moderation dashboard behaves for this app.',
    fields: (t) => ({
      ...wireFields(t, ModerationDashboardPreferences, {
        allowedModerationActionReasons: 'Reasons moderators may pick.',
        asyncReviewQueueUpsert: 'Whether review queue items are written asynchronously.',
        blockForeignCdnAttachments: 'Whether attachments hosted outside Stream’s CDN are blocked.',
        customViewsEnabled: 'Whether moderators can save their own queue views.',
        disableAuditLogs: 'Whether audit logs are off.',
        disableFlaggingReviewedEntity: 'Whether reviewed content can no longer be flagged.',
        escalationQueueEnabled: 'Whether the escalation queue is on.',
        escalationReasons: 'Reasons to escalate.',
        filterableCustomKeys: 'Custom data keys the review queue can be filtered by.',
        flagUserOnFlaggedContent: 'Whether the author is flagged with their content.',
        includeAttachmentPayload: 'Whether review items carry the full attachment data.',
        keyframeClassificationsMap: 'Video keyframe classifications and how they map to labels.',
        mediaQueueBlurEnabled: 'Whether media in the queue is blurred.',
      }),
      overviewDashboard: t.expose('overview_dashboard', {
        type: OverviewDashboardConfigRef,
        nullable: true,
        description: 'The overview dashboard’s defaults.',
      }),
    }),
  });
