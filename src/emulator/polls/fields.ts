import type { QueryFields } from '../query/fields.js';
import type { SortSpec } from '../query/sorting.js';
import type { PollRecord, PollVoteRecord } from './store.js';

export const POLL_FIELDS: QueryFields<PollRecord> = {
  fields: {
    id: { type: 'string', get: (poll) => poll.id },
    name: { type: 'string', get: (poll) => poll.name },
    is_closed: { type: 'boolean', get: (poll) => poll.is_closed },
    created_by_id: { type: 'string', get: (poll) => poll.created_by_id },
    voting_visibility: { type: 'string', get: (poll) => poll.voting_visibility },
    enforce_unique_vote: { type: 'boolean', get: (poll) => poll.enforce_unique_vote },
    allow_answers: { type: 'boolean', get: (poll) => poll.allow_answers },
    allow_user_suggested_options: { type: 'boolean', get: (poll) => poll.allow_user_suggested_options },
    max_votes_allowed: { type: 'number', get: (poll) => poll.max_votes_allowed },
    created_at: { type: 'date', get: (poll) => poll.created_at },
    updated_at: { type: 'date', get: (poll) => poll.updated_at },
    vote_count: { type: 'number', get: (poll) => poll.votes.filter((vote) => !vote.is_answer).length },
    answers_count: { type: 'number', get: (poll) => poll.votes.filter((vote) => vote.is_answer).length },
  },
};

/** Newest polls first. */
export const DEFAULT_POLL_SORT: SortSpec[] = [{ field: 'created_at', direction: -1 }];

export const VOTE_FIELDS: QueryFields<PollVoteRecord> = {
  fields: {
    id: { type: 'string', get: (vote) => vote.id },
    user_id: { type: 'string', get: (vote) => vote.user_id },
    option_id: { type: 'string', get: (vote) => vote.option_id },
    is_answer: { type: 'boolean', get: (vote) => vote.is_answer ?? false },
    answer_text: { type: 'string', get: (vote) => vote.answer_text },
    created_at: { type: 'date', get: (vote) => vote.created_at },
    updated_at: { type: 'date', get: (vote) => vote.updated_at },
  },
};

/** Newest votes first. */
export const DEFAULT_VOTE_SORT: SortSpec[] = [{ field: 'created_at', direction: -1 }];
