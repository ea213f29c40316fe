import {
  createBlockList,
  deleteBlockList,
  getBlockList,
  listBlockLists,
  updateBlockList,
} from '../../rest/blocklists.js';
import { toWireInput } from '../../rest/wireInput.js';
import {
  BlockListRef,
  CreateBlockListInput,
  CreateBlockListPayloadRef,
  DeleteBlockListInput,
  DeleteBlockListPayloadRef,
  ImportBlockListInput,
  ImportBlockListPayloadRef,
  UpdateBlockListInput,
  UpdateBlockListPayloadRef,
} from '../../schema/blockList/types.js';
import { builder } from '../../graphql/builder.js';
import { nullWhenNotFound } from '../../graphql/byId.js';
import { actingUserId } from '../../graphql/actingUser.js';
import { pageCursorConnection } from '../../graphql/connections/pageCursorConnection.js';
import { forwardConnectionArgs } from '../../graphql/connections/forwardConnection.js';
import { streamMutation } from '../../graphql/streamMutation.js';

/** listBlockLists answers at most this many per call. */
const BLOCK_LISTS_PER_PAGE = { maxPageSize: 200, defaultPageSize: 25 };

builder.queryField('blockList', (t) =>
  t.field({
    type: BlockListRef,
    nullable: true,
    description: 'A block list by name (getBlockList); null when there is none.',
    authScopes: { server: true },
    args: {
      name: t.arg.string({ required: true, description: 'The block list name.' }),
      team: t.arg.string({ description: 'Its team, when it belongs to one.' }),
    },
    resolve: (_root, { name, team }, { stream }) =>
      nullWhenNotFound(
        stream.getBlockList(toWireInput(getBlockList, { name, team })).then((answer) => answer.blocklist),
      ),
  }),
);

const BlockListConnectionRef = builder.connectionObject(
  { type: BlockListRef, name: 'BlockListConnection', description: 'A page of block lists.' },
  { name: 'BlockListEdge', description: 'A block list in a page.' },
);

builder.queryField('blockLists', (t) =>
  t.field({
    type: BlockListConnectionRef,
    nullable: true,
    description: 'The block lists, by name (listBlockLists), forwards only (Stream answers no previous-page cursor).',
    authScopes: { server: true },
    args: { ...forwardConnectionArgs(), team: t.arg.string({ description: 'Only this team’s block lists.' }) },
    resolve: (_root, args, { stream }) =>
      pageCursorConnection(args, BLOCK_LISTS_PER_PAGE, async (origin, limit) => {
        const page = await stream.listBlockLists(
          toWireInput(listBlockLists, { team: args.team, limit, cursor: origin.next }),
        );
        return { items: page.blocklists, next: page.next_cursor || undefined };
      }),
  }),
);

builder.mutationField('createBlockList', (t) =>
  t.field({
    type: CreateBlockListPayloadRef,
    description: 'Creates a block list (createBlockList).',
    authScopes: { server: true },
    args: { input: t.arg({ type: CreateBlockListInput, required: true }) },
    resolve: (_root, { input }, { stream, caller }) =>
      stream.createBlockList(toWireInput(createBlockList, { ...input, userId: actingUserId(caller, input.userId) })),
  }),
);

builder.mutationField('updateBlockList', (t) =>
  t.field({
    type: UpdateBlockListPayloadRef,
    description: 'Changes a block list (updateBlockList).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpdateBlockListInput, required: true }) },
    resolve: (_root, { input }, { stream, caller }) =>
      stream.updateBlockList(toWireInput(updateBlockList, { ...input, userId: actingUserId(caller, input.userId) })),
  }),
);

builder.mutationField('deleteBlockList', (t) =>
  t.field({
    type: DeleteBlockListPayloadRef,
    description: 'Removes a block list (deleteBlockList).',
    authScopes: { server: true },
    args: { input: t.arg({ type: DeleteBlockListInput, required: true }) },
    resolve: async (_root, { input }, { stream, caller }) => {
      await stream.deleteBlockList(
        toWireInput(deleteBlockList, { ...input, userId: actingUserId(caller, input.userId) }),
      );
      return { name: input.name, team: input.team ?? null };
    },
  }),
);

streamMutation('importBlockList', {
  type: ImportBlockListPayloadRef,
  description: 'Adds entries to a block list in the background (importBlockList); follow the returned task.',
  input: ImportBlockListInput,
});
