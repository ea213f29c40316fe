import type { updateApp } from '../../rest/app.js';
import type { OperationInput } from '../../rest/operation.js';
import type { AsyncModerationCallbackConfig, EventHook, FileUploadConfig } from '../../rest/wire/app.js';
import { AppRef } from '../../schema/app/types.js';
import {
  AsyncModerationCallbackInput,
  CheckSnsInput,
  CheckSqsInput,
  EventHookInput,
  FileUploadConfigInput,
  UpdateAppInput,
} from '../../schema/app/inputs.js';
import { CheckSnsPayloadRef, CheckSqsPayloadRef, UpdateAppPayloadRef } from '../../schema/app/payloads.js';
import { builder } from '../../graphql/builder.js';

type UpdateAppBody = OperationInput<typeof updateApp>;
type Input<T extends { $inferInput: unknown }> = T['$inferInput'];

function callbackBody(input: Input<typeof AsyncModerationCallbackInput>): AsyncModerationCallbackConfig {
  return { mode: input.mode ?? undefined, server_url: input.serverUrl ?? undefined };
}

function eventHookBody(input: Input<typeof EventHookInput>): EventHook {
  return {
    id: input.id ?? undefined,
    hook_type: input.hookType ?? undefined,
    enabled: input.enabled ?? undefined,
    product: input.product ?? undefined,
    event_types: input.eventTypes ?? undefined,
    should_send_custom_events: input.shouldSendCustomEvents ?? undefined,
    timeout_ms: input.timeoutMs ?? undefined,
    callback: input.callback ? callbackBody(input.callback) : undefined,
    failover_config: input.failoverConfig
      ? {
          type: input.failoverConfig.type ?? undefined,
          gcs_bucket: input.failoverConfig.gcsBucket ?? undefined,
          gcs_path: input.failoverConfig.gcsPath ?? undefined,
          gcs_credentials: input.failoverConfig.gcsCredentials ?? undefined,
        }
      : undefined,
    webhook_url: input.webhookUrl ?? undefined,
    sns_auth_type: input.snsAuthType ?? undefined,
    sns_event_based_message_group_id_enabled: input.snsEventBasedMessageGroupIdEnabled ?? undefined,
    sns_key: input.snsKey ?? undefined,
    sns_secret: input.snsSecret ?? undefined,
    sns_region: input.snsRegion ?? undefined,
    sns_role_arn: input.snsRoleArn ?? undefined,
    sns_topic_arn: input.snsTopicArn ?? undefined,
    sqs_auth_type: input.sqsAuthType ?? undefined,
    sqs_key: input.sqsKey ?? undefined,
    sqs_secret: input.sqsSecret ?? undefined,
    sqs_queue_url: input.sqsQueueUrl ?? undefined,
    sqs_region: input.sqsRegion ?? undefined,
    sqs_role_arn: input.sqsRoleArn ?? undefined,
  };
}

function uploadConfigBody(input: Input<typeof FileUploadConfigInput>): FileUploadConfig {
  return {
    size_limit: input.sizeLimit,
    allowed_file_extensions: input.allowedFileExtensions ?? undefined,
    blocked_file_extensions: input.blockedFileExtensions ?? undefined,
    allowed_mime_types: input.allowedMimeTypes ?? undefined,
    blocked_mime_types: input.blockedMimeTypes ?? undefined,
  };
}

