import { whereInput } from '../../graphql/input/whereInput.js';
import { orderInput } from '../../graphql/sort.js';
import { BooleanFilter, DateTimeFilter, IDFilter, IntFilter, StringFilter } from '../../graphql/input/filterInputs.js';

/*
 * Typed filters and sort orders of queryPolls and queryPollVotes. Stream's references give these
 * endpoints a free-form `filter` and `sort`; the fields offered here are those Stream's polls
 * documentation names for them (also what the emulator filters on, src/emulator/polls/fields.ts).
 */

const poll = whereInput('PollWhere', 'Which polls to list; conditions given together must all hold.', {
  id: { stream: 'id', filter: IDFilter, description: 'The poll id.' },
  name: { stream: 'name', filter: StringFilter, description: 'The question.' },
  createdById: { stream: 'created_by_id', filter: IDFilter, description: 'Who created the poll.' },
  isClosed: { stream: 'is_closed', filter: BooleanFilter, description: 'Voting has ended.' },
  allowAnswers: { stream: 'allow_answers', filter: BooleanFilter, description: 'Free-text answers are allowed.' },
  allowUserSuggestedOptions: {
    stream: 'allow_user_suggested_options',
    filter: BooleanFilter,
    description: 'Others may add options.',
  },
  maxVotesAllowed: {
    stream: 'max_votes_allowed',
    filter: IntFilter,
    description: 'How many options one user may vote for.',
  },
  createdAt: { stream: 'created_at', filter: DateTimeFilter, description: 'When the poll was created.' },
  updatedAt: { stream: 'updated_at', filter: DateTimeFilter, description: 'When the poll last changed.' },
});
export const PollWhere = poll.input;
export const POLL_WHERE_FIELDS = poll.streamNames;

const vote = whereInput(
  'PollVoteWhere',
  "Which of a poll's votes and answers to list; conditions given together must all hold.",
  {
    id: { stream: 'id', filter: IDFilter, description: 'The vote id.' },
    optionId: { stream: 'option_id', filter: IDFilter, description: "The option voted for (Stream's option id)." },
    userId: { stream: 'user_id', filter: IDFilter, description: 'Who voted.' },
    isAnswer: {
      stream: 'is_answer',
      filter: BooleanFilter,
      description: 'A free-text answer (true) or a vote (false).',
    },
    createdAt: { stream: 'created_at', filter: DateTimeFilter, description: 'When it was cast.' },
    updatedAt: { stream: 'updated_at', filter: DateTimeFilter, description: 'When it last changed.' },
  },
);
export const PollVoteWhere = vote.input;
export const POLL_VOTE_WHERE_FIELDS = vote.streamNames;

export const PollOrder = orderInput('PollOrder', 'One field to order polls by; earlier entries take precedence.', {
  description: 'A field polls can be ordered by.',
  values: {
    CREATED_AT: { value: 'created_at', description: 'When the poll was created.' },
    UPDATED_AT: { value: 'updated_at', description: 'When the poll last changed.' },
    NAME: { value: 'name', description: 'The question, alphabetically.' },
    IS_CLOSED: { value: 'is_closed', description: 'Open polls before closed ones when ascending.' },
  },
});

export const PollVoteOrder = orderInput(
  'PollVoteOrder',
  'One field to order votes and answers by; earlier entries take precedence.',
  {
    description: 'A field votes and answers can be ordered by.',
    values: {
      CREATED_AT: { value: 'created_at', description: 'When it was cast.' },
      UPDATED_AT: { value: 'updated_at', description: 'When it last changed.' },
    },
  },
);
