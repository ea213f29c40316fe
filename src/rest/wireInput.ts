import { Type, type TObject } from '@sinclair/typebox';
import type { Operation, OperationInput } from './operation.js';
import { toWire, type CamelProperties } from './wire/toWire.js';

type BodyProperties<B> = B extends TObject ? B['properties'] : {};

/** The camelCase input the graph passes for an operation: its path, query and body fields. */
export type CamelInput<O extends Operation> =
  O extends Operation<string, infer P, infer B> ? CamelProperties<P['properties'] & BodyProperties<B>> : never;

const combined = new WeakMap<Operation, TObject>();

function fieldsOf(operation: Operation): TObject {
  let schema = combined.get(operation);
  if (!schema) {
    schema = Type.Object({ ...operation.params.properties, ...operation.body?.properties });
    combined.set(operation, schema);
  }
  return schema;
}

/**
 * What the client takes for an operation, from the graph's camelCase input: see `toWire`. The
 * compiler checks the input against the operation's own fields, so a misspelt or missing field
 * does not build.
 */
export function toWireInput<O extends Operation>(operation: O, input: CamelInput<NoInfer<O>>): OperationInput<O> {
  return toWire(fieldsOf(operation), input as never) as OperationInput<O>;
}