/** The nested configuration blocks of an app update, in Stream's names. */
function nestedAppSettings(input: Input<typeof UpdateAppInput>): Partial<UpdateAppBody> {
  const { apnConfig: apn, firebaseConfig: firebase, huaweiConfig: huawei, xiaomiConfig: xiaomi } = input;
  const dashboard = input.moderationDashboardPreferences;
  return {
    apn_config: apn
      ? {
          Disabled: apn.disabled ?? undefined,
          auth_type: apn.authType ?? undefined,
          auth_key: apn.authKey ?? undefined,
          p12_cert: apn.p12Cert ?? undefined,
          bundle_id: apn.bundleId ?? undefined,
          development: apn.development ?? undefined,
          host: apn.host ?? undefined,
          key_id: apn.keyId ?? undefined,
          team_id: apn.teamId ?? undefined,
          notification_template: apn.notificationTemplate ?? undefined,
        }
      : undefined,
    firebase_config: firebase
      ? {
          Disabled: firebase.disabled ?? undefined,
          credentials_json: firebase.credentialsJson ?? undefined,
          server_key: firebase.serverKey ?? undefined,
          apn_template: firebase.apnTemplate ?? undefined,
          data_template: firebase.dataTemplate ?? undefined,
          notification_template: firebase.notificationTemplate ?? undefined,
        }
      : undefined,
    huawei_config: huawei
      ? { Disabled: huawei.disabled ?? undefined, id: huawei.id ?? undefined, secret: huawei.secret ?? undefined }
      : undefined,
    xiaomi_config: xiaomi
      ? {
          Disabled: xiaomi.disabled ?? undefined,
          package_name: xiaomi.packageName ?? undefined,
          secret: xiaomi.secret ?? undefined,
        }
      : undefined,
    push_config: input.pushConfig
      ? { version: input.pushConfig.version, offline_only: input.pushConfig.offlineOnly ?? undefined }
      : undefined,
    async_moderation_config: input.asyncModerationConfig
      ? {
          callback: input.asyncModerationConfig.callback
            ? callbackBody(input.asyncModerationConfig.callback)
            : undefined,
          timeout_ms: input.asyncModerationConfig.timeoutMs ?? undefined,
        }
      : undefined,
    datadog_info: input.datadogInfo
      ? {
          enabled: input.datadogInfo.enabled ?? undefined,
          site: input.datadogInfo.site ?? undefined,
          api_key: input.datadogInfo.apiKey ?? undefined,
        }
      : undefined,
    event_hooks: input.eventHooks?.map(eventHookBody),
    file_upload_config: input.fileUploadConfig ? uploadConfigBody(input.fileUploadConfig) : undefined,
    image_upload_config: input.imageUploadConfig ? uploadConfigBody(input.imageUploadConfig) : undefined,
    moderation_dashboard_preferences: dashboard
      ? {
          allowed_moderation_action_reasons: dashboard.allowedModerationActionReasons ?? undefined,
          async_review_queue_upsert: dashboard.asyncReviewQueueUpsert ?? undefined,
          block_foreign_cdn_attachments: dashboard.blockForeignCdnAttachments ?? undefined,
          custom_views_enabled: dashboard.customViewsEnabled ?? undefined,
          disable_audit_logs: dashboard.disableAuditLogs ?? undefined,
          disable_flagging_reviewed_entity: dashboard.disableFlaggingReviewedEntity ?? undefined,
          escalation_queue_enabled: dashboard.escalationQueueEnabled ?? undefined,
          escalation_reasons: dashboard.escalationReasons ?? undefined,
          filterable_custom_keys: dashboard.filterableCustomKeys ?? undefined,
          flag_user_on_flagged_content: dashboard.flagUserOnFlaggedContent ?? undefined,
          include_attachment_payload: dashboard.includeAttachmentPayload ?? undefined,
          keyframe_classifications_map: dashboard.keyframeClassificationsMap ?? undefined,
          media_queue_blur_enabled: dashboard.mediaQueueBlurEnabled ?? undefined,
          overview_dashboard: dashboard.overviewDashboard
            ? {
                default_date_range_days: dashboard.overviewDashboard.defaultDateRangeDays ?? undefined,
                visible_charts: dashboard.overviewDashboard.visibleCharts ?? undefined,
              }
            : undefined,
        }
      : undefined,
  };
}

