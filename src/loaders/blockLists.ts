import DataLoader from 'dataloader';
import type { StreamClient } from '../rest/client.js';
import type { BlockListResponse } from '../rest/wire/blocklists.js';

/** A block list is named uniquely within its team; no team is the app-wide namespace. */
export interface BlockListKey {
  name: string;
  team?: string | null;
}

/**
 * Block lists by name and team: Stream reads them one at a time, so each distinct list costs one
 * getBlockList per request. A failed read (a missing list among them) rejects only its own key.
 */
export function createBlockListLoader(
  stream: StreamClient,
): DataLoader<BlockListKey, BlockListResponse | null, string> {
  return new DataLoader(
    (keys) =>
      Promise.all(
        keys.map(({ name, team }) =>
          stream.getBlockList({ name, team: team ?? undefined }).then(
            ({ blocklist }) => blocklist ?? null,
            (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
          ),
        ),
      ),
    { cacheKeyFn: ({ name, team }) => JSON.stringify([name, team ?? null]) },
  );
}
