import { Instant } from '../rest/wire/instant.js';
import { badUserInput } from './errors.js';

/** One condition of Stream's filter language, or nothing when its argument was not given. */
export type FilterCondition = Record<string, unknown> | undefined;

/**
 * The caller's own filter and the conditions of typed arguments, joined with `$and`; an empty
 * object (everything) when there is none.
 */
export function combineFilters(
  filter: Record<string, unknown> | null | undefined,
  conditions: FilterCondition[],
): Record<string, unknown> {
  const parts = [filter ?? undefined, ...conditions].filter(
    (part): part is Record<string, unknown> => part !== undefined && Object.keys(part).length > 0,
  );
  if (parts.length === 0) return {};
  if (parts.length === 1) return parts[0]!;
  return { $and: parts };
}

/** `{ field: value }` when the argument was given. */
export function equals(field: string, value: unknown): FilterCondition {
  return value === null || value === undefined ? undefined : { [field]: value };
}

/** A `where:` input as GraphQL coerced it: field conditions plus `and`/`or`/`not`. */
export interface WhereInput {
  and?: readonly WhereInput[] | null;
  or?: readonly WhereInput[] | null;
  not?: WhereInput | null;
  [field: string]: unknown;
}

/** The Stream field name of each field a `where:` input offers (`createdById` → `created_by_id`). */
export type WhereFields = Readonly<Record<string, string>>;

const LOGICAL = new Set(['and', 'or', 'not']);

/**
 * The one translation of typed `where:` inputs into Stream's filter language: each field's
 * members become `$`-operators on the Stream field (`{name: {eq: "x"}}` → `{name: {$eq: "x"}}`),
 * `and`/`or` become `$and`/`$or`, and `not` becomes `$nor` of one condition. What Stream would
 * refuse, or what would silently mean "everything" or "nothing" (an empty `in` list, a blank
 * `autocomplete`, an empty `and`/`or` list or branch), is BAD_USER_INPUT naming its path, before
 * any upstream call. Undefined when the input sets no condition.
 */
export function whereToFilter(
  where: WhereInput | null | undefined,
  fields: WhereFields,
  path = 'where',
): FilterCondition {
  if (!where) return undefined;
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    if (LOGICAL.has(key))
      Object.assign(filter, logical(key, value as WhereInput | WhereInput[], fields, `${path}.${key}`));
    else filter[streamField(fields, key)] = fieldConditions(value as Record<string, unknown>, `${path}.${key}`);
  }
  const conditions = Object.entries(filter).filter(([, value]) => value !== undefined);
  return conditions.length === 0 ? undefined : Object.fromEntries(conditions);
}

function streamField(fields: WhereFields, key: string): string {
  const name = fields[key];
  if (name === undefined) throw new Error(`where field ${key} has no Stream field`);
  return name;
}

function logical(
  key: string,
  value: WhereInput | readonly WhereInput[],
  fields: WhereFields,
  path: string,
): Record<string, unknown[]> {
  const branches = key === 'not' ? [value as WhereInput] : (value as readonly WhereInput[]);
  if (branches.length === 0) throw badUserInput(`${path} takes at least one condition`, { [path]: 'is empty' });
  const filters = branches.map((branch, index) => {
    const branchPath = key === 'not' ? path : `${path}[${index}]`;
    const filter = whereToFilter(branch, fields, branchPath);
    if (!filter) throw badUserInput(`${branchPath} sets no condition`, { [branchPath]: 'is empty' });
    return filter;
  });
  return { [key === 'not' ? '$nor' : `$${key}`]: filters };
}

function fieldConditions(members: Record<string, unknown>, path: string): Record<string, unknown> | undefined {
  const operators: [string, unknown][] = [];
  for (const [member, operand] of Object.entries(members)) {
    if (operand === null || operand === undefined) continue;
    if (Array.isArray(operand) && operand.length === 0) {
      throw badUserInput(`${path}.${member} takes at least one value`, { [`${path}.${member}`]: 'is empty' });
    }
    if (member === 'autocomplete' && String(operand).trim() === '') {
      throw badUserInput(`${path}.autocomplete takes at least one word`, { [`${path}.autocomplete`]: 'is blank' });
    }
    operators.push([`$${member}`, wireValue(operand)]);
  }
  return operators.length === 0 ? undefined : Object.fromEntries(operators);
}

/** Ids (string or number in GraphQL) travel as strings, instants as RFC 3339 text. */
function wireValue(operand: unknown): unknown {
  if (Array.isArray(operand)) return operand.map(wireValue);
  if (operand instanceof Instant) return operand.toString();
  return operand;
}
