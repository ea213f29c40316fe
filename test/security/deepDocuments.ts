import {
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { minimalCall, rootFieldsOf, type RootField, type RootFieldCall } from './rootFieldCalls.js';

type Composite = GraphQLObjectType | GraphQLInterfaceType;

function isComposite(type: unknown): type is Composite {
  return isObjectType(type) || isInterfaceType(type);
}

/** Fields that can be selected without arguments and lead to another object. */
function edges(type: Composite): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter(
    (field) =>
      isComposite(getNamedType(field.type)) &&
      field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );
}

/** A chain of field names from `start` that returns to a type already on it, if the schema has one. */
function cycleFrom(start: Composite): { prefix: string[]; loop: string[] } | undefined {
  const path: { type: Composite; via?: string }[] = [{ type: start }];
  const visited = new Set<string>();
  function walk(type: Composite): { prefix: string[]; loop: string[] } | undefined {
    for (const field of edges(type)) {
      const next = getNamedType(field.type) as Composite;
      const index = path.findIndex((step) => step.type.name === next.name);
      if (index >= 0) {
        const names = [...path.slice(1).map((step) => step.via!), field.name];
        return { prefix: names.slice(0, index), loop: names.slice(index) };
      }
      if (visited.has(next.name)) continue;
      visited.add(next.name);
      path.push({ type: next, via: field.name });
      const found = walk(next);
      if (found) return found;
      path.pop();
    }
    return undefined;
  }
  return walk(start);
}

/**
 * A valid document nesting selections `depth` levels deep through a cycle of the schema's types
 * (User → devices → user → ...), or undefined while the schema has no cycle reachable from a root field.
 */
export function deepDocument(schema: GraphQLSchema, depth: number): RootFieldCall | undefined {
  for (const root of rootFieldsOf(schema).filter((r) => r.operation === 'query')) {
    const named = getNamedType(root.field.type);
    if (!isComposite(named)) continue;
    const cycle = cycleFrom(named);
    if (!cycle) continue;
    const names = [...cycle.prefix];
    while (names.length < depth) names.push(...cycle.loop);
    const selection = names.reduceRight((inner, name) => `${name} { ${inner} }`, '__typename');
    const call = minimalCall(root, { actingUserId: 'security-user' });
    return { ...call, document: call.document.replace('{ __typename }', `{ ${selection} }`) };
  }
  return undefined;
}

/** A root query field whose page size the caller sets (`first` or `limit`), if the schema has one. */
export function pagedRootField(schema: GraphQLSchema): { root: RootField; argument: string } | undefined {
  for (const root of rootFieldsOf(schema).filter((r) => r.operation === 'query')) {
    const argument = root.field.args.find((arg) => arg.name === 'first' || arg.name === 'limit');
    if (argument) return { root, argument: argument.name };
  }
  return undefined;
}
