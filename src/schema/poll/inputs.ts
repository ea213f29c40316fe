import type { GenericInputFieldRef, InputFieldMap } from '@pothos/core';
import {
  PollOptionRequest,
  PollOptionTextRequest,
  PollSetRequest,
  PollSettingsRequest,
} from '../../rest/wire/polls.js';
import { ActingUserRequest } from '../../rest/wire/shared.js';
import { builder, type InputFields } from '../../graphql/builder.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';
import { unsetFieldEnum } from '../../graphql/input/patch.js';
import { PollVotingVisibility } from './types.js';

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
      ...wireInputFields(t, PollSettingsRequest, { description: 'More about the question.' }),
      options: spec.options(t),
      votingVisibility: t.field({ type: PollVotingVisibility, description: spec.votingVisibility }),
      ...wireInputFields(t, PollSettingsRequest, {
        enforceUniqueVote: 'Each user may vote once only.',
        maxVotesAllowed: 'How many options one user may vote for.',
        allowAnswers: 'Users may add free-text answers.',
        allowUserSuggestedOptions: 'Users other than the creator may add options.',
        isClosed: spec.isClosed,
        custom: 'App-defined data to store on the poll.',
      }),
      ...wireInputFields(t, ActingUserRequest, { userId: { description: spec.userId, type: 'ID' } }),
    }),
  });
}

export const CreatePollInput = pollInput('CreatePollInput', {
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

export const UpdatePollInput = pollInput('UpdatePollInput', {
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

export const PollPatch = builder.inputType('PollPatch', {
  description: 'Poll settings to set; settings left out stay as they are (use `unset` to remove one).',
  fields: (t) => ({
    ...wireInputFields(t, PollSetRequest, {
      name: 'The question asked.',
      description: 'More about the question.',
    }),
    votingVisibility: t.field({ type: PollVotingVisibility, description: 'Whether voters are shown.' }),
    ...wireInputFields(t, PollSetRequest, {
      enforceUniqueVote: 'Each user may vote once only.',
      maxVotesAllowed: 'How many options one user may vote for (1 to 10).',
      allowAnswers: 'Users may add free-text answers.',
      allowUserSuggestedOptions: 'Users other than the creator may add options.',
      isClosed: 'Voting has ended.',
      custom: "The poll's app-defined data, replaced as a whole.",
    }),
  }),
});

export const PollField = unsetFieldEnum('PollField', {
  description: 'A poll setting that can be removed, going back to its default.',
  wire: PollSetRequest,
  becomes: {
    description: 'Becomes empty.',
    voting_visibility: 'Becomes PUBLIC.',
    enforce_unique_vote: 'Becomes false.',
    max_votes_allowed: 'Becomes unlimited.',
    allow_answers: 'Becomes false.',
    allow_user_suggested_options: 'Becomes false.',
    is_closed: 'Becomes false (open).',
    custom: 'All app-defined data is removed.',
  },
});

export const UpdatePollPartialInput = builder.inputType('UpdatePollPartialInput', {
  description: 'Settings of a poll to set or remove; others stay as they are.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll to change.' }),
    set: t.field({ type: PollPatch, description: 'Settings to set.' }),
    unset: t.field({ type: [PollField], description: 'Settings to remove; none may also be in `set`.' }),
    userId: t.id({ description: 'Who changes it; user tokens always act as themselves (and must have created it).' }),
  }),
});

export const DeletePollInput = builder.inputType('DeletePollInput', {
  description: 'The poll to delete.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll.' }),
    userId: t.id({ description: 'Who deletes it; user tokens always act as themselves (and must have created it).' }),
  }),
});

export const CreatePollOptionInput = builder.inputType('CreatePollOptionInput', {
  description: 'An option to add to a poll.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll.' }),
    ...wireInputFields(t, PollOptionTextRequest, {
      text: 'What the option says; unique within the poll.',
      custom: 'App-defined data to store on the option.',
    }),
    userId: t.id({ description: 'Who adds it; user tokens always act as themselves.' }),
  }),
});

export const UpdatePollOptionInput = builder.inputType('UpdatePollOptionInput', {
  description: 'An option of a poll, replaced: custom data left out is cleared.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll.' }),
    id: t.id({ required: true, description: 'The option.' }),
    ...wireInputFields(t, PollOptionTextRequest, {
      text: 'What the option says; unique within the poll.',
      custom: 'App-defined data to store on the option.',
    }),
    userId: t.id({
      description: 'Who changes it; user tokens always act as themselves (and must have created the poll).',
    }),
  }),
});

export const DeletePollOptionInput = builder.inputType('DeletePollOptionInput', {
  description: 'The poll option to remove.',
  fields: (t) => ({
    pollId: t.id({ required: true, description: 'The poll.' }),
    optionId: t.id({ required: true, description: 'The option.' }),
    userId: t.id({
      description: 'Who removes it; user tokens always act as themselves (and must have created the poll).',
    }),
  }),
});

export const NewPollOptionInput = builder.inputType('NewPollOptionInput', {
  description: 'An option for a new poll.',
  fields: (t) => ({
    ...wireInputFields(t, PollOptionTextRequest, {
      text: 'What the option says; unique within the poll.',
      custom: 'App-defined data to store on the option.',
    }),
  }),
});

export const PollOptionUpdateInput = builder.inputType('PollOptionUpdateInput', {
  description: 'An option of a poll being replaced: an existing id keeps its votes, a new id adds an option.',
  fields: (t) =>
    wireInputFields(t, PollOptionRequest, {
      id: { description: 'The option id.', type: 'ID' },
      text: 'What the option says; unchanged when left out.',
      custom: 'App-defined data to store on the option.',
    }),
});
