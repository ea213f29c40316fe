import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { OperationResult } from '../rest/operation.js';
import { operations, type OperationName, type Operations } from '../rest/operations.js';
import { toWireInput, type CamelInput } from '../rest/wireInput.js';
import { builder, type BuilderTypes } from './builder.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

interface StreamMutationOptions<Name extends OperationName, Input, Payload> {
  type: ObjectRef<Types, Payload>;
  description: string;
  /** The `input:` argument's type: its fields must be the operation's own, in camelCase. */
  input: InputObjectRef<Types, Input> & (Input extends CamelInput<Operations[Name]> ? unknown : never);
}

/** Stream's answer is the payload: it must be of the payload's shape. */
type PassedOn<Name extends OperationName, Input, Payload> = StreamMutationOptions<Name, Input, Payload> & {
  type: OperationResult<Operations[Name]> extends Payload ? unknown : never;
};

/** Stream answers nothing worth passing on: the payload says what was done, from the input. */
type Answered<Name extends OperationName, Input, Payload> = StreamMutationOptions<Name, Input, Payload> & {
  answer: (input: Input) => Payload;
};

/**
 * A server-only mutation that sends its `input` to the Stream operation of the same name, as the
 * mutations that add nothing to their operation do, and answers what Stream answered or, given
 * `answer`, what that makes of the input once Stream has accepted it.
 */
export function streamMutation<Name extends OperationName, Input, Payload>(
  name: Name,
  options: PassedOn<Name, Input, Payload> | Answered<Name, Input, Payload>,
): void {
  const operation = operations[name];
  const answer = 'answer' in options ? options.answer : undefined;
  builder.mutationField(name, (t) =>
    t.field({
      // Pothos cannot check a resolver against a still generic ref: the options' types were checked above.
      type: options.type as ObjectRef<Types, object>,
      description: options.description,
      authScopes: { server: true },
      args: { input: t.arg({ type: options.input as InputObjectRef<Types, object>, required: true }) },
      resolve: async (_root, args, { stream }) => {
        const send = stream[name] as (wire: unknown) => Promise<object>;
        const result = await send.call(stream, toWireInput(operation, args.input as never));
        return answer ? (answer(args.input as Input) as object) : result;
      },
    }),
  );
}
