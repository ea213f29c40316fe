import { Instant } from '../../rest/wire/instant.js';
import { nowTimestamp } from '../clock.js';
import { devicesOf } from '../devices/store.js';
import { badInput } from '../errors.js';
import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';
import { requireActingUser } from './acting.js';
import type { LiveLocationStore } from './liveLocations.js';

/**
 * The emulator has no channels or messages: a live location is kept by its message id and
 * placed in this one channel.
 */
const LIVE_LOCATION_CHANNEL = 'messaging:live-locations';

export function liveLocationHandlers(state: EmulatorState, locations: LiveLocationStore): Handlers {
  const devices = devicesOf(state);
  return {
    getUserLiveLocations({ params, caller }) {
      const user = requireActingUser(state, caller, params);
      return { active_live_locations: locations.active(user.id, BigInt(Date.now()) * 1_000_000n) };
    },

    /** Creates the message's live location on first use, then moves it or changes when it ends. */
    updateLiveLocation({ params, body, caller }) {
      const user = requireActingUser(state, caller, params);
      if (body.message_id === '') throw badInput('message_id', 'must not be empty');
      checkCoordinate(body.latitude, 90, 'latitude');
      checkCoordinate(body.longitude, 180, 'longitude');
      const existing = locations.get(user.id, body.message_id);
      if (!existing && (body.latitude === undefined || body.longitude === undefined)) {
        throw badInput('latitude', 'a new live location needs latitude and longitude');
      }
      const now = nowTimestamp();
      const endAt = body.end_at === undefined ? existing?.end_at : endTimestamp(body.end_at);
      const location = {
        channel_cid: existing?.channel_cid ?? LIVE_LOCATION_CHANNEL,
        message_id: body.message_id,
        user_id: user.id,
        latitude: body.latitude ?? existing!.latitude,
        longitude: body.longitude ?? existing!.longitude,
        created_by_device_id: existing?.created_by_device_id ?? devices.forUser(user.id).at(-1)?.id ?? '',
        created_at: existing?.created_at ?? now,
        updated_at: now,
        ...(endAt !== undefined ? { end_at: endAt } : {}),
      };
      locations.save(location);
      return { ...location };
    },
  };
}

function checkCoordinate(value: unknown, bound: number, field: string): void {
  if (value !== undefined && (typeof value !== 'number' || value < -bound || value > bound)) {
    throw badInput(field, `must be between -${bound} and ${bound}`);
  }
}

/** `end_at` arrives as RFC 3339 or integer nanoseconds; it is stored as Stream writes instants. */
function endTimestamp(value: string | number): string {
  const instant = Instant.from(value);
  if (instant === undefined) throw badInput('end_at', 'must be an RFC 3339 time');
  return instant.toString();
}
