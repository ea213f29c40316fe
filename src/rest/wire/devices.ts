import { Type, type StaticDecode } from '@sinclair/typebox';
import { Answer, DeviceResponse } from './shared.js';

export const ListDevicesResponse = Answer({
  devices: Type.Array(DeviceResponse),
});
export type ListDevicesResponse = StaticDecode<typeof ListDevicesResponse>;

/** A device to register for push, as createDevice takes it (beside whom it is for). */
export const CreateDeviceRequest = Type.Object({
  hardware_id: Type.Optional(Type.String({ maxLength: 255 })),
  id: Type.String(),
  push_provider: Type.String(),
  push_provider_name: Type.Optional(Type.String()),
  voip_token: Type.Optional(Type.Boolean()),
});
export type CreateDeviceRequest = StaticDecode<typeof CreateDeviceRequest>;
