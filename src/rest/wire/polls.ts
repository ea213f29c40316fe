import { Type, type StaticDecode } from '@sinclair/typebox';
import { JsonObject, StringEnum } from './primitives.js';

/** Whether a poll shows who voted; the wire field is a plain string, Stream checks the value. */
export const POLL_VOTING_VISIBILITIES = ['public', 'anonymous'] as const;
export const PollVotingVisibility = StringEnum(POLL_VOTING_VISIBILITIES);
import { Answer, PagedAnswer, Timestamps, UserResponse } from './shared.js';

export const PollOptionResponseData = Type.Object({
  custom: JsonObject,
  id: Type.String(),
  text: Type.String(),
});
export type PollOptionResponseData = StaticDecode<typeof PollOptionResponseData>;

/** An option as a new poll lists it: text and custom data, both optional. */
export const PollOptionInput = Type.Partial(Type.Pick(PollOptionResponseData, ['custom', 'text']));
export type PollOptionInput = StaticDecode<typeof PollOptionInput>;

/** An option as a poll replacement lists it: its id, then what changes. */
export const PollOptionRequest = Type.Composite([Type.Pick(PollOptionResponseData, ['id']), PollOptionInput]);
export type PollOptionRequest = StaticDecode<typeof PollOptionRequest>;

/** An option as createPollOption and updatePollOption take it: its text, and custom data to replace. */
export const PollOptionTextRequest = Type.Composite([
  Type.Pick(PollOptionResponseData, ['text']),
  Type.Partial(Type.Pick(PollOptionResponseData, ['custom'])),
]);
export type PollOptionTextRequest = StaticDecode<typeof PollOptionTextRequest>;

export const PollOptionResponse = Answer({
  poll_option: PollOptionResponseData,
});
export type PollOptionResponse = StaticDecode<typeof PollOptionResponse>;

export const PollVoteResponseData = Type.Composite([
  Timestamps,
  Type.Object({
    answer_text: Type.Optional(Type.String()),
    id: Type.String(),
    is_answer: Type.Optional(Type.Boolean()),
    option_id: Type.String(),
    poll_id: Type.String(),
    user: Type.Optional(UserResponse),
    user_id: Type.Optional(Type.String()),
  }),
]);
export type PollVoteResponseData = StaticDecode<typeof PollVoteResponseData>;

export const PollResponseData = Type.Composite([
  Timestamps,
  Type.Object({
    allow_answers: Type.Boolean(),
    allow_user_suggested_options: Type.Boolean(),
    answers_count: Type.Integer(),
    created_by: Type.Optional(UserResponse),
    created_by_id: Type.String(),
    custom: JsonObject,
    description: Type.String(),
    enforce_unique_vote: Type.Boolean(),
    id: Type.String(),
    is_closed: Type.Optional(Type.Boolean()),
    latest_answers: Type.Array(PollVoteResponseData),
    /** By option id. */
    latest_votes_by_option: Type.Record(Type.String(), Type.Array(PollVoteResponseData)),
    max_votes_allowed: Type.Optional(Type.Integer()),
    name: Type.String(),
    options: Type.Array(PollOptionResponseData),
    own_votes: Type.Array(PollVoteResponseData),
    vote_count: Type.Integer(),
    vote_counts_by_option: JsonObject,
    voting_visibility: Type.String(),
  }),
]);
export type PollResponseData = StaticDecode<typeof PollResponseData>;

/** The poll settings a poll answers with, which createPoll and updatePoll send (each optional). */
export const PollSettingsRequest = Type.Partial(
  Type.Pick(PollResponseData, [
    'allow_answers',
    'allow_user_suggested_options',
    'custom',
    'description',
    'enforce_unique_vote',
    'is_closed',
    'max_votes_allowed',
    'voting_visibility',
  ]),
);
export type PollSettingsRequest = StaticDecode<typeof PollSettingsRequest>;

/** What updatePollPartial may set: the question and the settings (the spec leaves `set` free-form). */
export const PollSetRequest = Type.Composite([
  Type.Partial(Type.Pick(PollResponseData, ['name'])),
  PollSettingsRequest,
]);
export type PollSetRequest = StaticDecode<typeof PollSetRequest>;

export const PollResponse = Answer({
  poll: PollResponseData,
});
export type PollResponse = StaticDecode<typeof PollResponse>;

export const PollVotesResponse = PagedAnswer({
  votes: Type.Array(PollVoteResponseData),
});
export type PollVotesResponse = StaticDecode<typeof PollVotesResponse>;

export const QueryPollsResponse = PagedAnswer({
  polls: Type.Array(PollResponseData),
});
export type QueryPollsResponse = StaticDecode<typeof QueryPollsResponse>;
