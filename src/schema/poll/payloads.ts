import type { PollResponseData } from '../../rest/wire/polls.js';
import { deletedIdPayload, payloadType } from '../../graphql/mutationPayload.js';
import { PollRef, PollOptionRef } from './types.js';
import { pollOptionGlobalId, type OptionOfPoll } from './optionIdentity.js';

const pollPayload = (name: string, description: string) =>
  payloadType<{ poll: PollResponseData }>(name, {
    description,
    fields: (t) => ({
      poll: t.field({ type: PollRef, description: 'The poll as it is now.', resolve: (payload) => payload.poll }),
    }),
  });

export const CreatePollPayload = pollPayload('CreatePollPayload', 'The poll createPoll created.');

export const UpdatePollPayload = pollPayload('UpdatePollPayload', 'The poll updatePoll replaced.');

export const UpdatePollPartialPayload = pollPayload('UpdatePollPartialPayload', 'The poll updatePollPartial changed.');

export const DeletePollPayload = deletedIdPayload(
  'DeletePollPayload',
  'The poll deletePoll removed.',
  'The removed poll id (Poll.id): what caches evict.',
);

const optionPayload = (name: string, description: string) =>
  payloadType<OptionOfPoll>(name, {
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

export const DeletePollOptionPayload = payloadType<{ pollId: string; optionId: string }>('DeletePollOptionPayload', {
  description: 'The option deletePollOption removed, and its poll without it.',
  fields: (t) => ({
    deletedId: t.id({
      description: 'The removed option’s PollOption.id (unique across polls): the cache entry to evict.',
      resolve: ({ pollId, optionId }) => pollOptionGlobalId(pollId, optionId),
    }),
    deletedOptionId: t.exposeID('optionId', { description: 'The removed option’s Stream id (PollOption.optionId).' }),
    poll: t.field({
      type: PollRef,
      nullable: true,
      description: 'The poll the option belonged to, as it is now: its options no longer list the removed one.',
      resolve: ({ pollId }, _args, { loaders }) => loaders.polls(undefined).load(pollId),
    }),
  }),
});
