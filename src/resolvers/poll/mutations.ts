import { createPoll, updatePoll, updatePollPartial } from '../../rest/polls.js';
import type { PollResponseData } from '../../rest/wire/polls.js';
import { toWireInput } from '../../rest/wireInput.js';
import type { GenericInputFieldRef, InputFieldMap } from '@pothos/core';
import { builder, type InputFields } from '../../graphql/builder.js';
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

/** How a poll input differs between creating and replacing: its key, its options and some wording. */
interface PollInputSpec<Key, Options> {
  description: string;
  /** The name and id fields, in the order the input lists them. */
  key: (t: InputFields) => Key;
  options: (t: InputFields) => Options;
  votingVisibility: string;
  isClosed: string;
  userId: string;
}

/**
 * createPoll's and updatePoll's input: the poll settings are declared here once, under the names
 * the wire gives them in camelCase, so both pass their input to toWireInput unchanged.
 */
function pollInput<Key extends InputFieldMap, Options extends GenericInputFieldRef<unknown>>(
  name: string,
  spec: PollInputSpec<Key, Options>,
) {
  return builder.inputType(name, {
    description: spec.description,
    fields: (t) => ({
      ...spec.key(t),
      description: t.string({ description: 'More about the question.' }),
      options: spec.options(t),
      votingVisibility: t.field({ type: PollVotingVisibility, description: spec.votingVisibility }),
      enforceUniqueVote: t.boolean({ description: 'Each user may vote once only.' }),
      maxVotesAllowed: t.int({ description: 'How many options one user may vote for.' }),
      allowAnswers: t.boolean({ description: 'Users may add free-text answers.' }),
      allowUserSuggestedOptions: t.boolean({ description: 'Users other than the creator may add options.' }),
      isClosed: t.boolean({ description: spec.isClosed }),
      custom: t.field({ type: 'JSONObject', description: 'App-defined data to store on the poll.' }),
      userId: t.id({ description: spec.userId }),
    }),
  });
}

const CreatePollInput = pollInput('CreatePollInput', {
  description: 'A new poll.',
  key: (t) => ({
    name: t.string({ required: true, description: 'The question asked.' }),
    id: t.id({
      description:
        'The poll id; the gateway makes up a UUIDv7 when left out, and names it in an UPSTREAM_OUTCOME_UNKNOWN error.',
    }),
  }),
  options: (t) => t.field({ type: [NewPollOptionInput], description: 'The options, in order.' }),
  votingVisibility: 'Whether voters are shown (public by default).',
  isClosed: 'Create it closed.',
  userId: 'Who creates it; required for server tokens, always the caller for user tokens.',
});

async function createNewPoll(input: typeof CreatePollInput.$inferInput, { caller, stream, loaders }: GraphQLContext) {
  const userId = requiredActingUserId(caller, input.userId, 'input.userId');
  const { poll } = await stream.createPoll(toWireInput(createPoll, { ...input, userId }));
  loaders.primePoll(poll, userId);
  return { poll };
}

builder.mutationField('createPoll', (t) =>
  t.field({
    type: pollPayload('CreatePollPayload', 'The poll createPoll created.'),
    nullable: true,
    description: 'Creates a poll (createPoll); attach it to a message to let people vote.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: CreatePollInput, required: true }) },
    resolve: (_root, { input }, context) => createNewPoll(input, context),
  }),
);

const UpdatePollInput = pollInput('UpdatePollInput', {
  description: 'A poll replaced entirely: settings left out go back to their defaults.',
  key: (t) => ({
    id: t.id({ required: true, description: 'The poll to replace.' }),
    name: t.string({ required: true, description: 'The question asked.' }),
  }),
  options: (t) =>
    t.field({
      type: [PollOptionUpdateInput],
      description: 'The options, in order; options not listed are removed with their votes. Left out: unchanged.',
    }),
  votingVisibility: 'Whether voters are shown.',
  isClosed: 'Voting has ended.',
  userId: 'Who changes it; user tokens always act as themselves (and must have created it).',
});

async function replacePoll(input: typeof UpdatePollInput.$inferInput, context: GraphQLContext) {
  const userId = actingUserId(context.caller, input.userId);
  await checkPollChange(context, input.id);
  const { poll } = await context.stream.updatePoll(toWireInput(updatePoll, { ...input, userId }));
  context.loaders.primePoll(poll, userId);
  return { poll };
}

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
      await checkPollChange(context, input.pollId);
      const { poll } = await stream.updatePollPartial(toWireInput(updatePollPartial, { ...input, userId }));
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
