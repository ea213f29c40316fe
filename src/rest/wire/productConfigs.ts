import { Type, type StaticDecode } from '@sinclair/typebox';
import { JsonObject } from './primitives.js';
import { Timestamps } from './shared.js';

/**
 * A channel type's configuration (spec: ChannelConfig): a large chat-product document that the
 * graph passes on as JSON. What Stream always sends is typed here (so that answers can be checked
 * against it); the rest passes through as it came.
 */
export const ChannelConfig = Type.Composite([
  Timestamps,
  Type.Object({
    automod: Type.String(),
    automod_behavior: Type.String(),
    commands: Type.Array(Type.String()),
    connect_events: Type.Boolean(),
    count_messages: Type.Boolean(),
    custom_events: Type.Boolean(),
    delivery_events: Type.Boolean(),
    mark_messages_pending: Type.Boolean(),
    max_message_length: Type.Integer(),
    message_retention: Type.String(),
    mutes: Type.Boolean(),
    name: Type.String(),
    polls: Type.Boolean(),
    push_notifications: Type.Boolean(),
    quotes: Type.Boolean(),
    reactions: Type.Boolean(),
    read_events: Type.Boolean(),
    reminders: Type.Boolean(),
    replies: Type.Boolean(),
    search: Type.Boolean(),
    shared_locations: Type.Boolean(),
    skip_last_msg_update_for_system_msgs: Type.Boolean(),
    typing_events: Type.Boolean(),
    uploads: Type.Boolean(),
    url_enrichment: Type.Boolean(),
    user_message_reminders: Type.Boolean(),
  }),
]);
export type ChannelConfig = StaticDecode<typeof ChannelConfig>;

export const TargetResolution = Type.Object({
  bitrate: Type.Integer(),
  height: Type.Integer(),
  width: Type.Integer(),
});
export type TargetResolution = StaticDecode<typeof TargetResolution>;

export const AudioSettings = Type.Object({
  access_request_enabled: Type.Boolean(),
  default_device: Type.String(),
  hifi_audio_enabled: Type.Boolean(),
  mic_default_on: Type.Boolean(),
  opus_dtx_enabled: Type.Boolean(),
  redundant_coding_enabled: Type.Boolean(),
  speaker_default_on: Type.Boolean(),
});
export type AudioSettings = StaticDecode<typeof AudioSettings>;

export const VideoSettings = Type.Object({
  access_request_enabled: Type.Boolean(),
  camera_default_on: Type.Boolean(),
  camera_facing: Type.String(),
  enabled: Type.Boolean(),
  target_resolution: TargetResolution,
});
export type VideoSettings = StaticDecode<typeof VideoSettings>;

export const RecordSettings = Type.Object({
  mode: Type.String(),
  quality: Type.Optional(Type.String()),
});
export type RecordSettings = StaticDecode<typeof RecordSettings>;

export const TranscriptionSettings = Type.Object({
  closed_caption_mode: Type.String(),
  language: Type.String(),
  mode: Type.String(),
});
export type TranscriptionSettings = StaticDecode<typeof TranscriptionSettings>;

/**
 * A call type's settings (spec: CallSettings): every part is optional; the parts typed here are
 * checked for what Stream requires in them, the others pass through.
 */
export const CallSettings = Type.Object({
  audio: Type.Optional(AudioSettings),
  recording: Type.Optional(RecordSettings),
  transcription: Type.Optional(TranscriptionSettings),
  video: Type.Optional(VideoSettings),
});
export type CallSettings = StaticDecode<typeof CallSettings>;

/** The push of one call event (spec: EventNotificationSettings; `fcm` is free-form). */
export const EventNotificationSettings = Type.Object({
  apns: Type.Object({ body: Type.String(), title: Type.String() }),
  enabled: Type.Boolean(),
  fcm: JsonObject,
});
export type EventNotificationSettings = StaticDecode<typeof EventNotificationSettings>;

export const NotificationSettings = Type.Object({
  call_live_started: EventNotificationSettings,
  call_missed: EventNotificationSettings,
  call_notification: EventNotificationSettings,
  call_ring: EventNotificationSettings,
  enabled: Type.Boolean(),
  session_started: EventNotificationSettings,
});
export type NotificationSettings = StaticDecode<typeof NotificationSettings>;

/**
 * A call type (spec: CallType): a large video-product document that the graph passes on as JSON.
 * What Stream always sends is typed here, so that answers can be checked against it.
 */
export const CallType = Type.Composite([
  Timestamps,
  Type.Object({
    app: Type.Integer(),
    id: Type.Integer(),
    name: Type.String(),
    notification_settings: Type.Optional(NotificationSettings),
    recording_external_storage: Type.String(),
    settings: Type.Optional(CallSettings),
  }),
]);
export type CallType = StaticDecode<typeof CallType>;
