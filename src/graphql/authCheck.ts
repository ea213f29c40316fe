import type { GraphQLField, GraphQLObjectType, GraphQLSchema } from 'graphql';

/** The scopes a root field may list, as src/graphql/builder.ts defines them. */
const KNOWN_SCOPES = new Set(['server', 'user']);

/** Why a root field's authScopes are unacceptable, or undefined when they are fine. */
function authScopesProblem(field: GraphQLField<unknown, unknown>): string | undefined {
  const scopes = (field.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes;
  if (scopes === undefined || scopes === null) return 'declares no authScopes';
  if (typeof scopes === 'function') return undefined;
  if (typeof scopes !== 'object') return 'has authScopes that are neither an object nor a function';
  const entries = Object.entries(scopes as Record<string, unknown>);
  const unknown = entries.filter(([name]) => !KNOWN_SCOPES.has(name)).map(([name]) => name);
  if (unknown.length > 0) return `names unknown scopes (${unknown.join(', ')})`;
  // Server callers hold the API secret: every root field must be open to them.
  if ((scopes as Record<string, unknown>).server !== true) return 'does not allow server callers';
  return undefined;
}

function rootFields(schema: GraphQLSchema): { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((type) => (type ? Object.values(type.getFields()).map((field) => ({ type, field })) : []));
}

/**
 * Federation's SDL field: it tells no more than introspection does. `_entities` is not exempt: it
 * runs the entities' reference resolvers, which must apply the same rules as the root fields.
 */
const EXEMPT_FIELDS = new Set(['Query._service']);

/**
 * Refuses a schema in which any Query, Mutation or Subscription field has no authScopes, so a new
 * field cannot ship without someone deciding who may call it.
 */
export function assertRootFieldsDeclareAuthScopes(schema: GraphQLSchema): GraphQLSchema {
  const problems = rootFields(schema)
    .map(({ type, field }) => [`${type.name}.${field.name}`, authScopesProblem(field)] as const)
    .filter(([name, problem]) => problem !== undefined && !EXEMPT_FIELDS.has(name))
    .map(([name, problem]) => `${name} ${problem}`);
  if (problems.length > 0) {
    throw new Error(
      `every root field must declare authScopes ({ server: true } or { server: true, user: true }):\n  ${problems.join('\n  ')}`,
    );
  }
  return schema;
}
