import { createPoll, updatePoll } from '../../rest/polls.js';
import { toWireInput } from '../../rest/wireInput.js';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { actingUserId, requiredActingUserId } from '../../graphql/actingUser.js';
import { checkPollChange } from './access.js';
import { pollPatchToWire } from './patch.js';
import { CreatePollInput, UpdatePollInput, UpdatePollPartialInput, DeletePollInput } from '../../schema/poll/inputs.js';
import {
  CreatePollPayload,
  UpdatePollPayload,
  UpdatePollPartialPayload,
  DeletePollPayload,
} from '../../schema/poll/payloads.js';

async function createNewPoll(input: typeof CreatePollInput.$inferInput, { caller, stream, loaders }: GraphQLContext) {
  const userId = requiredActingUserId(caller, input.userId, 'input.userId');
  const { poll } = await stream.createPoll(toWireInput(createPoll, { ...input, userId }));
  loaders.primePoll(poll, userId);
  return { poll };
}

async function replacePoll(input: typeof UpdatePollInput.$inferInput, context: GraphQLContext) {
  const userId = actingUserId(context.caller, input.userId);
  await checkPollChange(context, input.id);
  const { poll } = await context.stream.updatePoll(toWireInput(updatePoll, { ...input, userId }));
  context.loaders.primePoll(poll, userId);
  return { poll };
}

builder.mutationField('createPoll', (t) =>
  t.field({
    type: CreatePollPayload,
    description: 'Creates a poll (createPoll); attach it to a message to let people vote.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: CreatePollInput, required: true }) },
    resolve: (_root, { input }, context) => createNewPoll(input, context),
  }),
);

builder.mutationField('updatePoll', (t) =>
  t.field({
    type: UpdatePollPayload,
    description: 'Replaces a poll entirely (updatePoll); use updatePollPartial to change single settings.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdatePollInput, required: true }) },
    resolve: (_root, { input }, context) => replacePoll(input, context),
  }),
);

builder.mutationField('updatePollPartial', (t) =>
  t.field({
    type: UpdatePollPartialPayload,
    description:
      'Sets and removes single settings of a poll (updatePollPartial), e.g. `set: {isClosed: true}` to close it.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdatePollPartialInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { caller, stream, loaders } = context;
      const userId = actingUserId(caller, input.userId);
      const patch = pollPatchToWire(input.set, input.unset);
      await checkPollChange(context, String(input.pollId));
      const { poll } = await stream.updatePollPartial({ poll_id: String(input.pollId), user_id: userId, ...patch });
      loaders.primePoll(poll, userId);
      return { poll };
    },
  }),
);

builder.mutationField('deletePoll', (t) =>
  t.field({
    type: DeletePollPayload,
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
