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
import { actingUserId } from '../../graphql/actingUser.js';
import { pageCursorConnection } from '../../graphql/connections/pageCursorConnection.js';

/** listBlockLists answers at most this many per call. */
const BLOCK_LISTS_PER_PAGE = { maxPageSize: 200, defaultPageSize: 25 };

/** How entries match, as create and update send it (fields left out stay out). */
function matchingOptionsBody(input: typeof CreateBlockListInput.$inferInput | typeof UpdateBlockListInput.$inferInput) {
  return {
    is_leet_check_enabled: input.isLeetCheckEnabled ?? undefined,
    is_plural_check_enabled: input.isPluralCheckEnabled ?? undefined,
    is_confusable_folding_enabled: input.isConfusableFoldingEnabled ?? undefined,
    is_substring_matching_enabled: input.isSubstringMatchingEnabled ?? undefined,
  };
}

builder.queryField('blockList', (t) =>
  t.field({
    type: BlockListRef,
    nullable: true,
    description: 'A block list by name (getBlockList); NOT_FOUND when there is none.',
    authScopes: { server: true },
    args: {
      name: t.arg.string({ required: true, description: 'The block list name.' }),
      team: t.arg.string({ description: 'Its team, when it belongs to one.' }),
    },
    resolve: async (_root, { name, team }, { stream }) =>
      (await stream.getBlockList({ name, team: team ?? undefined })).blocklist,
  }),
);

builder.queryField('blockLists', (t) =>
  t.connection(
    {
      type: BlockListRef,
      description: 'The block lists, by name (listBlockLists).',
      authScopes: { server: true },
      args: { team: t.arg.string({ description: 'Only this team’s block lists.' }) },
      resolve: (_root, args, { stream }) =>
        pageCursorConnection(args, BLOCK_LISTS_PER_PAGE, async (origin, limit) => {
          const page = await stream.listBlockLists({ team: args.team ?? undefined, limit, cursor: origin.next });
          return { items: page.blocklists, next: page.next_cursor || undefined };
        }),
    },
    { name: 'BlockListConnection', description: 'A page of block lists.' },
    { name: 'BlockListEdge', description: 'A block list in a page.' },
  ),
);

builder.mutationField('createBlockList', (t) =>
  t.field({
    type: CreateBlockListPayloadRef,
    description: 'Creates a block list (createBlockList).',
    authScopes: { server: true },
    args: { input: t.arg({ type: CreateBlockListInput, required: true }) },
    resolve: (_root, { input }, { stream, caller }) =>
      stream.createBlockList({
        name: input.name,
        words: input.words,
        type: input.type ?? undefined,
        team: input.team ?? undefined,
        ...matchingOptionsBody(input),
        user_id: actingUserId(caller, input.userId),
      }),
  }),
);

builder.mutationField('updateBlockList', (t) =>
  t.field({
    type: UpdateBlockListPayloadRef,
    description: 'Changes a block list (updateBlockList).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpdateBlockListInput, required: true }) },
    resolve: (_root, { input }, { stream, caller }) =>
      stream.updateBlockList({
        name: input.name,
        team: input.team ?? undefined,
        words: input.words ?? undefined,
        ...matchingOptionsBody(input),
        user_id: actingUserId(caller, input.userId),
      }),
  }),
);

builder.mutationField('deleteBlockList', (t) =>
  t.field({
    type: DeleteBlockListPayloadRef,
    description: 'Removes a block list (deleteBlockList).',
    authScopes: { server: true },
    args: { input: t.arg({ type: DeleteBlockListInput, required: true }) },
    resolve: async (_root, { input }, { stream, caller }) => {
      const team = input.team ?? undefined;
      await stream.deleteBlockList({
        name: input.name,
        team,
        user_id: actingUserId(caller, input.userId),
      });
      return { name: input.name, team: team ?? null };
    },
  }),
);

builder.mutationField('importBlockList', (t) =>
  t.field({
    type: ImportBlockListPayloadRef,
    description: 'Adds entries to a block list in the background (importBlockList); follow the returned task.',
    authScopes: { server: true },
    args: { input: t.arg({ type: ImportBlockListInput, required: true }) },
    resolve: (_root, { input }, { stream }) =>
      stream.importBlockList({
        id: String(input.id),
        items: input.items,
        chunk_size: input.chunkSize ?? undefined,
      }),
  }),
);
