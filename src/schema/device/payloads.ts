import { builder } from '../../graphql/builder.js';
import { MutationPayloadRef } from '../../graphql/mutationPayload.js';

/** What createDevice and deleteDevice answer; the device and its user are relations (src/resolvers/device). */
interface DeviceKey {
  id: string;
  userId: string;
}

export const CreateDevicePayload = builder.objectRef<DeviceKey>('CreateDevicePayload').implement({
  interfaces: [MutationPayloadRef],
  description: 'The device createDevice registered.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The device id.' }),
    userId: t.exposeID('userId', { description: 'Whose device it is.' }),
  }),
});

export const DeleteDevicePayload = builder.objectRef<DeviceKey>('DeleteDevicePayload').implement({
  interfaces: [MutationPayloadRef],
  description: 'The device deleteDevice removed.',
  fields: (t) => ({
    deletedId: t.exposeID('id', { description: 'The removed device id (Device.id).' }),
    userId: t.exposeID('userId', { description: 'Whose device it was; `user` is that user.' }),
  }),
});
