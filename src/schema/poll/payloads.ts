import type { PollResponseData } from '../../rest/wire/polls.js';
import { builder } from '../../graphql/builder.js';
import { PollRef, PollOptionRef } from './types.js';
import type { OptionOfPoll } from './optionIdentity.js';

const pollPayload = (name: string, description: string) =>
  builder.objectRef<{ poll: PollResponseData }>(name).implement({
    description,
    fields: (t) => ({
      poll: t.field({ type: PollRef, description: 'The poll as it is now.', resolve: (payload) => payload.poll }),
    }),
  });

export const CreatePollPayload = pollPayload('CreatePollPayload', 'The poll createPoll created.');

export const UpdatePollPayload = pollPayload('UpdatePollPayload', 'The poll updatePoll replaced.');

export const UpdatePollPartialPayload = pollPayload('UpdatePollPartialPayload', 'The poll updatePollPartial changed.');

export const DeletePollPayload = builder.objectRef<{ id: string }>('DeletePollPayload').implement({
  description: 'The poll deletePoll removed.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The removed poll id.' }),
  }),
});

const optionPayload = (name: string, description: string) =>
  builder.objectRef<OptionOfPoll>(name).implement({
    description,
    fields: (t) => ({
      pollOption: t.field({
        type: PollOptionRef,
        description: 'The option as it is now.',
        resolve: ({ pollId, option }) => ({ pollId, option }),
      }),
      poll: t.field({
        type: PollRef,
        nullable: true,
        description: 'The poll the option belongs to, as it is now.',
        resolve: ({ pollId }, _args, { loaders }) => loaders.polls(undefined).load(pollId),
      }),
    }),
  });

export const CreatePollOptionPayload = optionPayload('CreatePollOptionPayload', 'The option createPollOption added.');

export const UpdatePollOptionPayload = optionPayload('UpdatePollOptionPayload', 'The option updatePollOption changed.');

export const DeletePollOptionPayload = builder
  .objectRef<{ pollId: string; optionId: string }>('DeletePollOptionPayload')
  .implement({
    description: 'The option deletePollOption removed.',
    fields: (t) => ({
      pollId: t.exposeID('pollId', { description: 'The poll it belonged to.' }),
      optionId: t.exposeID('optionId', { description: 'The removed option id.' }),
    }),
  });
