import type { GenericFieldRef } from '@pothos/core';
import { builder, type ObjectFields } from './builder.js';
import { userErrorsOf, type UserError } from './userErrors.js';
import { MUTATION_PAYLOAD, USER_ERRORS_FIELD } from './userErrorsPlugin.js';

const UserErrorCodeRef = builder.enumType('UserErrorCode', {
  description: 'Why a mutation did not happen, when the caller can fix it by changing its input.',
  values: {
    INVALID_INPUT: { description: 'Stream refused the input (its 400 input error); `field` names the part at fault.' },
    NOT_FOUND: { description: 'The target of the mutation does not exist.' },
  } as const,
});

const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'A failure of a mutation that the caller can fix; the mutation changed nothing.',
  fields: (t) => ({
    field: t.exposeStringList('field', {
      nullable: true,
      description:
        'The path to the input field at fault, from the argument name (`["input", "maxVotesAllowed"]`); null when no one field is.',
    }),
    message: t.exposeString('message', { description: 'What is wrong, for people.' }),
    code: t.expose('code', { type: UserErrorCodeRef, description: 'What is wrong, for code.' }),
  }),
});

/**
 * What every mutation answers. When `userErrors` is empty the mutation happened and the other
 * fields hold its result; when it is not, nothing happened and every other field is null.
 */
export const MutationPayloadRef = builder.interfaceRef<object>(MUTATION_PAYLOAD).implement({
  description:
    'What every mutation answers. Empty `userErrors`: the mutation happened and the other fields hold its result. Otherwise nothing happened, and every other field is null. Authentication, authorization and upstream failures are top-level errors instead.',
  fields: (t) => ({
    [USER_ERRORS_FIELD]: t.field({
      type: [UserErrorRef],
      description: 'Why the mutation did not happen, when the input was at fault; empty when it happened.',
      resolve: (payload) => userErrorsOf(payload),
    }),
  }),
});

/** A mutation's payload type: an object type that implements MutationPayload. */
export function payloadType<Shape extends object>(
  name: string,
  options: { description: string; fields: (t: ObjectFields<Shape>) => Record<string, GenericFieldRef<unknown>> },
) {
  // Pothos checks the shape against the interface's with a conditional type a generic Shape leaves open; every shape is an object.
  return builder.objectRef<Shape>(name).implement({ interfaces: [MutationPayloadRef] as never, ...options });
}

/** What a delete answers when an id names what it removed: `deletedId`. */
export function deletedIdPayload(name: string, description: string, idDescription: string) {
  return payloadType<{ id: string }>(name, {
    description,
    fields: (t) => ({ deletedId: t.exposeID('id', { description: idDescription }) }),
  });
}

/** What a delete answers when a name names what it removed: `deletedName`. */
export function deletedNamePayload(name: string, description: string, nameDescription: string) {
  return payloadType<{ name: string }>(name, {
    description,
    fields: (t) => ({ deletedName: t.exposeString('name', { description: nameDescription }) }),
  });
}
