import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';

export function permissionsHandlers(state: EmulatorState): Handlers {
  void state;
  return {};
}
