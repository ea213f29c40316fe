import type { Loaders } from '../../loaders/index.js';
import { PollResponseData, PollVoteResponseData, POLL_VOTING_VISIBILITIES } from '../../rest/wire/polls.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { UserRef } from '../user/types.js';
import { pollOptionGlobalId, type OptionOfPoll } from './optionIdentity.js';

export const PollRef = builder.objectRef<PollResponseData>('Poll');
export const PollOptionRef = builder.objectRef<OptionOfPoll>('PollOption');
export const PollVoteRef = builder.objectRef<PollVoteResponseData>('PollVote');

/** The poll an option belongs to: the one it was read with, else the poll as anyone sees it (batched). */
function pollOfOption({ poll, pollId }: OptionOfPoll, loaders: Loaders): Promise<PollResponseData | null> {
  return poll ? Promise.resolve(poll) : loaders.pollSeenByAnyone(pollId);
}

PollOptionRef.implement({
  description:
    "One answer a poll offers to vote for. Its `id` is unique across polls (cache key); `optionId` is Stream's id, unique only within its poll, which mutations and filters take.",
  fields: (t) => ({
    id: t.id({
      description:
        'A globally unique, opaque id of this option of this poll (a Relay global id); use `optionId` for Stream.',
      resolve: ({ pollId, option }) => pollOptionGlobalId(pollId, option.id),
    }),
    optionId: t.id({
      description: "Stream's option id, unique within its poll only.",
      resolve: ({ option }) => option.id,
    }),
    text: t.string({ description: 'What the option says.', resolve: ({ option }) => option.text }),
    custom: t.field({
      type: 'JSONObject',
      description: 'App-defined data stored on the option.',
      resolve: ({ option }) => option.custom,
    }),
    poll: t.field({
      type: PollRef,
      nullable: true,
      description: 'The poll the option belongs to.',
      resolve: (option, _args, { loaders }) => pollOfOption(option, loaders),
    }),
    voteCount: t.int({
      description: 'Votes cast for this option (0 when its poll is gone).',
      resolve: async (option, _args, { loaders }) => {
        const count = (await pollOfOption(option, loaders))?.vote_counts_by_option[option.option.id];
        return typeof count === 'number' ? count : 0;
      },
    }),
    latestVotes: t.field({
      type: [PollVoteRef],
      description: 'The latest few votes for this option, as Stream keeps them on the poll; newest first.',
      resolve: async (option, _args, { loaders }) =>
        (await pollOfOption(option, loaders))?.latest_votes_by_option[option.option.id] ?? [],
    }),
  }),
});

PollVoteRef.implement({
  description: 'A vote for an option of a poll, or a free-text answer when the poll allows them.',
  fields: (t) => ({
    ...wireFields(t, PollVoteResponseData, {
      id: { description: 'The vote id.', type: 'ID' },
      pollId: { description: 'The poll voted in.', type: 'ID' },
    }),
    poll: t.field({
      type: PollRef,
      nullable: true,
      description: 'The poll voted in, as the caller sees it.',
      resolve: (vote, _args, { loaders }) => loaders.pollSeenByAnyone(vote.poll_id),
    }),
    ...wireFields(t, PollVoteResponseData, {
      optionId: { description: 'The option voted for (empty for answers).', type: 'ID' },
    }),
    option: t.field({
      type: PollOptionRef,
      nullable: true,
      description: 'The option voted for; null for answers and for options removed since.',
      resolve: (vote, _args, { loaders }) => optionOfVote(vote, loaders),
    }),
    ...wireFields(t, PollVoteResponseData, {
      isAnswer: 'This is a free-text answer, not a vote.',
      answerText: 'The text of an answer.',
      userId: {
        description: 'Who voted; null in anonymous polls, except on your own votes.',
        nullable: true,
        type: 'ID',
      },
    }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who voted; null in anonymous polls, except on your own votes.',
      resolve: (vote, _args, { loaders }) => vote.user ?? (vote.user_id ? loaders.users.load(vote.user_id) : null),
    }),
    ...wireFields(t, PollVoteResponseData, {
      createdAt: 'When the vote was cast.',
      updatedAt: 'When the vote last changed.',
    }),
  }),
});

