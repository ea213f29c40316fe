import { Kind, type TObject, type TSchema } from '@sinclair/typebox';
import { snakeToCamel } from '../rest/wire/toWire.js';

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
function graphTypeOf(schema: TSchema): string | [string] | undefined {
  const scalar = scalarOf(schema);
  if (scalar) return scalar;
  if (schema[Kind] === 'Array') {
    const item = scalarOf(schema.items as TSchema);
    return item ? [item] : undefined;
  }
  return undefined;
}

const keysByName = new WeakMap<TObject, ReadonlyMap<string, string>>();

/** A wire body's keys by their GraphQL names (`isClosed` → `is_closed`), worked out once per body. */
export function wireKeysByName(wire: TObject): ReadonlyMap<string, string> {
  let keys = keysByName.get(wire);
  if (!keys) {
    keys = new Map(Object.keys(wire.properties).map((key) => [snakeToCamel(key), key]));
    keysByName.set(wire, keys);
  }
  return keys;
}

/** What a field's doc may add to its wire definition: where it differs, its nullability or the ID type. */
export interface WireDoc {
  description: string;
  nullable?: boolean;
  type?: 'ID';
}

/** One field the docs name, read from the wire: its key there, its GraphQL type and whether the wire requires it. */
export interface WireField {
  name: string;
  key: string;
  type: string | [string];
  required: boolean;
  doc: WireDoc;
}

/**
 * The fields docs name (camelCase), each matched with its wire key and typed by its schema, the
 * ID type replacing the scalar where the doc asks for it. A name with no scalar wire definition
 * fails the schema build, naming the helper that was given it.
 */
export function wireFieldsOf(wire: TObject, docs: object, helper: string): WireField[] {
  const keyOf = wireKeysByName(wire);
  const required = new Set(wire.required ?? []);
  return (Object.entries(docs) as [string, string | WireDoc][]).map(([name, given]) => {
    const key = keyOf.get(name);
    const schema = key === undefined ? undefined : wire.properties[key];
    const wireType = schema && graphTypeOf(schema);
    if (!key || !wireType) throw new Error(`${helper}: ${name} has no scalar wire definition`);
    const doc = typeof given === 'string' ? { description: given } : given;
    const type = doc.type ? (Array.isArray(wireType) ? [doc.type] : doc.type) : wireType;
    return { name, key, type: type as string | [string], required: required.has(key), doc };
  });
}
