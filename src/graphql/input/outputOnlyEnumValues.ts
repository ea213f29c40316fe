import { GraphQLError, isEnumType, Kind, type GraphQLEnumType, type GraphQLSchema, type ValueNode } from 'graphql';

function outputOnlyValuesOf(type: GraphQLEnumType): readonly string[] {
  const values = type.extensions.outputOnlyValues;
  return Array.isArray(values) ? (values as string[]) : [];
}

function refusal(type: GraphQLEnumType, name: string, node?: ValueNode): GraphQLError {
  return new GraphQLError(
    `${type.name}.${name} is answered for values this gateway does not know; it cannot be sent. Use one of the other ${type.name} values.`,
    { nodes: node, extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/**
 * Open enums (src/graphql/wireEnum.ts) answer UNKNOWN but must never send it to Stream. Their
 * `outputOnlyValues` are refused where graphql-js turns input into values: literals while the
 * document is validated, variables while they are coerced; both before any resolver, so before
 * any upstream call, as BAD_USER_INPUT. graphql-js offers no per-value input rule, so the enum's
 * two parse methods are wrapped here.
 */
export function refuseOutputOnlyEnumValues(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type)) continue;
    const refused = new Set(outputOnlyValuesOf(type));
    if (refused.size === 0) continue;
    const parseLiteral = type.parseLiteral.bind(type);
    const parseValue = type.parseValue.bind(type);
    type.parseLiteral = (node, variables) => {
      if (node.kind === Kind.ENUM && refused.has(node.value)) throw refusal(type, node.value, node);
      return parseLiteral(node, variables);
    };
    type.parseValue = (value) => {
      if (typeof value === 'string' && refused.has(value)) throw refusal(type, value);
      return parseValue(value);
    };
  }
  return schema;
}
