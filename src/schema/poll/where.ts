import { whereInput } from '../../graphql/input/whereInput.js';
import { orderInput } from '../../graphql/sort.js';
import { BooleanFilter, DateTimeFilter, IDFilter, IntFilter, StringFilter } from '../../graphql/input/filterInputs.js';

/*
 * Typed filters and sort orders of queryPolls and queryPollVotes. Stream's references give these
 * endpoints a free-form `filter` and `sort`; the fields offered here are those Stream's polls
 * documentation names for them (also what the emulator filters on, src/emulator/polls/fields.ts).
 */

const poll = whereInput('PollWhere', 'Which polls to list; conditions given together must all hold.', {
  id: { filter: IDFilter, description: 'The poll id.' },
  name: { filter: StringFilter, description: 'The question.' },
  createdById: { filter: IDFilter, description: 'Who created the poll.' },
  isClosed: { filter: BooleanFilter, description: 'Voting has ended.' },
  allowAnswers: { filter: BooleanFilter, description: 'Free-text answers are allowed.' },
  allowUserSuggestedOptions: { filter: BooleanFilter, description: 'Others may add options.' },
  maxVotesAllowed: { filter: IntFilter, description: 'How many options one user may vote for.' },
  createdAt: { filter: DateTimeFilter, description: 'When the poll was created.' },
  updatedAt: { filter: DateTimeFilter, description: 'When the poll last changed.' },
});
export const PollWhere = poll.input;
export const POLL_WHERE_FIELDS = poll.streamNames;

const vote = whereInput(
  'PollVoteWhere',
  "Which of a poll's votes and answers to list; conditions given together must all hold.",
  {
    id: { filter: IDFilter, description: 'The vote id.' },
    optionId: { filter: IDFilter, description: "The option voted for (Stream's option id)." },
    userId: { filter: IDFilter, description: 'Who voted.' },
    isAnswer: { filter: BooleanFilter, description: 'A free-text answer (true) or a vote (false).' },
    createdAt: { filter: DateTimeFilter, description: 'When it was cast.' },
    updatedAt: { filter: DateTimeFilter, description: 'When it last changed.' },
  },
);
export const PollVoteWhere = vote.input;
export const POLL_VOTE_WHERE_FIELDS = vote.streamNames;

export const PollOrder = orderInput('PollOrder', 'One field to order polls by; earlier entries take precedence.', {
  description: 'A field polls can be ordered by.',
  values: {
    CREATED_AT: 'When the poll was created.',
    UPDATED_AT: 'When the poll last changed.',
    NAME: 'The question, alphabetically.',
    IS_CLOSED: 'Open polls before closed ones when ascending.',
  },
});

export const PollVoteOrder = orderInput(
  'PollVoteOrder',
  'One field to order votes and answers by; earlier entries take precedence.',
  {
    description: 'A field votes and answers can be ordered by.',
    values: {
      CREATED_AT: 'When it was cast.',
      UPDATED_AT: 'When it last changed.',
    },
  },
);
