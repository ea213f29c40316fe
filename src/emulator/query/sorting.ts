import { stringifyJson } from '../../rest/wire/json.js';
import { badInput } from '../errors.js';
import { readField, type QueryFields } from './fields.js';

export interface SortSpec {
  field: string;
  direction: 1 | -1;
}

export interface SortRequest {
  field?: string;
  direction?: number;
}

/**
 * Validates a requested sort (or takes `fallback`) and appends `id` ascending, so that every
 * order is total: pages never tie, and cursors find their place again.
 */
export function normalizeSort<T>(
  requested: SortRequest[] | undefined,
  schema: QueryFields<T>,
  fallback: SortSpec[],
  param = 'sort',
): SortSpec[] {
  const sort: SortSpec[] = requested?.length
    ? requested.map((entry) => {
        if (!entry.field) throw badInput(param, 'each sort entry needs a field');
        const field = schema.fields[entry.field];
        if (field ? field.sortable === false : !schema.other) throw badInput(param, `cannot sort on ${entry.field}`);
        return { field: entry.field, direction: entry.direction === -1 ? -1 : 1 };
      })
    : [...fallback];
  if (!sort.some((entry) => entry.field === 'id')) sort.push({ field: 'id', direction: 1 });
  return sort;
}

/** The values an item sorts by, in sort order. */
export function sortKey<T>(schema: QueryFields<T>, sort: SortSpec[], item: T): unknown[] {
  return sort.map((entry) => readField(schema, item, entry.field) ?? null);
}

export function compareKeys(sort: SortSpec[], a: unknown[], b: unknown[]): number {
  for (let i = 0; i < sort.length; i++) {
    const order = compareValues(a[i], b[i]);
    if (order !== 0) return order * sort[i]!.direction;
  }
  return 0;
}

export function sortItems<T>(schema: QueryFields<T>, sort: SortSpec[], items: T[]): T[] {
  return items
    .map((item) => ({ item, key: sortKey(schema, sort, item) }))
    .sort((a, b) => compareKeys(sort, a.key, b.key))
    .map(({ item }) => item);
}

const TYPE_RANK: Record<string, number> = { undefined: 0, boolean: 1, number: 2, bigint: 2, string: 3, object: 4 };

/** A total order over JSON values: missing first, then booleans, numbers, strings, the rest. */
export function compareValues(a: unknown, b: unknown): number {
  const ta = a === null ? 'undefined' : typeof a;
  const tb = b === null ? 'undefined' : typeof b;
  const rank = (TYPE_RANK[ta] ?? 4) - (TYPE_RANK[tb] ?? 4);
  if (rank !== 0) return rank;
  if (ta === 'undefined') return 0;
  if (ta === 'boolean') return Number(a) - Number(b);
  // Numbers and bigints (integers beyond 2^53, dates as nanoseconds) compare exactly with < and >.
  if (ta === 'number' || ta === 'bigint')
    return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  const sa = ta === 'string' ? (a as string) : stringifyJson(a);
  const sb = tb === 'string' ? (b as string) : stringifyJson(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
