import { BREAK, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../graphql/context.js';

const introspects = new WeakMap<DocumentNode, boolean>();

/** Whether a document asks for `__schema` or `__type` (yoga reuses parsed documents, so this is remembered). */
function isIntrospection(document: DocumentNode): boolean {
  let known = introspects.get(document);
  if (known === undefined) {
    known = false;
    visit(document, {
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          known = true;
          return BREAK;
        }
        // Both are root fields only: nothing below another field can ask for them.
        return false;
      },
    });
    introspects.set(document, known);
  }
  return known;
}

/**
 * Introspection by a user token runs against the schema without `_service`, `_entities`, `_Any`,
 * `_Entity` and `_Service`, so frontends' codegen and GraphiQL never see them. A server token (the
 * federation gateway's build step composing this subgraph) sees them all. `_entities` itself stays
 * callable by user tokens: the federation gateway forwards the caller's token and resolves
 * references with it, acting as that user (each entity type refuses what the caller may not read).
 */
export function useHiddenFederationInternals(publicSchema: GraphQLSchema): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setExecuteFn, executeFn }) {
      if (args.contextValue.caller.kind === 'server' || !isIntrospection(args.document)) return;
      setExecuteFn((executeArgs) => executeFn({ ...executeArgs, schema: publicSchema }));
    },
  };
}
