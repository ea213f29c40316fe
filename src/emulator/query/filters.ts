import { stringifyJson } from '../../rest/wire/json.js';
import { badInput } from '../errors.js';
import { instantNanos, type FieldType, type QueryFields } from './fields.js';
import { compareValues } from './sorting.js';

export type Predicate<T> = (item: T) => boolean;
type Test = (value: unknown) => boolean;

const ORDERING = new Set(['$gt', '$gte', '$lt', '$lte']);
const OPERATORS_BY_TYPE: Record<FieldType, ReadonlySet<string>> = {
  string: new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$exists', '$autocomplete']),
  number: new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$exists']),
  date: new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$exists']),
  boolean: new Set(['$eq', '$ne', '$exists']),
  array: new Set(['$eq', '$ne', '$in', '$nin', '$contains', '$exists']),
};
const ALL_OPERATORS = new Set(Object.values(OPERATORS_BY_TYPE).flatMap((set) => [...set]));

/**
 * Compiles Stream's filter language (MongoDB-like: `{field: value}`, `{field: {$op: operand}}`,
 * `$and`/`$or`/`$nor`) into a predicate. Problems answer 400/4 naming `param`.
 */
export function compileFilter<T>(
  filter: Record<string, unknown> | undefined,
  schema: QueryFields<T>,
  param: string,
): Predicate<T> {
  if (filter === undefined) return () => true;
  return compileNode(filter, schema, param);
}

function compileNode<T>(node: unknown, schema: QueryFields<T>, param: string): Predicate<T> {
  if (!isPlainObject(node)) throw badInput(param, 'each filter must be an object');
  const parts: Predicate<T>[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(value) || value.length === 0)
        throw badInput(param, `${key} takes a non-empty array of filters`);
      const children = value.map((child) => compileNode(child, schema, param));
      if (key === '$and') parts.push((item) => children.every((child) => child(item)));
      else if (key === '$or') parts.push((item) => children.some((child) => child(item)));
      else parts.push((item) => !children.some((child) => child(item)));
    } else if (key.startsWith('$')) {
      throw badInput(param, `unknown operator ${key}`);
    } else {
      parts.push(compileField(key, value, schema, param));
    }
  }
  return (item) => parts.every((part) => part(item));
}

function compileField<T>(name: string, condition: unknown, schema: QueryFields<T>, param: string): Predicate<T> {
  const field = schema.fields[name];
  if (!field && !schema.other) throw badInput(param, `cannot filter on field ${name}`);
  const read = field ? (item: T) => field.get(item) : (item: T) => schema.other!(item, name);
  const entries = isOperatorObject(condition) ? Object.entries(condition) : [['$eq', condition] as const];
  const tests = entries.map(([operator, operand]) => compileTest(name, field?.type, operator, operand, param));
  return (item) => {
    const value = read(item);
    return tests.every((test) => test(value));
  };
}

function compileTest(
  name: string,
  type: FieldType | undefined,
  operator: string,
  operand: unknown,
  param: string,
): Test {
  const allowed = type ? OPERATORS_BY_TYPE[type] : ALL_OPERATORS;
  if (!ALL_OPERATORS.has(operator)) throw badInput(param, `unknown operator ${operator} on ${name}`);
  if (!allowed.has(operator)) throw badInput(param, `${name} does not support ${operator}`);
  const fail = (why: string) => badInput(param, `${name}: ${operator} ${why}`);

  if (operator === '$exists') {
    if (typeof operand !== 'boolean') throw fail('takes true or false');
    return (value) => (value !== undefined && value !== null) === operand;
  }
  if (operator === '$autocomplete') {
    if (typeof operand !== 'string' || operand.trim() === '') throw fail('takes a non-empty string');
    const prefixes = words(operand);
    return (value) => typeof value === 'string' && matchesPrefixes(value, prefixes);
  }
  const normalize = (raw: unknown): unknown => {
    if (type !== 'date') return raw;
    const nanos = instantNanos(raw);
    if (nanos === undefined) throw fail('takes an RFC 3339 time');
    return nanos;
  };
  const read = (value: unknown) => (type === 'date' ? instantNanos(value) : value);
  if (operator === '$in' || operator === '$nin') {
    if (!Array.isArray(operand)) throw fail('takes an array');
    const wanted = operand.map(normalize);
    const hit = (value: unknown) =>
      Array.isArray(value)
        ? value.some((v) => wanted.some((w) => equal(v, w)))
        : wanted.some((w) => equal(read(value), w));
    return operator === '$in' ? hit : (value) => !hit(value);
  }
  if (type === 'boolean' && typeof operand !== 'boolean') throw fail('takes true or false');
  const expected = normalize(operand);
  if (ORDERING.has(operator)) {
    if (expected === null || typeof expected === 'object') throw fail('takes a number, string or time');
    return (value) => {
      const actual = read(value);
      if (actual === undefined || actual === null || typeof actual !== typeof expected) return false;
      const order = compareValues(actual, expected);
      if (operator === '$gt') return order > 0;
      if (operator === '$gte') return order >= 0;
      if (operator === '$lt') return order < 0;
      return order <= 0;
    };
  }
  // $eq, $ne and $contains: an array field matches when it contains the operand.
  const hit = (value: unknown) =>
    Array.isArray(value) && !Array.isArray(expected)
      ? value.some((v) => equal(v, expected))
      : equal(read(value), expected);
  return operator === '$ne' ? (value) => !hit(value) : hit;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return stringifyJson(a) === stringifyJson(b);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** `$autocomplete`: every word of the query starts some word of the value, ignoring case. */
function matchesPrefixes(value: string, prefixes: string[]): boolean {
  const valueWords = words(value);
  return prefixes.every((prefix) => valueWords.some((word) => word.startsWith(prefix)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}
