import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { OperationResult } from '../rest/operation.js';
import { operations, type OperationName, type Operations } from '../rest/operations.js';
import { toWireInput, type CamelInput } from '../rest/wireInput.js';
import { builder, type BuilderTypes } from './builder.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

interface StreamMutationOptions<Name extends OperationName, Input, Payload> {
  /** The payload type: what Stream answers must be of its shape. */
  type: ObjectRef<Types, Payload> & (OperationResult<Operations[Name]> extends Payload ? unknown : never);
  description: string;
  /** The `input:` argument's type: its fields must be the operation's own, in camelCase. */
  input: InputObjectRef<Types, Input> & (Input extends CamelInput<Operations[Name]> ? unknown : never);
}

/**
 * A server-only mutation that sends its `input` to the Stream operation of the same name and
 * answers what Stream answered, as the mutations that add nothing to their operation do.
 */
export function streamMutation<Name extends OperationName, Input, Payload>(
  name: Name,
  { type, description, input }: StreamMutationOptions<Name, Input, Payload>,
): void {
  const operation = operations[name];
  builder.mutationField(name, (t) =>
    t.field({
      // Pothos cannot check a resolver against a still generic ref: the options' types were checked above.
      type: type as ObjectRef<Types, object>,
      description,
      authScopes: { server: true },
      args: { input: t.arg({ type: input as InputObjectRef<Types, object>, required: true }) },
      resolve: (_root, args, { stream }) => {
        const send = stream[name] as (wire: unknown) => Promise<object>;
        return send.call(stream, toWireInput(operation, args.input as never));
      },
    }),
  );
}
