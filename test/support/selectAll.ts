import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { schema } from '../../src/executableSchema.js';

/**
 * A selection set of every argument-free field of a schema type and of the object types under
 * it (each type once per path), so a test can read all of an answer's fields.
 */
export function selectAll(typeName: string): string {
  return select(schema.getType(typeName) as GraphQLObjectType, []);
}

function select(type: GraphQLObjectType, path: string[]): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.length === 0)
    .map((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return field.name;
      if (path.includes(named.name)) return undefined;
      return `${field.name} { ${select(named, [...path, type.name])} }`;
    })
    .filter(Boolean)
    .join(' ');
}
