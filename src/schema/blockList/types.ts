import { userField } from '../user/userField.js';
import { BlockListResponse, BlockListSettingsRequest } from '../../rest/wire/blocklists.js';
import { TaskStartedResponse } from '../../rest/wire/shared.js';
import { BLOCK_LIST_TYPES } from '../../rest/wire/blocklists.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';
import { builder, type InputFields } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';
import { payloadType } from '../../graphql/mutationPayload.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { startedTaskFields } from '../task/startedTask.js';

export const BlockListType = openEnumFromWire('BlockListType', BLOCK_LIST_TYPES, {
  description: 'What the entries of a block list are matched against.',
  values: {
    word: 'Words in message text.',
    regex: 'Regular expressions over message text.',
    domain: 'Link domains to block.',
    domain_allowlist: 'The only link domains allowed.',
    email: 'E-mail addresses or domains to block.',
    email_allowlist: 'The only e-mail domains allowed.',
  },
});

export const BlockListRef = builder.objectRef<BlockListResponse>('BlockList').implement({
  description:
    'A list of words, patterns, domains or e-mails that moderation blocks (or allows). As a federation entity it is ' +
    'keyed by `name team`: Stream addresses block lists by name within a team (getBlockList takes both), and its id ' +
    'is optional in answers, so the natural key is the one every subgraph can know.',
  fields: (t) => ({
    ...wireFields(t, BlockListResponse, {
      id: { description: 'The block list id (importBlockList takes it).', type: 'ID' },
      name: 'The name, unique within its team.',
    }),
    ...openEnumFields(t, BlockListType, 'type', {
      description: 'What the entries are matched against.',
    }),
    ...wireFields(t, BlockListResponse, {
      team: 'The team it belongs to; app-wide when null.',
      words: 'The entries.',
      isLeetCheckEnabled: 'Whether l33t spellings of the entries match too.',
      isPluralCheckEnabled: 'Whether plural forms of the entries match too.',
    }),
    isConfusableFoldingEnabled: t.boolean({
      description:
        'Whether look-alike characters (a Cyrillic letter shaped like a Latin one) match the entries too; false when ' +
        'Stream leaves it out.',
      resolve: (list) => list.is_confusable_folding_enabled ?? false,
    }),
    isSubstringMatchingEnabled: t.boolean({
      description: 'Whether entries also match inside longer words; false when Stream leaves it out.',
      resolve: (list) => list.is_substring_matching_enabled ?? false,
    }),
    ...wireFields(t, BlockListResponse, {
      ownerUserId: {
        description: 'The user it belongs to, when it was created for one; app-owned when null.',
        type: 'ID',
      },
    }),
    owner: userField(t, 'The user it belongs to, when it was created for one.', (list) => list.owner_user_id),
    ...wireFields(t, BlockListResponse, {
      createdAt: 'When it was created.',
      updatedAt: 'When it last changed.',
    }),
  }),
});

/** What the create and update operations answer: the block list as saved. */
interface BlockListAnswer {
  blocklist?: BlockListResponse;
}

/** How entries match, as create and update take it. */
function matchingOptions(t: InputFields) {
  return wireInputFields(t, BlockListSettingsRequest, {
    isLeetCheckEnabled: 'Match l33t spellings too.',
    isPluralCheckEnabled: 'Match plural forms too.',
    isConfusableFoldingEnabled: 'Fold look-alike characters before matching.',
    isSubstringMatchingEnabled: 'Match entries inside longer words too.',
  });
}

export const CreateBlockListInput = builder.inputType('CreateBlockListInput', {
  description: 'A new block list.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The name (1 to 255 characters), unique within the team.' }),
    words: t.stringList({ required: true, description: 'The entries.' }),
    type: t.field({ type: BlockListType, description: 'What the entries are; word when left out.' }),
    ...wireInputFields(t, BlockListSettingsRequest, {
      team: 'The team it belongs to; app-wide when left out.',
    }),
    ...matchingOptions(t),
    userId: t.id({ description: 'The user it is created for, who then owns it (BlockList.owner).' }),
  }),
});

function blockListPayload(name: string, description: string) {
  return payloadType<BlockListAnswer>(name, {
    description,
    fields: (t) => ({
      blockList: t.field({
        type: BlockListRef,
        nullable: true,
        description: 'The block list.',
        resolve: (a) => a.blocklist,
      }),
    }),
  });
}

export const CreateBlockListPayloadRef = blockListPayload('CreateBlockListPayload', 'The block list as created.');

export const UpdateBlockListInput = builder.inputType('UpdateBlockListInput', {
  description: 'Changes to a block list; fields left out keep their value.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The block list to change.' }),
    ...wireInputFields(t, BlockListSettingsRequest, {
      team: 'Its team, when it belongs to one.',
    }),
    words: t.stringList({ description: 'The new entries (replace the old ones).' }),
    ...matchingOptions(t),
    userId: t.id({ description: 'The user the change is made as.' }),
  }),
});

export const UpdateBlockListPayloadRef = blockListPayload('UpdateBlockListPayload', 'The block list as changed.');

export const DeleteBlockListInput = builder.inputType('DeleteBlockListInput', {
  description: 'The block list to remove.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name.' }),
    team: t.string({ description: 'Its team, when it belongs to one.' }),
    userId: t.id({ description: 'The user the removal is recorded as done by.' }),
  }),
});

export const DeleteBlockListPayloadRef = payloadType<{ name: string; team: string | null }>('DeleteBlockListPayload', {
  description: 'The block list that was removed.',
  fields: (t) => ({
    deletedName: t.exposeString('name', { description: 'Its name (BlockList.name).' }),
    team: t.exposeString('team', { nullable: true, description: 'Its team, when it had one.' }),
  }),
});

export const ImportBlockListInput = builder.inputType('ImportBlockListInput', {
  description: 'Entries to add to a block list in the background.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The block list id (BlockList.id).' }),
    items: t.stringList({ required: true, description: 'The entries to add (at least one).' }),
    chunkSize: t.int({ description: 'How many entries Stream writes at a time.' }),
  }),
});

export const ImportBlockListPayloadRef = payloadType<TaskStartedResponse>('ImportBlockListPayload', {
  description: 'The background task that adds the entries.',
  fields: (t) => ({
    ...startedTaskFields(t, {
      taskId: 'The task id; Query.task follows it.',
      task: 'The task as it is now (read from Stream when selected).',
    }),
  }),
});
