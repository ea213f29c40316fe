import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { JSONObjectResolver, JSONResolver } from 'graphql-scalars';
import { exceedsDepth, MAX_JSON_DEPTH } from '../input/jsonDepth.js';

function tooDeep(nodes?: ValueNode): GraphQLError {
  return new GraphQLError(`JSON nests deeper than ${MAX_JSON_DEPTH} levels`, {
    nodes,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Whether a literal nests deeper than the bound, measured without recursion (see exceedsDepth). */
function literalTooDeep(ast: ValueNode): boolean {
  const nodes: ValueNode[] = [ast];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    const children =
      node.kind === Kind.LIST ? node.values : node.kind === Kind.OBJECT ? node.fields.map((f) => f.value) : undefined;
    if (!children) continue;
    if (depth + 1 > MAX_JSON_DEPTH) return true;
    for (const child of children) {
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}

/**
 * A literal as a JS value. Integers beyond ±2^53 become bigints, which src/rest/json.ts writes
 * with every digit; graphql-scalars reads them with parseFloat, which rounds. Recursion is safe:
 * the depth was bounded first.
 */
function literalValue(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return ast.value;
    case Kind.INT: {
      const number = Number(ast.value);
      return Number.isSafeInteger(number) ? number : BigInt(ast.value);
    }
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((item) => literalValue(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalValue(field.value, variables)]));
    case Kind.VARIABLE:
      return variables ? variables[ast.name.value] : undefined;
  }
}

function boundedValue(value: unknown): unknown {
  if (exceedsDepth(value)) throw tooDeep();
  return value;
}

function boundedLiteral(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  if (literalTooDeep(ast)) throw tooDeep(ast);
  return boundedValue(literalValue(ast, variables));
}

function requireObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphQLError('JSONObject must be an object', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value as Record<string, unknown>;
}

/** graphql-scalars' JSON with a nesting bound and exact big integers on input. */
export const JSONScalar = new GraphQLScalarType({
  ...JSONResolver.toConfig(),
  parseValue: boundedValue,
  parseLiteral: boundedLiteral,
});

/** graphql-scalars' JSONObject with a nesting bound and exact big integers on input. */
export const JSONObjectScalar = new GraphQLScalarType({
  ...JSONObjectResolver.toConfig(),
  parseValue: (value) => requireObject(boundedValue(value)),
  parseLiteral: (ast, variables) => requireObject(boundedLiteral(ast, variables)),
});
