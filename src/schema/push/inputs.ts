import {
  CheckPushRequest,
  PushPreferenceInput as PushPreferenceRequest,
  PushProviderRequest,
} from '../../rest/wire/push.js';
import { builder } from '../../graphql/builder.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';
import { ApnAuthType } from '../app/enums.js';
import { PushProvider } from '../device/types.js';
import { PushTemplateEventType, PushCheckEventType, PushLevel, ChatPushLevel } from './enums.js';
import { CHAT_TOGGLES, FEEDS_TOGGLES, toggleInputs } from './toggles.js';

export const ChatPushPreferencesInput = builder.inputType('ChatPushPreferencesInput', {
  description: 'Which kinds of chat message send a push.',
  fields: (t) => toggleInputs(t, CHAT_TOGGLES),
});

export const FeedsPushPreferencesInput = builder.inputType('FeedsPushPreferencesInput', {
  description: 'Which kinds of feed activity send a push.',
  fields: (t) => ({
    ...toggleInputs(t, FEEDS_TOGGLES),
    customActivityTypes: t.field({ type: 'JSONObject', description: 'Per custom activity type: "all" or "none".' }),
  }),
});

export const PushPreferenceInput = builder.inputType('PushPreferenceInput', {
  description: "One change to a user's push preferences, app-wide or (with channelCid) for one channel.",
  fields: (t) => ({
    ...wireInputFields(t, PushPreferenceRequest, {
      userId: {
        description: 'Whose preferences; user callers may only name themselves (and default to it).',
        type: 'ID',
      },
      channelCid: 'Limit the change to this channel (type:id).',
    }),
    chatLevel: t.field({ type: ChatPushLevel, description: 'Which chat messages push.' }),
    callLevel: t.field({ type: PushLevel, description: 'Whether calls push.' }),
    feedsLevel: t.field({ type: PushLevel, description: 'Whether feed activity pushes.' }),
    chatPreferences: t.field({ type: ChatPushPreferencesInput, description: 'Finer chat settings.' }),
    feedsPreferences: t.field({ type: FeedsPushPreferencesInput, description: 'Finer feeds settings.' }),
    ...wireInputFields(t, PushPreferenceRequest, {
      disabledUntil: 'Pause pushes until then.',
      removeDisable: 'Lift a pause set with disabledUntil.',
    }),
  }),
});

export const UpdatePushNotificationPreferencesInput = builder.inputType('UpdatePushNotificationPreferencesInput', {
  description: 'Changes to push preferences, applied in order.',
  fields: (t) => ({
    preferences: t.field({ type: [PushPreferenceInput], required: true, description: 'The changes.' }),
  }),
});

export const CheckPushInput = builder.inputType('CheckPushInput', {
  description: 'Renders a push for a user without sending it, optionally with trial templates.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user whose devices and settings are checked.' }),
    eventType: t.field({ type: PushCheckEventType, description: 'The event to render (message.new when left out).' }),
    ...wireInputFields(t, CheckPushRequest, {
      messageId: 'Render this message rather than a sample one.',
    }),
    pushProviderType: t.field({ type: PushProvider, description: 'Check only this kind of provider.' }),
    ...wireInputFields(t, CheckPushRequest, {
      pushProviderName: 'Check only the provider of this name.',
      apnTemplate: 'Try this APN template instead of the saved one.',
      firebaseTemplate: 'Try this Firebase notification template instead of the saved one.',
      firebaseDataTemplate: 'Try this Firebase data template instead of the saved one.',
      skipDevices: "Render only; don't check the user's devices.",
    }),
  }),
});

export const UpsertPushProviderInput = builder.inputType('UpsertPushProviderInput', {
  description: 'A push provider to add, or to change when one of that type and name exists.',
  fields: (t) => ({
    ...wireInputFields(t, PushProviderRequest, {
      name: 'The provider name (1 to 36 characters), unique per type.',
    }),
    type: t.field({ type: PushProvider, required: true, description: 'Which push service.' }),
    ...wireInputFields(t, PushProviderRequest, {
      description: 'A note about the provider.',
      disabledAt: 'Switch the provider off from then on.',
      disabledReason: 'Why it is switched off (at most 255 characters).',
      apnAuthKey: 'APN token-auth private key (.p8 contents).',
    }),
    apnAuthType: t.field({ type: ApnAuthType, description: 'How Stream authenticates with Apple.' }),
    ...wireInputFields(t, PushProviderRequest, {
      apnDevelopment: 'Use the APN sandbox.',
      apnHost: 'A custom APN host.',
      apnKeyId: 'The APN key id.',
      apnNotificationTemplate: 'Template of APN notifications.',
      apnP12Cert: 'APN p12 certificate, base64.',
      apnTeamId: 'The Apple team id.',
      apnTopic: 'The APN topic (bundle id).',
      firebaseApnTemplate: 'Template of the APN part of Firebase messages.',
      firebaseCredentials: 'Firebase service account key (JSON).',
      firebaseDataTemplate: 'Template of the Firebase data payload.',
      firebaseHost: 'A custom Firebase host.',
      firebaseNotificationTemplate: 'Template of the Firebase notification payload.',
      firebaseServerKey: 'Legacy Firebase server key.',
      huaweiAppId: 'The Huawei app id.',
      huaweiAppSecret: 'The Huawei app secret.',
      xiaomiAppSecret: 'The Xiaomi app secret.',
      xiaomiPackageName: 'The Android package name for Xiaomi.',
    }),
  }),
});

export const DeletePushProviderInput = builder.inputType('DeletePushProviderInput', {
  description: 'The push provider to remove.',
  fields: (t) => ({
    type: t.field({ type: PushProvider, required: true, description: 'Its push service.' }),
    name: t.string({ required: true, description: 'Its name.' }),
  }),
});

export const UpsertPushTemplateInput = builder.inputType('UpsertPushTemplateInput', {
  description: 'The template of one event type for a provider (or for every provider of a type).',
  fields: (t) => ({
    eventType: t.field({ type: PushTemplateEventType, required: true, description: 'The event it renders.' }),
    pushProviderType: t.field({ type: PushProvider, required: true, description: 'The push service.' }),
    pushProviderName: t.string({ description: 'One provider of that service; all of them when left out.' }),
    enablePush: t.boolean({ description: 'Whether this event sends a push at all.' }),
    template: t.string({ description: 'The template text; it must render to JSON.' }),
  }),
});
