import {
  CheckPushResponse,
  type PushProviderType,
  type UpsertPushPreferencesResponse,
  type UpsertPushProviderResponse,
  type UpsertPushTemplateResponse,
} from '../../rest/wire/push.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { payloadType } from '../../graphql/mutationPayload.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { PushProvider } from '../device/types.js';
import { PushProviderRef, PushTemplateRef } from './types.js';
import { PushCheckEventType } from './enums.js';
import {
  ChannelPushPreferencesRef,
  channelPushPreferences,
  PushPreferencesRef,
  userPushPreferences,
} from './preferences.js';

/** One entry of checkPush's `device_errors` map, keyed by device id. */
interface PushDeviceError {
  deviceId: string;
  provider: string;
  providerName: string;
  errorMessage: string;
}

export const PushDeviceErrorRef = builder.objectRef<PushDeviceError>('PushDeviceError').implement({
  description: 'Why a push could not go to one of the user’s devices.',
  fields: (t) => ({
    deviceId: t.exposeID('deviceId', { description: 'The device token the error is about.' }),
    provider: t.exposeString('provider', { description: 'The push service of the device.' }),
    providerName: t.exposeString('providerName', { description: 'The provider name the device uses, if any.' }),
    errorMessage: t.exposeString('errorMessage', { description: 'What went wrong.' }),
  }),
});

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** checkPush's `device_errors` map as a list. */
function pushDeviceErrors(map: Record<string, unknown> | undefined): PushDeviceError[] | null {
  if (!map) return null;
  return Object.entries(map).map(([deviceId, value]) => {
    const info = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    return {
      deviceId,
      provider: text(info.provider),
      providerName: text(info.provider_name),
      errorMessage: text(info.error_message),
    };
  });
}

export const CheckPushPayloadRef = payloadType<CheckPushResponse>('CheckPushPayload', {
  description: 'What a push for the user would look like, and what would stop it.',
  fields: (t) => ({
    ...openEnumFields(t, PushCheckEventType, 'eventType', {
      description: 'The event that was rendered.',
      nullable: true,
    }),
    ...wireFields(t, CheckPushResponse, {
      skipDevices: 'Whether device checks were skipped.',
      renderedApnTemplate: 'The APN payload as it would be sent.',
      renderedFirebaseTemplate: 'The Firebase notification payload as it would be sent.',
      renderedMessage: 'The Firebase data message as it would be sent (string values).',
      generalErrors: 'Problems not tied to one device (no devices, bad templates...).',
    }),
    deviceErrors: t.field({
      type: [PushDeviceErrorRef],
      nullable: true,
      description: 'Problems per device of the user.',
      resolve: (answer) => pushDeviceErrors(answer.device_errors),
    }),
  }),
});

export const UpdatePushNotificationPreferencesPayloadRef = payloadType<UpsertPushPreferencesResponse>(
  'UpdatePushNotificationPreferencesPayload',
  {
    description: 'The preferences of every user the update touched, as they are now.',
    fields: (t) => ({
      userPreferences: t.field({
        type: [PushPreferencesRef],
        description: 'General preferences of each user touched, edited or not.',
        resolve: (answer) => userPushPreferences(answer.user_preferences),
      }),
      userChannelPreferences: t.field({
        type: [ChannelPushPreferencesRef],
        description: 'Channel preferences that the update changed.',
        resolve: (answer) => channelPushPreferences(answer.user_channel_preferences),
      }),
    }),
  },
);

export const UpsertPushProviderPayloadRef = payloadType<UpsertPushProviderResponse>('UpsertPushProviderPayload', {
  description: 'The push provider as saved.',
  fields: (t) => ({
    pushProvider: t.expose('push_provider', { type: PushProviderRef, description: 'The provider.' }),
  }),
});

export const DeletePushProviderPayloadRef = payloadType<{ type: PushProviderType; name: string }>(
  'DeletePushProviderPayload',
  {
    description: 'The push provider that was removed, with its templates.',
    fields: (t) => ({
      deletedName: t.exposeString('name', { description: 'Its name (PushProvider.name).' }),
      type: t.expose('type', { type: PushProvider, description: 'Its push service.' }),
    }),
  },
);

export const UpsertPushTemplatePayloadRef = payloadType<UpsertPushTemplateResponse>('UpsertPushTemplatePayload', {
  description: 'The template as saved.',
  fields: (t) => ({
    template: t.expose('template', { type: PushTemplateRef, nullable: true, description: 'The template.' }),
  }),
});