/** An app update in Stream's names; fields the caller left out stay out. */
function updateAppBody(input: Input<typeof UpdateAppInput>): UpdateAppBody {
  return {
    ...nestedAppSettings(input),
    activity_metrics_config: input.activityMetricsConfig ?? undefined,
    allowed_flag_reasons: input.allowedFlagReasons ?? undefined,
    async_url_enrich_enabled: input.asyncUrlEnrichEnabled ?? undefined,
    auto_translation_enabled: input.autoTranslationEnabled ?? undefined,
    before_message_send_hook_attempt_timeout_ms: input.beforeMessageSendHookAttemptTimeoutMs ?? undefined,
    before_message_send_hook_url: input.beforeMessageSendHookUrl ?? undefined,
    cdn_expiration_seconds: input.cdnExpirationSeconds ?? undefined,
    channel_hide_members_only: input.channelHideMembersOnly ?? undefined,
    chat_primary_use_case: input.chatPrimaryUseCase ?? undefined,
    custom_action_handler_url: input.customActionHandlerUrl ?? undefined,
    disable_auth_checks: input.disableAuthChecks ?? undefined,
    disable_permissions_checks: input.disablePermissionsChecks ?? undefined,
    enable_hook_payload_compression: input.enableHookPayloadCompression ?? undefined,
    enforce_unique_usernames: input.enforceUniqueUsernames ?? undefined,
    feed_audit_logs_enabled: input.feedAuditLogsEnabled ?? undefined,
    feeds_moderation_enabled: input.feedsModerationEnabled ?? undefined,
    feeds_v2_region: input.feedsV2Region ?? undefined,
    grants: input.grants ?? undefined,
    guest_user_creation_disabled: input.guestUserCreationDisabled ?? undefined,
    image_moderation_block_labels: input.imageModerationBlockLabels ?? undefined,
    image_moderation_enabled: input.imageModerationEnabled ?? undefined,
    image_moderation_labels: input.imageModerationLabels ?? undefined,
    max_aggregated_activities_length: input.maxAggregatedActivitiesLength ?? undefined,
    member_custom_on_messages_enabled: input.memberCustomOnMessagesEnabled ?? undefined,
    migrate_permissions_to_v2: input.migratePermissionsToV2 ?? undefined,
    moderation_analytics_enabled: input.moderationAnalyticsEnabled ?? undefined,
    moderation_enabled: input.moderationEnabled ?? undefined,
    moderation_onboarding_complete: input.moderationOnboardingComplete ?? undefined,
    moderation_s3_image_access_role_arn: input.moderationS3ImageAccessRoleArn ?? undefined,
    moderation_webhook_url: input.moderationWebhookUrl ?? undefined,
    multi_tenant_enabled: input.multiTenantEnabled ?? undefined,
    permission_version: input.permissionVersion ?? undefined,
    reminders_interval: input.remindersInterval ?? undefined,
    reminders_max_members: input.remindersMaxMembers ?? undefined,
    reminders_max_per_user: input.remindersMaxPerUser ?? undefined,
    revoke_tokens_issued_before: input.revokeTokensIssuedBefore ?? undefined,
    sns_key: input.snsKey ?? undefined,
    sns_secret: input.snsSecret ?? undefined,
    sns_topic_arn: input.snsTopicArn ?? undefined,
    sqs_key: input.sqsKey ?? undefined,
    sqs_secret: input.sqsSecret ?? undefined,
    sqs_url: input.sqsUrl ?? undefined,
    user_response_time_enabled: input.userResponseTimeEnabled ?? undefined,
    user_search_disallowed_roles: input.userSearchDisallowedRoles ?? undefined,
    video_primary_use_case: input.videoPrimaryUseCase ?? undefined,
    webhook_events: input.webhookEvents ?? undefined,
    webhook_url: input.webhookUrl ?? undefined,
  };
}

builder.queryField('app', (t) =>
  t.field({
    type: AppRef,
    description: 'The app’s settings (getApp).',
    authScopes: { server: true },
    resolve: async (_root, _args, { stream }) => (await stream.getApp()).app,
  }),
);

builder.mutationField('updateApp', (t) =>
  t.field({
    type: UpdateAppPayloadRef,
    description: 'Changes app settings (updateApp).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpdateAppInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.updateApp(updateAppBody(input));
      return { updated: true as const };
    },
  }),
);

builder.mutationField('checkSNS', (t) =>
  t.field({
    type: CheckSnsPayloadRef,
    description:
      'Has Stream publish a test event to an SNS topic (checkSNS). A mutation: it sends a message to the topic.',
    authScopes: { server: true },
    args: { input: t.arg({ type: CheckSnsInput, description: 'Settings to try; the saved ones when left out.' }) },
    resolve: (_root, { input }, { stream }) =>
      stream.checkSNS({
        sns_key: input?.snsKey ?? undefined,
        sns_secret: input?.snsSecret ?? undefined,
        sns_topic_arn: input?.snsTopicArn ?? undefined,
      }),
  }),
);

builder.mutationField('checkSQS', (t) =>
  t.field({
    type: CheckSqsPayloadRef,
    description:
      'Has Stream send a test event to an SQS queue (checkSQS). A mutation: it sends a message to the queue.',
    authScopes: { server: true },
    args: { input: t.arg({ type: CheckSqsInput, description: 'Settings to try; the saved ones when left out.' }) },
    resolve: (_root, { input }, { stream }) =>
      stream.checkSQS({
        sqs_key: input?.sqsKey ?? undefined,
        sqs_secret: input?.sqsSecret ?? undefined,
        sqs_url: input?.sqsUrl ?? undefined,
      }),
  }),
);
