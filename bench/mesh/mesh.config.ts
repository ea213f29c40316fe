import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

/**
 * GraphQL Mesh over Stream's OpenAPI description, as a Mesh user would set it up for the same
 * data: reads that Stream serves with POST are exposed as Query fields (so they run in parallel),
 * and a poll's votes are linked to the poll with `@resolveTo`, since the description has no links.
 */
function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Stream', {
        source: env('MESH_OPENAPI_PATH'),
        endpoint: env('MESH_UPSTREAM_URL'),
        operationHeaders: {
          Authorization: '{context.headers.authorization}',
          'stream-auth-type': 'jwt',
        },
        queryParams: { api_key: env('MESH_API_KEY') },
        selectQueryOrMutationField: [
          { type: 'Query', fieldName: 'QueryPolls' },
          { type: 'Query', fieldName: 'QueryPollVotes' },
        ],
      }),
    },
  ],
  additionalTypeDefs: /* GraphQL */ `
    extend type PollResponseData {
      votes(limit: Int): QueryPollVotes_response
        @resolveTo(
          sourceName: "Stream"
          sourceTypeName: "Query"
          sourceFieldName: "QueryPollVotes"
          requiredSelectionSet: "{ id }"
          sourceArgs: { poll_id: "{root.id}", input: { limit: "{args.limit}" } }
        )
    }
  `,
});
