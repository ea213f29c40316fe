import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { ListDevicesResponse } from './wire/devices.js';
import { ActingUserRequest, Response } from './wire/shared.js';

export const deleteDevice = defineOperation({
  name: 'deleteDevice',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/devices',
  status: 200,
  params: Type.Object({
    id: Type.String(),
    user_id: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const listDevices = defineOperation({
  name: 'listDevices',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/devices',
  status: 200,
  params: Type.Object({
    user_id: Type.Optional(Type.String()),
  }),
  response: ListDevicesResponse,
});

export const createDevice = defineOperation({
  name: 'createDevice',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/devices',
  status: 201,
  params: Type.Object({}),
  body: Type.Composite([
    Type.Object({
      hardware_id: Type.Optional(Type.String({ maxLength: 255 })),
      id: Type.String(),
      push_provider: Type.String(),
      push_provider_name: Type.Optional(Type.String()),
      voip_token: Type.Optional(Type.Boolean()),
    }),
    ActingUserRequest,
  ]),
  response: Response,
});
