import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';

export function userGroupsHandlers(state: EmulatorState): Handlers {
  void state;
  return {};
}
