import { Type, type StaticDecode } from '@sinclair/typebox';
import { DeviceResponse } from './shared.js';

export const ListDevicesResponse = Type.Object({
  devices: Type.Array(DeviceResponse),
  duration: Type.String(),
});
export type ListDevicesResponse = StaticDecode<typeof ListDevicesResponse>;
