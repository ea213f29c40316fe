import type {
  POLL_VOTING_VISIBILITIES,
  PollOptionResponseData,
  PollResponseData,
  PollVoteResponseData,
} from '../../rest/wire/polls.js';
import { nowTimestamp } from '../clock.js';
import { badInput, notFound } from '../errors.js';
import { perState, type Emitted, type EmulatorState } from '../state.js';
import { requireLiveUser } from '../users/acting.js';

export type PollOptionRecord = Emitted<PollOptionResponseData>;

/** A vote for an option, or (with `is_answer`) a free-text answer, which has no option. */
export type PollVoteRecord = Omit<Emitted<PollVoteResponseData>, 'user' | 'user_id'> & { user_id: string };

export type VotingVisibility = (typeof POLL_VOTING_VISIBILITIES)[number];

/** A poll as stored: its settings as Stream answers them; counts and latest votes are derived on output. */
export type PollRecord = Pick<
  Emitted<PollResponseData>,
  | 'id'
  | 'name'
  | 'description'
  | 'enforce_unique_vote'
  | 'allow_user_suggested_options'
  | 'allow_answers'
  | 'max_votes_allowed'
  | 'created_by_id'
  | 'created_at'
  | 'updated_at'
  | 'custom'
> & {
  voting_visibility: VotingVisibility;
  is_closed: boolean;
  options: PollOptionRecord[];
  /** Votes and answers, oldest first; counts are always derived from them. */
  votes: PollVoteRecord[];
};

export type VoteChoice = { optionId: string } | { answerText: string };

/**
 * Polls with their options and votes. The common API has no operation that casts a vote, so
 * `castVote` is how the demo data and tests add them; it applies Stream's voting rules.
 */
export class PollStore {
  readonly polls = new Map<string, PollRecord>();

  constructor(private readonly state: EmulatorState) {}

  require(id: string): PollRecord {
    const poll = this.polls.get(id);
    if (!poll) throw notFound(`poll ${id}`);
    return poll;
  }

  requireOption(poll: PollRecord, optionId: string): PollOptionRecord {
    const option = poll.options.find((candidate) => candidate.id === optionId);
    if (!option) throw notFound(`option ${optionId} of poll ${poll.id}`);
    return option;
  }

  /**
   * Casts a vote (or answer) as `userId`. A second vote for the same option is the same vote;
   * `enforce_unique_vote` replaces the user's other vote; past `max_votes_allowed` the user's
   * oldest vote goes; a user has at most one answer, which a new answer replaces.
   */
  castVote(pollId: string, userId: string, choice: VoteChoice, at = nowTimestamp()): PollVoteRecord {
    const poll = this.require(pollId);
    requireLiveUser(this.state, userId);
    if (poll.is_closed) throw badInput('poll_id', 'the poll is closed');
    if ('answerText' in choice) return this.castAnswer(poll, userId, choice.answerText, at);
    this.requireOption(poll, choice.optionId);
    const mine = poll.votes.filter((vote) => vote.user_id === userId && !vote.is_answer);
    const same = mine.find((vote) => vote.option_id === choice.optionId);
    if (same) return same;
    const limit = poll.enforce_unique_vote ? 1 : poll.max_votes_allowed;
    if (limit !== undefined && mine.length >= limit) {
      const drop = new Set(mine.slice(0, mine.length - limit + 1).map((vote) => vote.id));
      poll.votes = poll.votes.filter((vote) => !drop.has(vote.id));
    }
    const vote: PollVoteRecord = {
      id: this.state.nextId('vote'),
      poll_id: poll.id,
      option_id: choice.optionId,
      user_id: userId,
      created_at: at,
      updated_at: at,
    };
    poll.votes.push(vote);
    return vote;
  }

  private castAnswer(poll: PollRecord, userId: string, text: string, at: string): PollVoteRecord {
    if (!poll.allow_answers) throw badInput('answer_text', 'the poll does not allow answers');
    if (text.trim() === '') throw badInput('answer_text', 'must not be empty');
    const existing = poll.votes.find((vote) => vote.user_id === userId && vote.is_answer);
    if (existing) {
      existing.answer_text = text;
      existing.updated_at = at;
      return existing;
    }
    const answer: PollVoteRecord = {
      id: this.state.nextId('vote'),
      poll_id: poll.id,
      option_id: '',
      user_id: userId,
      is_answer: true,
      answer_text: text,
      created_at: at,
      updated_at: at,
    };
    poll.votes.push(answer);
    return answer;
  }

  /** Removes a vote or answer; 404/16 when the poll has no such vote. */
  removeVote(pollId: string, voteId: string): void {
    const poll = this.require(pollId);
    const before = poll.votes.length;
    poll.votes = poll.votes.filter((vote) => vote.id !== voteId);
    if (poll.votes.length === before) throw notFound(`vote ${voteId} of poll ${pollId}`);
  }

  /** Removes an option and the votes cast for it. */
  removeOption(poll: PollRecord, optionId: string): void {
    this.requireOption(poll, optionId);
    poll.options = poll.options.filter((option) => option.id !== optionId);
    poll.votes = poll.votes.filter((vote) => vote.is_answer || vote.option_id !== optionId);
  }
}

/** The poll store of one emulator. */
export const pollsOf = perState((state) => new PollStore(state));
