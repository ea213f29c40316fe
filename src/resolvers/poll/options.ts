import { createPollOption, updatePollOption } from '../../rest/polls.js';
import type { PollOptionResponseData } from '../../rest/wire/polls.js';
import { toWireInput } from '../../rest/wireInput.js';
import { builder } from '../../graphql/builder.js';
import { PollOptionRef, PollRef } from '../../schema/poll/types.js';
import { actingUserId } from '../../graphql/actingUser.js';
import { checkPollChange } from './access.js';

interface OptionOfPoll {
  pollId: string;
  option: PollOptionResponseData;
}

const optionPayload = (name: string, description: string) =>
  builder.objectRef<OptionOfPoll>(name).implement({
    description,
    fields: (t) => ({
      pollOption: t.field({ type: PollOptionRef, description: 'The option as it is now.', resolve: (p) => p.option }),
      poll: t.field({
        type: PollRef,
        nullable: true,
        description: 'The poll the option belongs to, as it is now.',
        resolve: ({ pollId }, _args, { loaders }) => loaders.polls(undefined).load(pollId),
      }),
    }),
  });

const CreatePollOptionInput = builder.inputType('CreatePollOptionInput', {
  description: 'An option to add to a poll.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll.' }),
    text: t.string({ required: true, description: 'What the option says; unique within the poll.' }),
    custom: t.field({ type: 'JSONObject', description: 'App-defined data to store on the option.' }),
    userId: t.id({ description: 'Who adds it; user tokens always act as themselves.' }),
  }),
});

builder.mutationField('createPollOption', (t) =>
  t.field({
    type: optionPayload('CreatePollOptionPayload', 'The option createPollOption added.'),
    nullable: true,
    description:
      "Adds an option to a poll (createPollOption): the creator's, or anyone's when the poll allows suggestions.",
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: CreatePollOptionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const pollId = String(input.pollId);
      const userId = actingUserId(context.caller, input.userId);
      await checkPollChange(context, pollId, { suggestingOption: true });
      const { poll_option } = await context.stream.createPollOption(
        toWireInput(createPollOption, { ...input, userId }),
      );
      context.loaders.forgetPoll(pollId);
      return { pollId, option: poll_option };
    },
  }),
);

const UpdatePollOptionInput = builder.inputType('UpdatePollOptionInput', {
  description: 'An option of a poll, replaced: custom data left out is cleared.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll.' }),
    id: t.id({ required: true, description: 'The option.' }),
    text: t.string({ required: true, description: 'What the option says; unique within the poll.' }),
    custom: t.field({ type: 'JSONObject', description: 'App-defined data to store on the option.' }),
    userId: t.id({
      description: 'Who changes it; user tokens always act as themselves (and must have created the poll).',
    }),
  }),
});

builder.mutationField('updatePollOption', (t) =>
  t.field({
    type: optionPayload('UpdatePollOptionPayload', 'The option updatePollOption changed.'),
    nullable: true,
    description: 'Replaces the text and custom data of a poll option (updatePollOption); its votes stay.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdatePollOptionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const pollId = String(input.pollId);
      const userId = actingUserId(context.caller, input.userId);
      await checkPollChange(context, pollId);
      const { poll_option } = await context.stream.updatePollOption(
        toWireInput(updatePollOption, { ...input, userId }),
      );
      context.loaders.forgetPoll(pollId);
      return { pollId, option: poll_option };
    },
  }),
);

const DeletePollOptionInput = builder.inputType('DeletePollOptionInput', {
  description: 'The poll option to remove.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll.' }),
    optionId: t.id({ required: true, description: 'The option.' }),
    userId: t.id({
      description: 'Who removes it; user tokens always act as themselves (and must have created the poll).',
    }),
  }),
});

const DeletePollOptionPayload = builder
  .objectRef<{ pollId: string; optionId: string }>('DeletePollOptionPayload')
  .implement({
    description: 'The option deletePollOption removed.',
    fields: (t) => ({
      pollId: t.exposeID('pollId', { description: 'The poll it belonged to.' }),
      optionId: t.exposeID('optionId', { description: 'The removed option id.' }),
    }),
  });

builder.mutationField('deletePollOption', (t) =>
  t.field({
    type: DeletePollOptionPayload,
    nullable: true,
    description: 'Removes an option from a poll, with its votes (deletePollOption).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: DeletePollOptionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const pollId = String(input.pollId);
      const optionId = String(input.optionId);
      const userId = actingUserId(context.caller, input.userId);
      await checkPollChange(context, pollId);
      await context.stream.deletePollOption({ poll_id: pollId, option_id: optionId, user_id: userId });
      context.loaders.forgetPoll(pollId);
      return { pollId, optionId };
    },
  }),
);
