import { PUSH_PROVIDER_TYPES } from '../../rest/wire/push.js';
import { nowTimestamp } from '../clock.js';
import { devicesOf } from '../devices/store.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';
import { requireActingUser } from '../users/acting.js';

const PUSH_PROVIDERS = new Set<string>(PUSH_PROVIDER_TYPES);

/** Push devices: a user token manages its own devices only; a server token names the user. */
export function devicesHandlers(state: EmulatorState): Handlers {
  const devices = devicesOf(state);
  return {
    createDevice({ body, caller }) {
      const user = requireActingUser(state, caller, body);
      if (body.id === '') throw badInput('id', 'must not be empty');
      if (!PUSH_PROVIDERS.has(body.push_provider)) {
        throw badInput('push_provider', `must be one of ${[...PUSH_PROVIDERS].join(', ')}`);
      }
      devices.save({
        id: body.id,
        push_provider: body.push_provider,
        ...(body.push_provider_name ? { push_provider_name: body.push_provider_name } : {}),
        user_id: user.id,
        ...(body.voip_token ? { voip: true } : {}),
        ...(body.hardware_id ? { hardware_id: body.hardware_id } : {}),
        disabled: false,
        created_at: nowTimestamp(),
      });
      return {};
    },

    listDevices({ params, caller }) {
      const user = requireActingUser(state, caller, params);
      return { devices: devices.forUser(user.id) };
    },

    deleteDevice({ params, caller }) {
      const user = requireActingUser(state, caller, params);
      const device = devices.get(params.id);
      if (!device || device.user_id !== user.id) throw notFound(`device ${params.id} of user ${user.id}`);
      devices.delete(device.id);
      return {};
    },
  };
}
