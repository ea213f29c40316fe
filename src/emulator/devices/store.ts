import type { DeviceResponse } from '../../rest/wire/shared.js';
import { perState, type Emitted } from '../state.js';

export type DeviceRecord = Emitted<DeviceResponse>;

/** Push devices by id (the push token), shared by the devices handlers and queryUsers' `devices`. */
export class DeviceStore {
  private readonly byId = new Map<string, DeviceRecord>();
  private readonly byUser = new Map<string, Map<string, DeviceRecord>>();

  /** Registers a device; an id registered before moves to the new owner, as a push token does. */
  save(device: DeviceRecord): void {
    this.delete(device.id);
    this.byId.set(device.id, device);
    let owned = this.byUser.get(device.user_id);
    if (!owned) {
      owned = new Map();
      this.byUser.set(device.user_id, owned);
    }
    owned.set(device.id, device);
  }

  get(id: string): DeviceRecord | undefined {
    return this.byId.get(id);
  }

  delete(id: string): void {
    const device = this.byId.get(id);
    if (!device) return;
    this.byId.delete(id);
    this.byUser.get(device.user_id)?.delete(id);
  }

  /** A user's devices, oldest registration first, as copies. */
  forUser(userId: string): DeviceRecord[] {
    return [...(this.byUser.get(userId)?.values() ?? [])].map((device) => ({ ...device }));
  }

  deleteForUser(userId: string): void {
    for (const id of this.byUser.get(userId)?.keys() ?? []) this.byId.delete(id);
    this.byUser.delete(userId);
  }
}

/** The device store of one emulator. */
export const devicesOf = perState(() => new DeviceStore());
