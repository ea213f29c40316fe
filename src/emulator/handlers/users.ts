import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';
import { blockHandlers } from '../users/blockHandlers.js';
import { BlockStore } from '../users/blocks.js';
import { lifecycleHandlers } from '../users/lifecycleHandlers.js';
import { liveLocationHandlers } from '../users/liveLocationHandlers.js';
import { LiveLocationStore } from '../users/liveLocations.js';
import { profileHandlers } from '../users/profileHandlers.js';

export function usersHandlers(state: EmulatorState): Handlers {
  const blocks = new BlockStore();
  const locations = new LiveLocationStore();
  return {
    ...profileHandlers(state),
    ...blockHandlers(state, blocks),
    ...liveLocationHandlers(state, locations),
    ...lifecycleHandlers(state, blocks, locations),
  };
}
