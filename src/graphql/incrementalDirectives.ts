import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import type { GraphQLDirective, GraphQLSchema } from 'graphql';

/**
 * The `@defer` and `@stream` definitions yoga's defer-stream plugin adds to the schema when the
 * server starts, taken from the plugin itself (its schema hook, given the graph without them) so
 * that schema.graphql declares exactly what the server accepts, and codegen from the file accepts
 * documents using them. With them already in the schema, the plugin leaves the schema as it is.
 */
export function incrementalDirectives(graph: GraphQLSchema): GraphQLDirective[] {
  let withThem = graph;
  useDeferStream().onSchemaChange?.({
    schema: graph,
    replaceSchema: (schema: GraphQLSchema) => {
      withThem = schema;
    },
  } as never);
  const known = new Set(graph.getDirectives());
  return withThem.getDirectives().filter((directive) => !known.has(directive));
}
