import { DeviceResponse } from '../../rest/wire/shared.js';
import { wireFields } from '../../graphql/wireFields.js';
import { payloadType } from '../../graphql/mutationPayload.js';

/** What createDevice and deleteDevice answer; the device and its user are relations (src/resolvers/device). */
type DeviceKey = Pick<DeviceResponse, 'id' | 'user_id'>;

export const CreateDevicePayload = payloadType<DeviceKey>('CreateDevicePayload', {
  description: 'The device createDevice registered.',
  fields: (t) => ({
    ...wireFields(t, DeviceResponse, {
      id: { description: 'The device id.', type: 'ID' },
      userId: { description: 'Whose device it is.', type: 'ID' },
    }),
  }),
});

export const DeleteDevicePayload = payloadType<DeviceKey>('DeleteDevicePayload', {
  description: 'The device deleteDevice removed.',
  fields: (t) => ({
    deletedId: t.exposeID('id', { description: 'The removed device id (Device.id).' }),
    ...wireFields(t, DeviceResponse, {
      userId: { description: 'Whose device it was; `user` is that user.', type: 'ID' },
    }),
  }),
});
