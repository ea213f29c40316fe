import { printSubgraphSchema } from '@apollo/subgraph';
import { entitiesField, EntityType, serviceField } from '@apollo/subgraph/dist/types.js';
import { hasResolvableKey } from '@pothos/plugin-federation';
import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  isObjectType,
  lexicographicSortSchema,
  type GraphQLFieldConfigMap,
} from 'graphql';
import { builder } from './builder.js';
import { incrementalDirectives } from './incrementalDirectives.js';

/** The Federation 2 spec this subgraph links: what `@key` means to a gateway composing it. */
const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.6';

/**
 * The federation directives the graph uses, imported by its `@link`. Named here rather than found
 * by Pothos, which builds the whole schema once more to find them; a test compares this list with
 * the directives schema.graphql uses.
 */
export const FEDERATION_DIRECTIVES = ['@key', '@shareable'];

/** Who may call both federation root fields: any authenticated caller (each entity type checks its own rule). */
const FEDERATION_FIELD_SCOPES = { server: true, user: true } as const;

/**
 * The schema the gateway serves: the graph plus the federation fields `_service { sdl }` and
 * `_entities(representations:)`, types sorted by name. Pothos's toSubGraphSchema does the same but
 * builds the schema twice and prints the SDL at once: together about a third of the gateway's
 * start-up CPU (docs/PERFORMANCE.md). Here the schema is built once and `_service` prints the SDL
 * when first asked. Both fields are added outside Pothos, so they get here the declaration every
 * root field must have (src/graphql/authCheck.ts) and, for `_entities`, a cost counting each
 * representation as one item.
 */
export function buildSubgraphSchema(): GraphQLSchema {
  const graph = builder.toSchema({
    extensions: { directives: [{ name: 'link', args: { url: FEDERATION_SPEC_URL, import: FEDERATION_DIRECTIVES } }] },
  });
  const queryType = graph.getQueryType();
  const types = Object.values(graph.getTypeMap());
  const entityTypes = types.filter((type) => isObjectType(type) && hasResolvableKey(type)) as GraphQLObjectType[];
  let sdl: string | undefined;
  const query: GraphQLObjectType = new GraphQLObjectType({
    name: queryType?.name ?? 'Query',
    description: queryType?.description,
    astNode: queryType?.astNode,
    extensions: queryType?.extensions,
    fields: () => {
      const federationFields: GraphQLFieldConfigMap<unknown, unknown> = {
        _service: {
          ...serviceField,
          resolve: () => ({ sdl: (sdl ??= printSubgraphSchema(served)) }),
          extensions: { pothosOptions: { authScopes: FEDERATION_FIELD_SCOPES } },
        },
      };
      if (entityTypes.length > 0) {
        const entity = new GraphQLUnionType({
          ...EntityType.toConfig(),
          types: entityTypes.map((type) => (type === queryType ? query : type)),
        });
        federationFields._entities = {
          ...entitiesField,
          type: new GraphQLNonNull(new GraphQLList(entity)),
          extensions: {
            pothosOptions: { authScopes: FEDERATION_FIELD_SCOPES },
            complexity: (args: { representations?: unknown[] }) => ({
              field: 1,
              multiplier: args.representations?.length ?? 1,
            }),
          },
        };
      }
      return { ...federationFields, ...queryType?.toConfig().fields };
    },
  });
  const served = lexicographicSortSchema(
    new GraphQLSchema({
      query,
      mutation: graph.getMutationType(),
      subscription: graph.getSubscriptionType(),
      extensions: graph.extensions,
      directives: [...graph.getDirectives(), ...incrementalDirectives(graph)],
      extensionASTNodes: graph.extensionASTNodes,
      types: [...types.filter((type) => type.name !== 'Query'), query],
    }),
  );
  return served;
}

/** The root fields and types Federation adds for a gateway's query planner, not for frontends. */
const FEDERATION_FIELDS = new Set(['_service', '_entities']);
const FEDERATION_TYPES = new Set(['_Any', '_Entity', '_Service']);

/** The served schema less the federation fields and types: what introspection shows non-server callers. */
export function withoutFederationInternals(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  const queryConfig = query.toConfig();
  const publicQuery = new GraphQLObjectType({
    ...queryConfig,
    fields: Object.fromEntries(Object.entries(queryConfig.fields).filter(([name]) => !FEDERATION_FIELDS.has(name))),
  });
  const config = schema.toConfig();
  return new GraphQLSchema({
    ...config,
    query: publicQuery,
    types: config.types.flatMap((type) =>
      type === query ? [publicQuery] : FEDERATION_TYPES.has(type.name) ? [] : [type],
    ),
  });
}
