import { createPollOption, updatePollOption } from '../../rest/polls.js';
import { toWireInput } from '../../rest/wireInput.js';
import { builder } from '../../graphql/builder.js';
import { actingUserId } from '../../graphql/actingUser.js';
import { checkPollChange } from './access.js';
import { CreatePollOptionInput, UpdatePollOptionInput, DeletePollOptionInput } from '../../schema/poll/inputs.js';
import {
  CreatePollOptionPayload,
  UpdatePollOptionPayload,
  DeletePollOptionPayload,
} from '../../schema/poll/payloads.js';

builder.mutationField('createPollOption', (t) =>
  t.field({
    type: CreatePollOptionPayload,
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

builder.mutationField('updatePollOption', (t) =>
  t.field({
    type: UpdatePollOptionPayload,
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

builder.mutationField('deletePollOption', (t) =>
  t.field({
    type: DeletePollOptionPayload,
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
