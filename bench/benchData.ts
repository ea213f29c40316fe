import { createStreamClient } from '../src/rest/client.js';

/** What the scenarios read, found in the emulator's demo data before the run. */
export interface BenchData {
  /** The app's name (S1). */
  appName?: string;
  /** A poll with at least S2_VOTES votes (S2). */
  pollId?: string;
  pollVotes?: number;
  /** A user to create polls as (S4). */
  userId?: string;
  /** Polls the first page of queryPolls holds, up to S3_POLLS, and their fewest votes (S3). */
  pollsOnFirstPage: number;
  fewestVotesOnFirstPage?: number;
  /** Why a scenario's data could not be found, by scenario. */
  missing: Record<string, string>;
}

export const S2_VOTES = 20;
export const S3_POLLS = 25;
export const S3_VOTES = 5;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function discoverBenchData(upstream: { baseUrl: string; apiKey: string; apiSecret: string }) {
  const client = createStreamClient({ ...upstream, timeoutMs: 10_000 });
  const data: BenchData = { pollsOnFirstPage: 0, missing: {} };
  try {
    try {
      data.appName = (await client.getApp()).app.name;
    } catch (error) {
      data.missing.S1 = `getApp failed: ${reason(error)}`;
    }
    try {
      const { polls } = await client.queryPolls({ limit: 100 });
      const busiest = [...polls].sort((a, b) => b.vote_count - a.vote_count)[0];
      if (busiest && busiest.vote_count >= S2_VOTES) {
        data.pollId = busiest.id;
        data.pollVotes = busiest.vote_count;
        data.userId = busiest.created_by_id;
      } else {
        data.missing.S2 = `no poll with ${S2_VOTES} votes in the demo data`;
      }
      const firstPage = polls.slice(0, S3_POLLS);
      data.pollsOnFirstPage = firstPage.length;
      data.fewestVotesOnFirstPage = Math.min(...firstPage.map((poll) => poll.vote_count));
      if (firstPage.length < S3_POLLS) data.missing.S3 = `only ${firstPage.length} polls in the demo data`;
      if (!data.userId) data.userId = polls[0]?.created_by_id;
    } catch (error) {
      for (const scenario of ['S2', 'S3', 'S4']) data.missing[scenario] = `queryPolls failed: ${reason(error)}`;
    }
    if (!data.userId && !data.missing.S4) data.missing.S4 = 'no user to create polls as';
  } finally {
    await client.close();
  }
  return data;
}
