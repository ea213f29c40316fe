import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badUserInput } from '../errors.js';
import { idProblem, MAX_IDS_PER_CALL } from '../../rest/ids.js';

/** Checks one argument's value, naming its path in errors. */
type Check = (value: unknown, path: string) => void;

function refuse(path: string, problem: string): never {
  throw badUserInput(`${path} ${problem}`, { [path]: problem });
}

/**
 * The check of every ID inside a value of this input type, or undefined when the type holds no
 * ID. Input types are finite, so this walk of the type (not of the value) ends; `seen` stops it
 * on self-referencing input objects.
 */
function checkFor(type: GraphQLInputType, seen = new Map<string, Check | undefined>()): Check | undefined {
  if (isNonNullType(type)) return checkFor(type.ofType, seen);
  if (isListType(type)) {
    const item = checkFor(type.ofType, seen);
    if (!item) return undefined;
    return (value, path) => {
      if (!Array.isArray(value)) return item(value, path);
      if (getNamedType(type).name === 'ID' && value.length > MAX_IDS_PER_CALL) {
        refuse(path, `takes at most ${MAX_IDS_PER_CALL} ids`);
      }
      value.forEach((entry, index) => item(entry, `${path}[${index}]`));
    };
  }
  if (getNamedType(type).name === 'ID') {
    return (value, path) => {
      if (typeof value !== 'string') return;
      const problem = idProblem(value);
      if (problem) refuse(path, problem);
    };
  }
  if (!isInputObjectType(type)) return undefined;
  if (seen.has(type.name)) return (value, path) => seen.get(type.name)?.(value, path);
  seen.set(type.name, undefined);
  const fields = Object.values(type.getFields())
    .map((field) => [field.name, checkFor(field.type, seen)] as const)
    .filter((entry): entry is readonly [string, Check] => entry[1] !== undefined);
  const check: Check | undefined =
    fields.length === 0
      ? undefined
      : (value, path) => {
          if (typeof value !== 'object' || value === null) return;
          for (const [name, fieldCheck] of fields) {
            const field = (value as Record<string, unknown>)[name];
            if (field !== undefined && field !== null) fieldCheck(field, `${path}.${name}`);
          }
        };
  seen.set(type.name, check);
  return check;
}

/**
 * Every ID argument of every field (at the root, in lists, inside input objects) is checked
 * before the field's resolver runs: non-empty, well-formed Unicode, within MAX_ID_LENGTH, and at
 * most MAX_IDS_PER_CALL to a list. A bad one is BAD_USER_INPUT naming the argument, and no
 * upstream call is made. Fields without ID arguments are left as they are.
 */
export function checkIdArguments(schema: GraphQLSchema): GraphQLSchema {
  const seen = new Map<string, Check | undefined>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checks = field.args
        .map((arg) => [arg.name, checkFor(arg.type, seen)] as const)
        .filter((entry): entry is readonly [string, Check] => entry[1] !== undefined);
      if (checks.length === 0) continue;
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      field.resolve = (source, args, context, info) => {
        for (const [name, check] of checks) {
          const value = (args as Record<string, unknown>)[name];
          if (value !== undefined && value !== null) check(value, name);
        }
        return resolve ? resolve(source, args, context, info) : (source as Record<string, unknown>)?.[info.fieldName];
      };
    }
  }
  return schema;
}

/** A federation representation's key field, checked like an ID argument (representations are `_Any`, never typed). */
export function checkedReferenceKey<T>(value: T, name: string): T {
  if (typeof value !== 'string') return value;
  const problem = idProblem(value);
  if (problem) refuse(`representations.${name}`, problem);
  return value;
}
