import { CreateDeviceRequest } from '../../rest/wire/devices.js';
import { builder } from '../../graphql/builder.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';
import { PushProvider } from './types.js';

export const CreateDeviceInput = builder.inputType('CreateDeviceInput', {
  description: 'A device to register for push notifications.',
  fields: (t) => ({
    ...wireInputFields(t, CreateDeviceRequest, {
      id: { description: 'The device token the push provider issued.', type: 'ID' },
    }),
    pushProvider: t.field({ type: PushProvider, required: true, description: 'The kind of push provider.' }),
    ...wireInputFields(t, CreateDeviceRequest, {
      pushProviderName: 'Which configured provider of that kind delivers to it.',
      voipToken: 'The token is an Apple VoIP token, for call notifications.',
      hardwareId:
        'A stable id of the physical device (at most 255 characters), so pushes through several providers are not doubled.',
    }),
    userId: t.id({ description: 'Whose device; required for server tokens, always the caller for user tokens.' }),
  }),
});

export const DeleteDeviceInput = builder.inputType('DeleteDeviceInput', {
  description: 'The device to remove.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The device id.' }),
    userId: t.id({ description: 'Whose device; required for server tokens, always the caller for user tokens.' }),
  }),
});
