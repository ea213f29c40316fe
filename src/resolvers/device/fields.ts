import { createDevice } from '../../rest/devices.js';
import { toWireInput } from '../../rest/wireInput.js';
import type { DeviceResponse } from '../../rest/wire/shared.js';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { DeviceRef } from '../../schema/device/types.js';
import { ownUserData } from '../../graphql/ownUserData.js';
import { UserRef } from '../../schema/user/types.js';
import { requiredActingUserId } from '../../graphql/actingUser.js';
import { CreateDeviceInput, DeleteDeviceInput } from '../../schema/device/inputs.js';
import { CreateDevicePayload, DeleteDevicePayload } from '../../schema/device/payloads.js';

export async function devicesOf(userId: string, { stream }: GraphQLContext): Promise<DeviceResponse[]> {
  const { devices } = await stream.listDevices({ user_id: userId });
  return devices;
}

builder.queryField('devices', (t) =>
  t.field({
    type: [DeviceRef],
    nullable: true,
    description: "A user's push devices (listDevices). User tokens read their own.",
    authScopes: { server: true, user: true },
    args: { userId: t.arg.id({ description: 'Whose devices; required for server tokens.' }) },
    resolve: (_root, { userId }, context) => devicesOf(requiredActingUserId(context.caller, userId, 'userId'), context),
  }),
);

builder.objectField(UserRef, 'devices', (t) =>
  t.field({
    type: [DeviceRef],
    nullable: true,
    description: "This user's push devices. User tokens see only their own.",
    // Devices a user answer embeds are used as they are; otherwise they are listed (one request per distinct user).
    resolve: ownUserData(
      'devices',
      async (user, { loaders }) => user.devices ?? (await loaders.userDevices.load({ user_id: user.id })).devices,
    ),
  }),
);

builder.mutationField('createDevice', (t) =>
  t.field({
    type: CreateDevicePayload,
    description: 'Registers a device for push notifications (createDevice); registering it again updates it.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: CreateDeviceInput, required: true }) },
    resolve: async (_root, { input }, { caller, stream }) => {
      const userId = requiredActingUserId(caller, input.userId, 'input.userId');
      await stream.createDevice(toWireInput(createDevice, { ...input, userId }));
      return { id: input.id, user_id: userId };
    },
  }),
);

builder.mutationField('deleteDevice', (t) =>
  t.field({
    type: DeleteDevicePayload,
    description: 'Removes a push device (deleteDevice); NOT_FOUND when the user has no such device.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: DeleteDeviceInput, required: true }) },
    resolve: async (_root, { input }, { caller, stream }) => {
      const userId = requiredActingUserId(caller, input.userId, 'input.userId');
      const id = String(input.id);
      await stream.deleteDevice({ id, user_id: userId });
      return { id, user_id: userId };
    },
  }),
);

builder.objectField(DeleteDevicePayload, 'user', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description: 'Whose device it was, as the user is now: its `devices` no longer list the removed one.',
    resolve: ({ user_id }, _args, { loaders }) => loaders.users.load(user_id),
  }),
);

// The relations of the createDevice payload: read only when selected.
builder.objectFields(CreateDevicePayload, (t) => ({
  device: t.field({
    type: DeviceRef,
    nullable: true,
    description: "The device as Stream keeps it (reads the user's devices, only when selected).",
    resolve: async ({ id, user_id }, _args, context) =>
      (await devicesOf(user_id, context)).find((device) => device.id === id) ?? null,
  }),
  user: t.field({
    type: UserRef,
    nullable: true,
    description: 'Whose device it is.',
    resolve: ({ user_id }, _args, { loaders }) => loaders.users.load(user_id),
  }),
}));
