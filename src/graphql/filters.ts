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

/** `{ field: { $op: value } }` when the argument was given. */
export function condition(field: string, op: string, value: unknown): FilterCondition {
  return value === null || value === undefined ? undefined : { [field]: { [op]: value } };
}
