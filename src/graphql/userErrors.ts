import {
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { snakeToCamel } from '../rest/wire/toWire.js';
import { toGraphQLError } from './errors.js';

/** Why a mutation did not happen, in terms the caller can fix by changing its input. */
export type UserErrorCode = 'INVALID_INPUT' | 'NOT_FOUND';

export interface UserError {
  /** The path into the mutation's arguments (`["input", "options", "0", "text"]`), when Stream named a field. */
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

/** Stream's code for an input error (HTTP 400), the one answer that names the fields at fault. */
const STREAM_INPUT_ERROR = 4;

const USER_ERRORS = Symbol('userErrors');

/** What a mutation answers when it failed for a reason the caller can fix: no data, only the errors. */
export interface FailedPayload {
  [USER_ERRORS]: UserError[];
}

export function failedPayload(errors: UserError[]): FailedPayload {
  return { [USER_ERRORS]: errors };
}

export function isFailedPayload(payload: unknown): payload is FailedPayload {
  return typeof payload === 'object' && payload !== null && USER_ERRORS in payload;
}

/** The userErrors of any payload: empty when the mutation succeeded. */
export function userErrorsOf(payload: unknown): UserError[] {
  return isFailedPayload(payload) ? payload[USER_ERRORS] : [];
}

/**
 * Stream's name of a field (`options.0.text`, `push_provider.apn_auth_key`) as a path into the
 * mutation's arguments, walked along their real input types: segments the graph does not have
 * (wrappers such as `push_provider`, map keys) are left out, list positions kept, and keys inside
 * a JSON argument stay Stream's. Null when no segment names an argument field.
 */
function argumentPath(streamField: string, args: readonly GraphQLArgument[]): string[] | null {
  const path: string[] = [];
  let fields: Record<string, { type: GraphQLInputType }> = Object.fromEntries(args.map((arg) => [arg.name, arg]));
  let type: GraphQLInputType | undefined;
  for (const segment of ['input', ...streamField.split('.')]) {
    if (type && isListType(type)) {
      // A position is kept; a map key (Stream's `users.<id>`) stands for an item the graph lists.
      if (/^\d+$/.test(segment)) path.push(segment);
      type = getNullableType(type.ofType);
      if (isInputObjectType(type)) fields = type.getFields();
      continue;
    }
    if (type && !isInputObjectType(type)) {
      path.push(segment); // inside a JSON argument: Stream's own keys
      continue;
    }
    const name = snakeToCamel(segment);
    const field = fields[name];
    if (!field) continue;
    path.push(name);
    type = getNullableType(field.type);
    if (isInputObjectType(type)) fields = type.getFields();
  }
  return path.length > 1 ? path : null;
}

/** One user error per field Stream named. */
function invalidInput(error: GraphQLError, args: readonly GraphQLArgument[]): UserError[] {
  const fields = error.extensions.fields as Record<string, string> | undefined;
  const named = Object.entries(fields ?? {});
  if (named.length === 0) return [{ field: null, message: error.message, code: 'INVALID_INPUT' }];
  return named.map(([field, why]) => ({
    field: argumentPath(field, args),
    message: `${field}: ${why}`,
    code: 'INVALID_INPUT',
  }));
}

/**
 * The user errors a mutation's failure stands for, or undefined when it is no input problem and
 * stays a top-level error: only Stream's input-validation answer (400, code 4, `exception_fields`)
 * and a target that does not exist (Stream's 404 or the gateway's own look-up) are the caller's
 * to fix. Authentication, authorization, limits and upstream failures (an outcome unknown above
 * all: the write may have happened) are never user errors; nor is input the gateway refuses
 * before calling Stream (a top-level BAD_USER_INPUT, like any malformed argument).
 */
export function userErrorsFor(error: unknown, args: readonly GraphQLArgument[]): UserError[] | undefined {
  const graphQLError = toGraphQLError(error);
  if (!(graphQLError instanceof GraphQLError)) return undefined;
  const { code, streamCode, httpStatus } = graphQLError.extensions;
  if (code === 'NOT_FOUND') return [{ field: null, message: graphQLError.message, code: 'NOT_FOUND' }];
  if (code === 'BAD_USER_INPUT' && streamCode === STREAM_INPUT_ERROR && httpStatus === 400) {
    return invalidInput(graphQLError, args);
  }
  return undefined;
}
