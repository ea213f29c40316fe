import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { pageSizeError, sizesOfField } from '../graphql/connections/connectionArgs.js';

/**
 * The page sizes (`first`/`last`) of the operation that no connection accepts, checked before the
 * document's cost: `first: 500` is refused for what it is, not for what it would cost. The walk
 * covers the operation to run and every fragment; an argument whose value cannot be coerced is
 * left to execution, which reports it.
 */
export function pageSizeErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const selected = operations.length === 1 ? operations[0] : operations.find((op) => op.name?.value === operationName);
  const definitions = document.definitions.filter(
    (definition) => definition.kind === Kind.FRAGMENT_DEFINITION || definition === selected,
  );
  visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const sizes = field && sizesOfField(field);
        if (!field || !sizes) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          return;
        }
        const error = pageSizeError(args, sizes.maxPageSize);
        if (error) errors.push(error);
      },
    }),
  );
  return errors;
}
