import DataLoader from 'dataloader';
import type { StreamClient } from '../rest/client.js';
import type { PollResponseData } from '../rest/wire/polls.js';

/** queryPolls answers at most this many polls per call. */
export const POLLS_PER_QUERY = 100;

export interface PollLoaderOptions {
  /** When a batch is sent (DataLoader's `batchScheduleFn`); right after the current tick by default. */
  schedule?: (dispatch: () => void) => void;
  /** Sees every poll fetched, so that what it embeds can be remembered. */
  onLoaded?: (poll: PollResponseData) => void;
}

/**
 * Polls by id as seen by one acting user (their own votes are part of the answer), batched
 * into one queryPolls with an id `$in` filter; a missing id is null.
 */
export function createPollLoader(
  stream: StreamClient,
  actingUserId: string | undefined,
  { schedule, onLoaded = () => {} }: PollLoaderOptions = {},
) {
  return new DataLoader<string, PollResponseData | null>(
    async (ids) => {
      const { polls } = await stream.queryPolls({
        user_id: actingUserId,
        filter: { id: { $in: [...ids] } },
        limit: ids.length,
      });
      polls.forEach(onLoaded);
      const byId = new Map(polls.map((poll) => [poll.id, poll]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: POLLS_PER_QUERY, ...(schedule ? { batchScheduleFn: schedule } : {}) },
  );
}
