import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { actingUserId, requiredActingUserId } from '../../graphql/actingUser.js';
import { checkPollChange } from './access.js';
import { CreatePollInput, UpdatePollInput, UpdatePollPartialInput, DeletePollInput } from '../../schema/poll/inputs.js';
import {
  CreatePollPayload,
  UpdatePollPayload,
  UpdatePollPartialPayload,
  DeletePollPayload,
} from '../../schema/poll/payloads.js';

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

builder.mutationField('createPoll', (t) =>
  t.field({
    type: CreatePollPayload,
    nullable: true,
    description: 'Creates a poll (createPoll); attach it to a message to let people vote.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: CreatePollInput, required: true }) },
    resolve: (_root, { input }, context) => createPoll(input, context),
  }),
);

builder.mutationField('updatePoll', (t) =>
  t.field({
    type: UpdatePollPayload,
    nullable: true,
    description: 'Replaces a poll entirely (updatePoll); use updatePollPartial to change single settings.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdatePollInput, required: true }) },
    resolve: (_root, { input }, context) => replacePoll(input, context),
  }),
);

builder.mutationField('updatePollPartial', (t) =>
  t.field({
    type: UpdatePollPartialPayload,
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
