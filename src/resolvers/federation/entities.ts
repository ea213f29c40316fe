import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { nullWhenNotFound } from '../../graphql/byId.js';
import { forbidden } from '../../graphql/errors.js';
import { checkedReferenceKey } from '../../graphql/input/idArguments.js';
import { BlockListRef } from '../../schema/blockList/types.js';
import { RoleRef } from '../../schema/permission/types.js';
import { PollRef } from '../../schema/poll/types.js';
import { UserRef } from '../../schema/user/types.js';
import { UserGroupRef } from '../../schema/userGroup/types.js';

// Entities: types other subgraphs may reference by key and extend. Their reference resolvers
// batch through the request's loaders, so a gateway asking for 100 users costs one queryUsers.

builder.asEntity(UserRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, { loaders }) => loaders.users.load(checkedReferenceKey(id, 'id')),
});

builder.asEntity(PollRef, {
  key: builder.selection<{ id: string }>('id'),
  // As the caller: a user token sees its own votes, a server token nobody's.
  resolveReference: ({ id }, { loaders }) => loaders.polls(undefined).load(checkedReferenceKey(id, 'id')),
});

builder.asEntity(UserGroupRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) =>
    serverOnly(context, 'UserGroup', () => context.loaders.userGroups.load(checkedReferenceKey(id, 'id'))),
});

builder.asEntity(BlockListRef, {
  // Block lists have no id Stream reads them by: a name is unique within its team (null: app-wide).
  key: builder.selection<{ name: string; team?: string | null }>('name team'),
  resolveReference: ({ name, team }, context) =>
    serverOnly(context, 'BlockList', () =>
      context.loaders.blockLists.load({ name: checkedReferenceKey(name, 'name'), team }),
    ),
});

builder.asEntity(RoleRef, {
  // Roles have no id: Stream names, creates and deletes them by name.
  key: builder.selection<{ name: string }>('name'),
  resolveReference: ({ name }, context) =>
    serverOnly(context, 'Role', () => context.loaders.roles.load(checkedReferenceKey(name, 'name'))),
});

/** Entities of server-only domains refuse user callers, as those domains' root fields do. */
async function serverOnly<T>(
  context: GraphQLContext,
  typeName: string,
  load: () => Promise<T | null>,
): Promise<T | null> {
  if (context.caller.kind !== 'server') throw forbidden(`only server callers may read ${typeName} entities`);
  // A key naming nothing resolves to null, as a missing user or poll does.
  return nullWhenNotFound(load());
}
