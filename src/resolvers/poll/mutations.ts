import type { PollResponseData } from '../../rest/wire/polls.js';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { NewPollOptionInput, PollOptionUpdateInput, PollRef, PollVotingVisibility } from '../../schema/poll/types.js';
import { actingUserId, requiredActingUserId } from '../../graphql/actingUser.js';
import { checkPollChange } from './access.js';

const pollPayload = (name: string, description: string) =>
  builder.objectRef<{ poll: PollResponseData }>(name).implement({
    description,
    fields: (t) => ({
      poll: t.field({ type: PollRef, description: 'The poll as it is now.', resolve: (payload) => payload.poll }),
    }),
  });

/** The settings createPoll and updatePoll share, as Stream names them; what was left out is not sent. */
interface PollSettingsInput {
  description?: string | null;
  votingVisibility?: string | null;
  enforceUniqueVote?: boolean | null;
  maxVotesAllowed?: number | null;
  allowAnswers?: boolean | null;
  allowUserSuggestedOptions?: boolean | null;
  isClosed?: boolean | null;
  custom?: Record<string, unknown> | null;
}

function pollSettings(input: PollSettingsInput) {
  return {
    description: input.description ?? undefined,
    voting_visibility: input.votingVisibility ?? undefined,
    enforce_unique_vote: input.enforceUniqueVote ?? undefined,
    max_votes_allowed: input.maxVotesAllowed ?? undefined,
    allow_answers: input.allowAnswers ?? undefined,
    allow_user_suggested_options: input.allowUserSuggestedOptions ?? undefined,
    is_closed: input.isClosed ?? undefined,
    custom: input.custom ?? undefined,
  };
}

interface CreatePollArguments extends PollSettingsInput {
  name: string;
  id?: string | number | null;
  options?: { text: string; custom?: Record<string, unknown> | null }[] | null;
  userId?: string | number | null;
}

async function createPoll(input: CreatePollArguments, { caller, stream, loaders }: GraphQLContext) {
  const userId = requiredActingUserId(caller, input.userId, 'input.userId');
  const { poll } = await stream.createPoll({
    ...pollSettings(input),
    name: input.name,
    id: input.id == null ? undefined : String(input.id),
    options: input.options?.map((option) => ({ text: option.text, custom: option.custom ?? undefined })),
    user_id: userId,
  });
  loaders.primePoll(poll, userId);
  return { poll };
}

interface ReplacePollArguments extends PollSettingsInput {
  id: string | number;
  name: string;
  options?: { id: string | number; text?: string | null; custom?: Record<string, unknown> | null }[] | null;
  userId?: string | number | null;
}

async function replacePoll(input: ReplacePollArguments, context: GraphQLContext) {
  const userId = actingUserId(context.caller, input.userId);
  await checkPollChange(context, String(input.id));
  const { poll } = await context.stream.updatePoll({
    ...pollSettings(input),
    id: String(input.id),
    name: input.name,
    options: input.options?.map((option) => ({
      id: String(option.id),
      text: option.text ?? undefined,
      custom: option.custom ?? undefined,
    })),
    user_id: userId,
  });
  context.loaders.primePoll(poll, userId);
  return { poll };
}

const CreatePollInput = builder.inputType('CreatePollInput', {
  description: 'A new poll.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The question asked.' }),
    id: t.id({
      description:
        'The poll id; the gateway makes up a UUIDv7 when left out, and names it in an UPSTREAM_OUTCOME_UNKNOWN error.',
    }),
    description: t.string({ description: 'More about the question.' }),
    options: t.field({ type: [NewPollOptionInput], description: 'The options, in order.' }),
    votingVisibility: t.field({
      type: PollVotingVisibility,
      description: 'Whether voters are shown (public by default).',
    }),
    enforceUniqueVote: t.boolean({ description: 'Each user may vote once only.' }),
    maxVotesAllowed: t.int({ description: 'How many options one user may vote for.' }),
    allowAnswers: t.boolean({ description: 'Users may add free-text answers.' }),
    allowUserSuggestedOptions: t.boolean({ description: 'Users other than the creator may add options.' }),
    isClosed: t.boolean({ description: 'Create it closed.' }),
    custom: t.field({ type: 'JSONObject', description: 'App-defined data to store on the poll.' }),
    userId: t.id({ description: 'Who creates it; required for server tokens, always the caller for user tokens.' }),
  }),
});

