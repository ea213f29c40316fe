import { Type, type StaticDecode } from '@sinclair/typebox';
import { Answer, DeviceResponse } from './shared.js';

export const ListDevicesResponse = Answer({
  devices: Type.Array(DeviceResponse),
});
export type ListDevicesResponse = StaticDecode<typeof ListDevicesResponse>;
