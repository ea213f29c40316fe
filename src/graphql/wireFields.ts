import type { TObject } from '@sinclair/typebox';
import type { GenericFieldRef } from '@pothos/core';
import type { SnakeToCamel } from '../rest/wire/toWire.js';
import type { InterfaceFields, ObjectFields } from './builder.js';
import { wireFieldsOf, type WireDoc } from './wireType.js';

/** What a field adds to its wire definition: a description, and where it differs, its nullability or the ID type. */
export type WireFieldDoc = string | WireDoc;

/** The GraphQL names of the keys a shape shares with its wire definition, each with its doc. Only the keys given become fields. */
export type WireFieldDocs<Shape, Wire extends TObject> = {
  [K in keyof Shape & keyof Wire['properties'] & string as SnakeToCamel<K>]?: WireFieldDoc;
};

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
  const fields: Record<string, GenericFieldRef<unknown>> = {};
  for (const { name, key, type, required, doc } of wireFieldsOf(wire, docs, 'wireFields')) {
    const { description, nullable = !required } = doc;
    fields[name] = t.expose(key as never, { type, nullable, description } as never);
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
