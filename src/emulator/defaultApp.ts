import type { AppResponseFields } from '../rest/wire/app.js';
import type { CallSettings, CallType, ChannelConfig, EventNotificationSettings } from '../rest/wire/productConfigs.js';
import { defaultGrants } from './builtinRoles.js';
import { fixedTimestamp } from './clock.js';
import type { Emitted } from './state.js';

export type AppRecord = Emitted<AppResponseFields>;

/** The numeric id of the emulated app; Stream answers it as `app.id` and `app_pk` in several shapes. */
export const EMULATOR_APP_PK = 1_408_277;

const CREATED = fixedTimestamp(0);

function channelConfig(name: string, overrides: Partial<Emitted<ChannelConfig>> = {}): Emitted<ChannelConfig> {
  return {
    name,
    typing_events: true,
    read_events: true,
    connect_events: true,
    delivery_events: true,
    search: true,
    reactions: true,
    replies: true,
    quotes: true,
    mutes: true,
    uploads: true,
    url_enrichment: true,
    custom_events: true,
    push_notifications: true,
    reminders: false,
    mark_messages_pending: false,
    polls: false,
    shared_locations: false,
    user_message_reminders: false,
    count_messages: false,
    skip_last_msg_update_for_system_msgs: false,
    message_retention: 'infinite',
    max_message_length: 5000,
    automod: 'disabled',
    automod_behavior: 'flag',
    commands: ['giphy'],
    created_at: CREATED,
    updated_at: CREATED,
    ...overrides,
  };
}

type Settings = Emitted<CallSettings>;

/** A call type's settings as a new app has them; `audio` and `video` parts as given replace the defaults. */
function callSettings(audio: Partial<Settings['audio']> = {}, video: Partial<Settings['video']> = {}): Settings {
  return {
    audio: {
      access_request_enabled: true,
      default_device: 'speaker',
      hifi_audio_enabled: false,
      mic_default_on: true,
      opus_dtx_enabled: true,
      redundant_coding_enabled: true,
      speaker_default_on: true,
      ...audio,
    },
    video: {
      access_request_enabled: true,
      camera_default_on: true,
      camera_facing: 'front',
      enabled: true,
      target_resolution: { width: 1280, height: 720, bitrate: 1_500_000 },
      ...video,
    },
    recording: { mode: 'available', quality: '720p' },
    transcription: { mode: 'available', closed_caption_mode: 'available', language: 'auto' },
  };
}

function callEventPush(title: string, body: string): Emitted<EventNotificationSettings> {
  return { enabled: true, apns: { title, body }, fcm: {} };
}

function callType(id: number, name: string, settings: Settings = callSettings()): Emitted<CallType> {
  return {
    id,
    app: EMULATOR_APP_PK,
    name,
    recording_external_storage: '',
    settings,
    notification_settings: {
      enabled: true,
      call_live_started: callEventPush('{{ user.display_name }} started a livestream', ''),
      session_started: callEventPush('{{ user.display_name }} started a call', ''),
      call_notification: callEventPush('{{ user.display_name }} is calling you', ''),
      call_ring: callEventPush('{{ user.display_name }} is calling you', ''),
      call_missed: callEventPush('Missed call from {{ user.display_name }}', ''),
    },
    created_at: CREATED,
    updated_at: CREATED,
  };
}

/** The settings a new Stream app answers with before anyone changes them. */
export function defaultApp(): AppRecord {
  return {
    id: EMULATOR_APP_PK,
    name: 'Stream Emulator',
    organization: 'Emulator',
    placement: 'us-east',
    suspended: false,
    suspended_explanation: '',
    allow_multi_user_devices: false,
    async_url_enrich_enabled: false,
    auto_translation_enabled: false,
    campaign_enabled: false,
    cdn_expiration_seconds: 1_209_600,
    custom_action_handler_url: '',
    disable_auth_checks: false,
    disable_permissions_checks: false,
    enforce_unique_usernames: 'no',
    event_hooks: [],
    feed_audit_logs_enabled: false,
    file_upload_config: { size_limit: 0, allowed_file_extensions: [], blocked_file_extensions: [] },
    image_upload_config: {
      size_limit: 0,
      allowed_file_extensions: [],
      blocked_file_extensions: [],
      allowed_mime_types: [],
      blocked_mime_types: [],
    },
    guest_user_creation_disabled: false,
    image_moderation_enabled: false,
    image_moderation_labels: [],
    max_aggregated_activities_length: 100,
    member_custom_on_messages_enabled: false,
    moderation_audio_call_moderation_enabled: false,
    moderation_enabled: false,
    moderation_llm_configurability_enabled: false,
    moderation_multitenant_blocklist_enabled: false,
    moderation_onboarding_complete: false,
    moderation_video_call_moderation_enabled: false,
    moderation_webhook_url: '',
    multi_tenant_enabled: false,
    permission_version: 'v2',
    policies: {},
    grants: defaultGrants(),
    push_notifications: {
      version: 'v3',
      offline_only: false,
      apn: { enabled: false, development: false },
      firebase: { enabled: false },
      huawei: { enabled: false },
      xiaomi: { enabled: false },
      providers: [],
    },
    reminders_interval: 3600,
    sns_key: '',
    sns_secret: '',
    sns_topic_arn: '',
    sqs_key: '',
    sqs_secret: '',
    sqs_url: '',
    use_hook_v2: true,
    user_response_time_enabled: false,
    user_search_disallowed_roles: [],
    webhook_events: [],
    webhook_url: '',
    channel_configs: {
      commerce: channelConfig('commerce', { typing_events: false, read_events: false, mutes: false }),
      gaming: channelConfig('gaming', { typing_events: false, read_events: false, reactions: false, mutes: false }),
      livestream: channelConfig('livestream', {
        typing_events: false,
        read_events: false,
        connect_events: false,
        replies: false,
        mutes: false,
      }),
      messaging: channelConfig('messaging', { reminders: true, polls: true }),
      team: channelConfig('team', { reminders: true, polls: true }),
    },
    call_types: {
      audio_room: callType(1, 'audio_room', callSettings({ mic_default_on: false }, { enabled: false })),
      default: callType(2, 'default'),
      development: callType(3, 'development'),
      livestream: callType(4, 'livestream'),
    },
  };
}
