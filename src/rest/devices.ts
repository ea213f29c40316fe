import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { CreateDeviceRequest, ListDevicesResponse } from './wire/devices.js';
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
  body: Type.Composite([CreateDeviceRequest, ActingUserRequest]),
  response: Response,
});