builder.mutationField('createPoll', (t) =>
  t.field({
    type: pollPayload('CreatePollPayload', 'The poll createPoll created.'),
    nullable: true,
    description: 'Creates a poll (createPoll); attach it to a message to let people vote.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: CreatePollInput, required: true }) },
    resolve: (_root, { input }, context) => createPoll(input, context),
  }),
);

const UpdatePollInput = builder.inputType('UpdatePollInput', {
  description: 'A poll replaced entirely: settings left out go back to their defaults.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The poll to replace.' }),
    name: t.string({ required: true, description: 'The question asked.' }),
    description: t.string({ description: 'More about the question.' }),
    options: t.field({
      type: [PollOptionUpdateInput],
      description: 'The options, in order; options not listed are removed with their votes. Left out: unchanged.',
    }),
    votingVisibility: t.field({ type: PollVotingVisibility, description: 'Whether voters are shown.' }),
    enforceUniqueVote: t.boolean({ description: 'Each user may vote once only.' }),
    maxVotesAllowed: t.int({ description: 'How many options one user may vote for.' }),
    allowAnswers: t.boolean({ description: 'Users may add free-text answers.' }),
    allowUserSuggestedOptions: t.boolean({ description: 'Users other than the creator may add options.' }),
    isClosed: t.boolean({ description: 'Voting has ended.' }),
    custom: t.field({ type: 'JSONObject', description: 'App-defined data to store on the poll.' }),
    userId: t.id({ description: 'Who changes it; user tokens always act as themselves (and must have created it).' }),
  }),
});

builder.mutationField('updatePoll', (t) =>
  t.field({
    type: pollPayload('UpdatePollPayload', 'The poll updatePoll replaced.'),
    nullable: true,
    description: 'Replaces a poll entirely (updatePoll); use updatePollPartial to change single settings.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdatePollInput, required: true }) },
    resolve: (_root, { input }, context) => replacePoll(input, context),
  }),
);

const UpdatePollPartialInput = builder.inputType('UpdatePollPartialInput', {
  description: 'Settings of a poll to set or remove; others stay as they are.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll to change.' }),
    set: t.field({
      type: 'JSONObject',
      description:
        'Settings to set, by their Stream names (`name`, `is_closed`, `max_votes_allowed`, custom fields...).',
    }),
    unset: t.stringList({ description: 'Settings to remove, by their Stream names.' }),
    userId: t.id({ description: 'Who changes it; user tokens always act as themselves (and must have created it).' }),
  }),
});

builder.mutationField('updatePollPartial', (t) =>
  t.field({
    type: pollPayload('UpdatePollPartialPayload', 'The poll updatePollPartial changed.'),
    nullable: true,
    description:
      'Sets and removes single settings of a poll (updatePollPartial), e.g. `set: {is_closed: true}` to close it.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdatePollPartialInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { caller, stream, loaders } = context;
      const userId = actingUserId(caller, input.userId);
      await checkPollChange(context, String(input.pollId));
      const { poll } = await stream.updatePollPartial({
        poll_id: String(input.pollId),
        set: input.set ?? undefined,
        unset: input.unset ?? undefined,
        user_id: userId,
      });
      loaders.primePoll(poll, userId);
      return { poll };
    },
  }),
);

const DeletePollInput = builder.inputType('DeletePollInput', {
  description: 'The poll to delete.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll.' }),
    userId: t.id({ description: 'Who deletes it; user tokens always act as themselves (and must have created it).' }),
  }),
});

const DeletePollPayload = builder.objectRef<{ id: string }>('DeletePollPayload').implement({
  description: 'The poll deletePoll removed.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The removed poll id.' }),
  }),
});

builder.mutationField('deletePoll', (t) =>
  t.field({
    type: DeletePollPayload,
    nullable: true,
    description: 'Deletes a poll with its options and votes (deletePoll).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: DeletePollInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = String(input.pollId);
      const userId = actingUserId(context.caller, input.userId);
      await checkPollChange(context, id);
      await context.stream.deletePoll({ poll_id: id, user_id: userId });
      context.loaders.forgetPoll(id);
      return { id };
    },
  }),
);
