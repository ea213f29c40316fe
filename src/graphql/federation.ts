import type { GraphQLField, GraphQLSchema } from 'graphql';
import { builder } from './builder.js';

/** The Federation 2 spec this subgraph links: what `@key` means to a gateway composing it. */
const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.6';

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
 * options of their own; they get the declaration every root field must have (src/graphql/authCheck.ts)
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
