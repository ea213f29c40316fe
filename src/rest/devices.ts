import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { ListDevicesResponse } from './wire/devices.js';
import { ActingUserQuery, ActingUserRequest, Response } from './wire/shared.js';

export const deleteDevice = defineOperation({
  name: 'deleteDevice',
  method: 'DELETE',
  path: '/api/v2/devices',
  query: Type.Object({
    id: Type.String(),
    user_id: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const listDevices = defineOperation({
  name: 'listDevices',
  method: 'GET',
  path: '/api/v2/devices',
  query: ActingUserQuery,
  response: ListDevicesResponse,
});

export const createDevice = defineOperation({
  name: 'createDevice',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/devices',
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
