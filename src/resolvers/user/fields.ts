import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { toSortParams } from '../../graphql/sort.js';
import { USER_WHERE_FIELDS, UserOrder, UserWhere } from '../../schema/user/where.js';
import { UserConnectionRef, UserRef } from '../../schema/user/types.js';
import { toUserRequest, UpsertUsersInput, UpdateUsersPartialInput } from '../../schema/user/inputs.js';
import { LAST_NEEDS_BEFORE, type ConnectionArgs } from '../../graphql/connections/connectionArgs.js';
import { offsetConnection } from '../../graphql/connections/offsetConnection.js';
import { combineFilters, whereToFilter, type WhereInput } from '../../graphql/filters.js';
import { userPatchToWire } from './patch.js';
import { UpsertUsersPayload, UpdateUsersPartialPayload } from '../../schema/user/payloads.js';

/** queryUsers answers at most 100 users per call and skips at most 1000. */
const USER_PAGES = { defaultPageSize: 25, maxPageSize: 100, maxOffset: 1000 };
/** updateUsers and updateUsersPartial take at most 100 users per call. */
const MAX_USERS_PER_UPDATE = 100;

builder.queryField('user', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description:
      'A user by id (read through queryUsers, batched with every other user of the request); null when there is none.',
    authScopes: { server: true, user: true },
    args: { id: t.arg.id({ required: true, description: 'The user id.' }) },
    resolve: (_root, { id }, { loaders }) => loaders.users.load(String(id)),
  }),
);

builder.queryField('viewer', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description: 'The calling user, with unread counts; null for server tokens, which act for no one.',
    authScopes: { server: true, user: true },
    resolve: (_root, _args, context) => loadViewer(context),
  }),
);

async function loadViewer({ caller, stream, loaders }: GraphQLContext) {
  if (caller.kind !== 'user') return null;
  const { users } = await stream.queryUsers({
    payload: { filter_conditions: { id: caller.userId }, limit: 1, include_deactivated_users: true },
  });
  users.forEach(loaders.primeUser);
  return users[0] ?? null;
}

interface UsersArgs extends ConnectionArgs {
  where?: WhereInput | null;
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: 1 | -1 }[] | null;
  includeDeactivated?: boolean | null;
}

builder.queryField('users', (t) =>
  t.connection(
    {
      type: UserRef,
      nullable: true,
      description: `Users matching a filter (queryUsers), page by page: \`first\`/\`last\` at most 100 (25 by default); oldest first unless ordered. Stream skips at most 1000 users: narrow the filter to reach further. ${LAST_NEEDS_BEFORE}`,
      authScopes: { server: true, user: true },
      args: {
        where: t.arg({ type: UserWhere, description: 'Which users: typed conditions on their fields.' }),
        filter: t.arg({
          type: 'JSONObject',
          description:
            'Escape hatch for power users: Stream\'s own filter language, e.g. on custom fields `{"tier": {"$gte": 3}}`, joined with `where` by `$and`. Not checked by the gateway; Stream\'s refusals are BAD_USER_INPUT.',
        }),
        orderBy: t.arg({ type: [UserOrder], description: 'The order, by up to 5 fields; oldest first by default.' }),
        includeDeactivated: t.arg.boolean({ defaultValue: false, description: 'Include deactivated users.' }),
      },
      resolve: (_root, args, context) => resolveUsers(args, context),
    },
    UserConnectionRef,
  ),
);

function resolveUsers(args: UsersArgs, { stream, loaders }: GraphQLContext) {
  const filter = combineFilters(args.filter, [whereToFilter(args.where, USER_WHERE_FIELDS)]);
  const sort = toSortParams(args.orderBy, 'orderBy');
  return offsetConnection(args, USER_PAGES, async (offset, limit) => {
    const { users } = await stream.queryUsers({
      payload: {
        filter_conditions: filter,
        offset,
        limit,
        sort,
        include_deactivated_users: args.includeDeactivated ?? false,
      },
    });
    users.forEach(loaders.primeUser);
    return users;
  });
}

function checkUserCount(count: number, argument: string): void {
  if (count < 1 || count > MAX_USERS_PER_UPDATE) {
    throw badUserInput(`send between 1 and ${MAX_USERS_PER_UPDATE} users at once`, {
      [argument]: `must hold between 1 and ${MAX_USERS_PER_UPDATE} users`,
    });
  }
}

builder.mutationField('upsertUsers', (t) =>
  t.field({
    type: UpsertUsersPayload,
    description: 'Creates users, or replaces those that exist (updateUsers): fields left out are cleared.',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpsertUsersInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      checkUserCount(input.users.length, 'input.users');
      const users = Object.fromEntries(input.users.map((user) => [String(user.id), toUserRequest(user)]));
      const result = await stream.updateUsers({ users });
      return { ...result, order: Object.keys(users) };
    },
  }),
);

builder.mutationField('updateUsersPartial', (t) =>
  t.field({
    type: UpdateUsersPartialPayload,
    description: 'Sets and removes single fields of users, leaving the others as they are (updateUsersPartial).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpdateUsersPartialInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      checkUserCount(input.users.length, 'input.users');
      const users = input.users.map((user, index) => ({
        id: String(user.id),
        ...userPatchToWire(user, `input.users[${index}]`),
      }));
      const result = await stream.updateUsersPartial({ users });
      return { ...result, order: input.users.map((user) => user.id) };
    },
  }),
);
