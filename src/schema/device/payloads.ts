import { DeviceResponse } from '../../rest/wire/shared.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { MutationPayloadRef } from '../../graphql/mutationPayload.js';

/** What createDevice and deleteDevice answer; the device and its user are relations (src/resolvers/device). */
type DeviceKey = Pick<DeviceResponse, 'id' | 'user_id'>;

export const CreateDevicePayload = builder.objectRef<DeviceKey>('CreateDevicePayload').implement({
  interfaces: [MutationPayloadRef],
  description: 'The device createDevice registered.',
  fields: (t) => ({
    ...wireFields(t, DeviceResponse, {
      id: { description: 'The device id.', type: 'ID' },
      userId: { description: 'Whose device it is.', type: 'ID' },
    }),
  }),
});

export const DeleteDevicePayload = builder.objectRef<DeviceKey>('DeleteDevicePayload').implement({
  interfaces: [MutationPayloadRef],
  description: 'The device deleteDevice removed.',
  fields: (t) => ({
    deletedId: t.exposeID('id', { description: 'The removed device id (Device.id).' }),
    ...wireFields(t, DeviceResponse, {
      userId: { description: 'Whose device it was; `user` is that user.', type: 'ID' },
    }),
  }),
});
