import { encodeGlobalID } from '@pothos/plugin-relay';
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

/** The local part of an option's global id: the JSON pair [pollId, optionId], as JSON since either id may contain any character. */
export function pollOptionKey(pollId: string, optionId: string): string {
  return JSON.stringify([pollId, optionId]);
}

/**
 * PollOption.id: a Relay global id (plugin-relay's encoding, `PollOption:` and the local id, in
 * base64) whose local id is pollOptionKey's pair, unique across polls, so that normalized caches
 * (Apollo's InMemoryCache, urql's graphcache) keep options of different polls apart without a type
 * policy. It is also the option's Node globalId, which node(id:) reads back.
 */
export function pollOptionGlobalId(pollId: string, optionId: string): string {
  return encodeGlobalID(TYPENAME, pollOptionKey(pollId, optionId));
}

/** The poll and option ids in the local part of a PollOption global id; undefined for anything else. */
export function parsePollOptionKey(key: string): { pollId: string; optionId: string } | undefined {
  let pair: unknown;
  try {
    pair = JSON.parse(key);
  } catch {
    return undefined;
  }
  if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((part) => typeof part === 'string')) return undefined;
  return { pollId: pair[0] as string, optionId: pair[1] as string };
}
