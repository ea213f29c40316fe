import type { PollOptionResponseData, PollResponseData, PollVoteResponseData } from '../../rest/wire/polls.js';
import type { EmulatorState, Emitted } from '../state.js';
import { toUserResponse } from '../users/records.js';
import type { PollOptionRecord, PollRecord, PollVoteRecord } from './store.js';

/** Stream shows this many latest votes per option, and latest answers, on a poll. */
const LATEST_SHOWN = 10;

export function toOptionData(option: PollOptionRecord): Emitted<PollOptionResponseData> {
  return { id: option.id, text: option.text, custom: { ...option.custom } };
}

/** A vote as Stream answers it; anonymous polls hide who voted, except from the voter. */
export function toVoteData(
  state: EmulatorState,
  vote: PollVoteRecord,
  anonymous: boolean,
): Emitted<PollVoteResponseData> {
  const data: Emitted<PollVoteResponseData> = {
    id: vote.id,
    poll_id: vote.poll_id,
    option_id: vote.option_id,
    created_at: vote.created_at,
    updated_at: vote.updated_at,
  };
  if (vote.is_answer) {
    data.is_answer = true;
    data.answer_text = vote.answer_text;
  }
  if (!anonymous) {
    data.user_id = vote.user_id;
    const user = state.users.get(vote.user_id);
    if (user) data.user = toUserResponse(user);
  }
  return data;
}

/** The poll as `viewerId` sees it: counts, latest votes and answers, and the viewer's own votes. */
export function toPollData(state: EmulatorState, poll: PollRecord, viewerId?: string): Emitted<PollResponseData> {
  const anonymous = poll.voting_visibility === 'anonymous';
  const newestFirst = [...poll.votes].reverse();
  const answers = newestFirst.filter((vote) => vote.is_answer);
  const voteCounts: Record<string, number> = {};
  const latestByOption: Record<string, Emitted<PollVoteResponseData>[]> = {};
  let voteCount = 0;
  for (const vote of newestFirst) {
    if (vote.is_answer) continue;
    voteCount += 1;
    voteCounts[vote.option_id] = (voteCounts[vote.option_id] ?? 0) + 1;
    const latest = (latestByOption[vote.option_id] ??= []);
    if (latest.length < LATEST_SHOWN) latest.push(toVoteData(state, vote, anonymous));
  }
  const creator = state.users.get(poll.created_by_id);
  return {
    id: poll.id,
    name: poll.name,
    description: poll.description,
    voting_visibility: poll.voting_visibility,
    enforce_unique_vote: poll.enforce_unique_vote,
    allow_user_suggested_options: poll.allow_user_suggested_options,
    allow_answers: poll.allow_answers,
    ...(poll.max_votes_allowed !== undefined ? { max_votes_allowed: poll.max_votes_allowed } : {}),
    is_closed: poll.is_closed,
    options: poll.options.map(toOptionData),
    vote_count: voteCount,
    vote_counts_by_option: voteCounts,
    latest_votes_by_option: latestByOption,
    answers_count: answers.length,
    latest_answers: answers.slice(0, LATEST_SHOWN).map((answer) => toVoteData(state, answer, anonymous)),
    own_votes: viewerId
      ? newestFirst.filter((vote) => vote.user_id === viewerId).map((vote) => toVoteData(state, vote, false))
      : [],
    created_by_id: poll.created_by_id,
    ...(creator ? { created_by: toUserResponse(creator) } : {}),
    created_at: poll.created_at,
    updated_at: poll.updated_at,
    custom: { ...poll.custom },
  };
}
