import { GraphQLError, type GraphQLField, type GraphQLSchema } from 'graphql';
import { BlockListRef } from './blockList.js';
import { checkedReferenceKey } from './input/idArguments.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';
import { forbidden } from './errors.js';
import { RoleRef } from './permission.js';
import { PollRef } from './poll.js';
import { UserRef } from './user.js';
import { UserGroupRef } from './userGroup.js';

/** The Federation 2 spec this subgraph links: what `@key` means to a gateway composing it. */
const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.6';

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
  try {
    return await load();
  } catch (error) {
    // A key naming nothing resolves to null, as a missing user or poll does.
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Who may call both federation root fields: any authenticated caller (each entity type checks its own rule). */
const FEDERATION_FIELD_SCOPES = { server: true, user: true } as const;

function declareFederationField(
  field: GraphQLField<unknown, unknown> | undefined,
  extensions: Record<string, unknown>,
) {
  if (!field) return;
  field.extensions = { ...field.extensions, ...extensions };
}

/**
 * The schema the gateway serves: the graph plus the federation fields `_service { sdl }` and
 * `_entities(representations:)`. toSubGraphSchema adds those outside Pothos, so they carry no
 * options of their own; they get the declaration every root field must have (src/schema/authCheck.ts)
 * and, for `_entities`, a cost counting each representation as one item.
 */
export function buildSubgraphSchema(): GraphQLSchema {
  const schema = builder.toSubGraphSchema({ linkUrl: FEDERATION_SPEC_URL });
  const fields = schema.getQueryType()?.getFields() ?? {};
  declareFederationField(fields._service, { pothosOptions: { authScopes: FEDERATION_FIELD_SCOPES } });
  declareFederationField(fields._entities, {
    pothosOptions: { authScopes: FEDERATION_FIELD_SCOPES },
    complexity: (args: { representations?: unknown[] }) => ({
      field: 1,
      multiplier: args.representations?.length ?? 1,
    }),
  });
  return schema;
}
