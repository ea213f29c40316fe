import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { PollOptionResponseData, PollResponseData } from '../../rest/wire/polls.js';

/**
 * A poll option with the poll it belongs to. Stream's option ids are unique only within their
 * poll (two polls may both have an option "yes"), so an option is known by both ids, and the
 * poll, when at hand, answers its tallies without another call.
 */
export interface OptionOfPoll {
  pollId: string;
  option: PollOptionResponseData;
  poll?: PollResponseData | null;
}

const TYPENAME = 'PollOption';

/**
 * PollOption.id: a Relay global id (plugin-relay's encoding, `PollOption:` and the local id, in
 * base64) whose local id is the JSON pair [pollId, optionId], unique across polls, so that
 * normalized caches (Apollo's InMemoryCache, urql's graphcache) keep options of different polls
 * apart without a type policy. JSON, because either id may contain any character.
 */
export function pollOptionGlobalId(pollId: string, optionId: string): string {
  return encodeGlobalID(TYPENAME, JSON.stringify([pollId, optionId]));
}

/** The poll and option ids a PollOption.id names; undefined for anything else. */
export function parsePollOptionGlobalId(id: string): { pollId: string; optionId: string } | undefined {
  try {
    const { typename, id: local } = decodeGlobalID(id);
    if (typename !== TYPENAME) return undefined;
    const pair: unknown = JSON.parse(local);
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((part) => typeof part === 'string')) return undefined;
    return { pollId: pair[0] as string, optionId: pair[1] as string };
  } catch {
    return undefined;
  }
}
