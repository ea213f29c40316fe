import type { TObject } from '@sinclair/typebox';
import type { InputFieldsFromShape } from '@pothos/core';
import type { CamelProperties } from '../rest/wire/toWire.js';
import type { BuilderTypes, InputFields } from './builder.js';
import { wireFieldsOf } from './wireType.js';

/** What an input field adds to its wire definition: a description, and for an id, the ID type. */
export type WireInputDoc = string | { description: string; type: 'ID' };

/** The camelCase names of a request body's keys, each with its doc. Only the keys given become fields. */
export type WireInputDocs<Wire extends TObject> = { [K in keyof CamelProperties<Wire['properties']>]?: WireInputDoc };

/** The fields the docs name, each typed as the graph passes it to `toWire` (optional keys also as null). */
export type WireInputFieldMap<Wire extends TObject, Docs> = InputFieldsFromShape<
  PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>,
  Pick<CamelProperties<Wire['properties']>, keyof Docs & keyof CamelProperties<Wire['properties']>>,
  'InputObject'
>;

/**
 * Input fields taken as Stream takes them, each typed by the request body's TypeBox schema: the
 * GraphQL type comes from the schema, and a key the body requires is required. An input that
 * differs (an optional setting in a patch) passes a derived body (`Type.Partial`, `Type.Pick`),
 * so the wire stays the one definition. The docs name the fields in camelCase, the names
 * `toWire` turns back into the body's keys, so such an input reaches Stream unchanged. Fields
 * with a type of their own (an enum, a nested input) are written beside these as usual.
 *
 * Hand-written because Pothos builds input fields from its own refs, not from a JSON schema.
 */
export function wireInputFields<Wire extends TObject, const Docs extends WireInputDocs<Wire>>(
  t: InputFields,
  wire: Wire,
  docs: Docs,
): WireInputFieldMap<Wire, Docs> {
  const fields: Record<string, unknown> = {};
  for (const { name, type, required, doc } of wireFieldsOf(wire, docs, 'wireInputFields')) {
    fields[name] = t.field({ type, required, description: doc.description } as never);
  }
  return fields as WireInputFieldMap<Wire, Docs>;
}
