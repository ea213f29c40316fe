import { randomUUID } from 'node:crypto';
import { decodeInstant } from '../rest/wire/primitives.js';
import { accessControlFor } from './accessControl.js';
import { nowTimestamp } from './clock.js';
import { defaultApp, type AppRecord } from './defaultApp.js';
import { badInput } from './errors.js';
import { perState, type EmulatorState } from './state.js';

/** The app's settings plus what updateApp accepts but getApp never shows. */
export interface AppSettings {
  app: AppRecord;
  hidden: Record<string, unknown>;
}

export const appSettingsFor = perState<AppSettings>(() => ({ app: defaultApp(), hidden: {} }));

/** Fields updateApp sends under the same name getApp answers with. */
const SAME_NAME = [
  'activity_metrics_config',
  'allowed_flag_reasons',
  'async_url_enrich_enabled',
  'auto_translation_enabled',
  'before_message_send_hook_attempt_timeout_ms',
  'before_message_send_hook_url',
  'cdn_expiration_seconds',
  'chat_primary_use_case',
  'custom_action_handler_url',
  'datadog_info',
  'disable_auth_checks',
  'disable_permissions_checks',
  'enforce_unique_usernames',
  'feed_audit_logs_enabled',
  'file_upload_config',
  'guest_user_creation_disabled',
  'image_moderation_enabled',
  'image_moderation_labels',
  'image_upload_config',
  'max_aggregated_activities_length',
  'member_custom_on_messages_enabled',
  'moderation_dashboard_preferences',
  'moderation_enabled',
  'moderation_onboarding_complete',
  'moderation_s3_image_access_role_arn',
  'moderation_webhook_url',
  'multi_tenant_enabled',
  'permission_version',
  'reminders_interval',
  'sns_key',
  'sns_secret',
  'sns_topic_arn',
  'sqs_key',
  'sqs_secret',
  'sqs_url',
  'user_response_time_enabled',
  'user_search_disallowed_roles',
  'video_primary_use_case',
  'webhook_events',
  'webhook_url',
] as const;

/** Accepted by updateApp and kept, though no response shape carries them. */
const HIDDEN = [
  'async_moderation_config',
  'enable_hook_payload_compression',
  'feeds_moderation_enabled',
  'feeds_v2_region',
  'image_moderation_block_labels',
  'moderation_analytics_enabled',
  'reminders_max_members',
  'reminders_max_per_user',
] as const;

const URL_FIELDS = [
  'webhook_url',
  'before_message_send_hook_url',
  'custom_action_handler_url',
  'moderation_webhook_url',
];

/** Applies an updateApp body: only the fields sent change. */
export function applyAppUpdate(state: EmulatorState, body: Record<string, any>): void {
  validateAppUpdate(state, body);
  const { app, hidden } = appSettingsFor(state);
  const target = app as Record<string, unknown>;
  for (const field of SAME_NAME) if (body[field] !== undefined) target[field] = structuredClone(body[field]);
  for (const field of HIDDEN) if (body[field] !== undefined) hidden[field] = structuredClone(body[field]);
  if (body.revoke_tokens_issued_before !== undefined) {
    app.revoke_tokens_issued_before = decodeInstant(body.revoke_tokens_issued_before).toString();
  }
  if (body.migrate_permissions_to_v2 === true) app.permission_version = 'v2';
  // Grants are replaced role by role; roles not sent keep theirs.
  if (body.grants !== undefined) app.grants = { ...app.grants, ...structuredClone(body.grants) };
  if (body.event_hooks !== undefined) app.event_hooks = mergeEventHooks(app.event_hooks, body.event_hooks);
  applyPushConfig(app, body);
}

function validateAppUpdate(state: EmulatorState, body: Record<string, any>): void {
  for (const field of URL_FIELDS) {
    const value = body[field];
    if (typeof value === 'string' && value !== '' && !isHttpUrl(value)) throw badInput(field, 'must be an http(s) URL');
  }
  if (body.grants) {
    const { roles, permissions } = accessControlFor(state);
    for (const [role, granted] of Object.entries(body.grants as Record<string, unknown>)) {
      if (!roles.has(role)) throw badInput('grants', `role ${role} does not exist`);
      if (!Array.isArray(granted)) throw badInput('grants', `grants of ${role} must be a list of permission ids`);
      const unknown = granted.find((id) => typeof id !== 'string' || !permissions.has(id));
      if (unknown !== undefined) throw badInput('grants', `permission ${String(unknown)} does not exist`);
    }
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function mergeEventHooks(current: AppRecord['event_hooks'], sent: Record<string, any>[]): AppRecord['event_hooks'] {
  const now = nowTimestamp();
  return sent.map((hook) => {
    const previous = hook.id ? current.find((existing) => existing.id === hook.id) : undefined;
    return {
      enabled: true,
      ...structuredClone(hook),
      id: hook.id ?? randomUUID(),
      created_at: previous?.created_at ?? now,
      updated_at: now,
    };
  });
}

/** updateApp sends the v2 push configuration per provider; getApp answers it under push_notifications. */
function applyPushConfig(app: AppRecord, body: Record<string, any>): void {
  const push = app.push_notifications;
  if (body.push_config) {
    push.version = body.push_config.version;
    if (body.push_config.offline_only !== undefined) push.offline_only = body.push_config.offline_only;
  }
  if (body.apn_config) {
    const { Disabled, ...fields } = body.apn_config as Record<string, any>;
    push.apn = { ...push.apn, ...fields, enabled: Disabled !== true };
  }
  if (body.firebase_config) {
    const { Disabled, ...fields } = body.firebase_config as Record<string, any>;
    push.firebase = { ...push.firebase, ...fields, enabled: Disabled !== true };
  }
  if (body.huawei_config) {
    const { Disabled, ...fields } = body.huawei_config as Record<string, any>;
    push.huawei = { ...push.huawei, ...fields, enabled: Disabled !== true };
  }
  if (body.xiaomi_config) {
    const { Disabled, ...fields } = body.xiaomi_config as Record<string, any>;
    push.xiaomi = { ...push.xiaomi, ...fields, enabled: Disabled !== true };
  }
}
