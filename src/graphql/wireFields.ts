import { Kind, type TObject, type TSchema } from '@sinclair/typebox';
import type { GenericFieldRef } from '@pothos/core';
import type { InterfaceFields, ObjectFields } from './builder.js';

/** `created_at` → `createdAt`: the GraphQL name of a Stream key. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** What a field adds to its wire definition: a description, and where it differs, its nullability or the ID type. */
export type WireFieldDoc = string | { description: string; nullable?: boolean; type?: 'ID' };

/** The GraphQL names of the keys a shape shares with its wire definition, each with its doc. Only the keys given become fields. */
export type WireFieldDocs<Shape, Wire extends TObject> = {
  [K in keyof Shape & keyof Wire['properties'] & string as CamelCase<K>]?: WireFieldDoc;
};

function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The GraphQL scalar a wire schema decodes to, or undefined for one that needs a type of its own. */
function scalarOf(schema: TSchema): string | undefined {
  if (schema.title === 'DateTime') return 'DateTime';
  switch (schema[Kind]) {
    case 'String':
      return 'String';
    case 'Integer':
      return 'Int';
    case 'Number':
      return 'Float';
    case 'Boolean':
      return 'Boolean';
    case 'Record':
      return 'JSONObject';
    default:
      return undefined;
  }
}

/** The GraphQL type of a wire schema: a scalar or a list of one. */
function typeOf(schema: TSchema): string | [string] | undefined {
  // DateTime is a Transform over a union: its title names it.
  const scalar =
    scalarOf(schema) ?? scalarOf({ ...schema, title: (schema.anyOf as TSchema[] | undefined)?.[0]?.title });
  if (scalar) return scalar;
  if (schema[Kind] === 'Array') {
    const item = scalarOf(schema.items as TSchema);
    return item ? [item] : undefined;
  }
  return undefined;
}

/**
 * Fields exposed as Stream sends them, each typed by its wire definition: the GraphQL type comes
 * from the TypeBox schema, and a key Stream may leave out is nullable. The docs name the fields
 * (in camelCase, checked against the shape by the compiler) and describe them, so a plain field is
 * declared once, in the wire module, and documented once, here. Fields that convert, rename or
 * resolve are written beside these as usual. A key whose type this cannot tell (an object, an
 * enum) fails the schema build: give it its own field.
 *
 * Hand-written because Pothos builds fields from its own refs, not from a JSON schema.
 */
export function wireFields<Shape extends object, Wire extends TObject>(
  t: ObjectFields<Shape>,
  wire: Wire,
  docs: WireFieldDocs<Shape, Wire>,
): Record<string, GenericFieldRef<unknown>> {
  const keyOf = new Map(Object.keys(wire.properties).map((key) => [camelCase(key), key]));
  const required = new Set(wire.required ?? []);
  const fields: Record<string, GenericFieldRef<unknown>> = {};
  for (const [name, doc] of Object.entries(docs) as [string, WireFieldDoc][]) {
    const key = keyOf.get(name);
    const schema = key === undefined ? undefined : wire.properties[key];
    const wireType = schema && typeOf(schema);
    if (!key || !wireType) throw new Error(`wireFields: ${name} has no scalar wire definition`);
    const { description, nullable = !required.has(key), type } = typeof doc === 'string' ? { description: doc } : doc;
    const graphType = type ? (Array.isArray(wireType) ? [type] : type) : wireType;
    fields[name] = t.expose(key as never, { type: graphType, nullable, description } as never);
  }
  return fields;
}

/** wireFields for an interface type: both builders expose fields alike. */
export function wireInterfaceFields<Shape extends object, Wire extends TObject>(
  t: InterfaceFields<Shape>,
  wire: Wire,
  docs: WireFieldDocs<Shape, Wire>,
): Record<string, GenericFieldRef<unknown>> {
  return wireFields(t as object as ObjectFields<Shape>, wire, docs);
}