async function optionOfVote(vote: PollVoteResponseData, loaders: Loaders): Promise<OptionOfPoll | null> {
  if (vote.is_answer || !vote.option_id) return null;
  const poll = await loaders.pollSeenByAnyone(vote.poll_id);
  const option = poll?.options.find((candidate) => candidate.id === vote.option_id);
  return option ? { pollId: vote.poll_id, option, poll } : null;
}

PollRef.implement({
  description: 'A poll: a question, its options, and the votes and answers it received.',
  fields: (t) => ({
    ...wireFields(t, PollResponseData, {
      id: { description: 'The poll id.', type: 'ID' },
      name: 'The question asked.',
      description: 'More about the question (may be empty).',
    }),
    ...openEnumFields(t, PollVotingVisibility, 'votingVisibility', {
      description: 'Whether everyone sees who voted (PUBLIC) or nobody does (ANONYMOUS).',
    }),
    ...wireFields(t, PollResponseData, {
      enforceUniqueVote: 'Each user may vote once only.',
      maxVotesAllowed: 'How many options one user may vote for, when limited.',
      allowAnswers: 'Users may add free-text answers.',
      allowUserSuggestedOptions: 'Users other than the creator may add options.',
      isClosed: 'Voting has ended.',
    }),
    options: t.field({
      type: [PollOptionRef],
      description: 'The options, in order, each with its tallies.',
      resolve: (poll) => poll.options.map((option) => ({ pollId: poll.id, option, poll })),
    }),
    ...wireFields(t, PollResponseData, { voteCount: 'Votes cast, answers not counted.' }),
    voteCountsByOption: t.expose('vote_counts_by_option', {
      type: 'JSONObject',
      description: 'Votes cast per option, by option id.',
      deprecationReason: 'Untyped and keyed by option id: read `options { voteCount }` instead.',
    }),
    latestVotesByOption: t.field({
      type: [PollVoteRef],
      description:
        'The latest few votes of each option, option by option (Stream keys them by option id); each vote names its option.',
      deprecationReason: 'Flattened across options: read `options { latestVotes }` instead.',
      resolve: (poll) => {
        const byOption = poll.latest_votes_by_option;
        const listed = poll.options.flatMap((option) => byOption[option.id] ?? []);
        const unlisted = Object.keys(byOption).filter((id) => !poll.options.some((option) => option.id === id));
        return [...listed, ...unlisted.flatMap((id) => byOption[id]!)];
      },
    }),
    ...wireFields(t, PollResponseData, { answersCount: 'Free-text answers given.' }),
    latestAnswers: t.field({
      type: [PollVoteRef],
      description: 'The latest free-text answers.',
      resolve: (poll) => poll.latest_answers,
    }),
    ownVotes: t.field({
      type: [PollVoteRef],
      description: 'The votes and answers of the user the poll was read as.',
      resolve: (poll) => poll.own_votes,
    }),
    ...wireFields(t, PollResponseData, { createdById: { description: 'Who created the poll.', type: 'ID' } }),
    createdBy: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who created the poll.',
      resolve: (poll, _args, { loaders }) => poll.created_by ?? loaders.users.load(poll.created_by_id),
    }),
    ...wireFields(t, PollResponseData, {
      custom: 'App-defined data stored on the poll.',
      createdAt: 'When the poll was created.',
      updatedAt: 'When the poll last changed.',
    }),
  }),
});

export const PollVotingVisibility = openEnumFromWire('PollVotingVisibility', POLL_VOTING_VISIBILITIES, {
  description: 'Whether a poll shows who voted.',
  values: {
    public: 'Everyone sees who voted for what.',
    anonymous: 'Votes are counted; voters stay hidden.',
  },
});

export const PollConnectionRef = builder.connectionObject(
  { type: PollRef, name: 'PollConnection', description: 'A page of polls.' },
  { name: 'PollEdge', description: 'A poll in a page, with its cursor.' },
);

export const PollVoteConnectionRef = builder.connectionObject(
  {
    type: PollVoteRef,
    name: 'PollVoteConnection',
    description: 'A page of votes and answers.',
    fields: (t) => ({
      totalCount: t.int({
        nullable: true,
        description:
          'How many votes and answers the poll has (its voteCount plus answersCount): only for an unfiltered list, null otherwise (Stream counts nothing else).',
        resolve: async ({ totalCount }) => (typeof totalCount === 'function' ? totalCount() : (totalCount ?? null)),
      }),
    }),
  },
  { name: 'PollVoteEdge', description: 'A vote in a page, with its cursor.' },
);
