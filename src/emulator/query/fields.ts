import { Instant } from '../../rest/wire/instant.js';

/** How a queryable field compares: dates by instant, arrays by membership, the rest by value. */
export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'array';

export interface QueryField<T> {
  type: FieldType;
  get(item: T): unknown;
  /** Whether the field may appear in `sort`; filterable fields are sortable unless this is false. */
  sortable?: boolean;
}

/** The fields a query may filter and sort on, for one kind of item. */
export interface QueryFields<T> {
  fields: Record<string, QueryField<T>>;
  /** Reads a name that is not a built-in field (users' custom data); without it such names are rejected. */
  other?(item: T, name: string): unknown;
}

/** Reads a field for comparison: dates become nanoseconds since the epoch. */
export function readField<T>(schema: QueryFields<T>, item: T, name: string): unknown {
  const field = schema.fields[name];
  if (!field) return schema.other?.(item, name);
  const value = field.get(item);
  return field.type === 'date' ? instantNanos(value) : value;
}

/**
 * An instant as nanoseconds since the epoch (a bigint, so that every digit Stream writes counts
 * in comparisons); numbers and digit strings are integer nanoseconds, as Stream also sends them.
 * Anything else is undefined.
 */
export function instantNanos(value: unknown): bigint | undefined {
  return Instant.from(value)?.epochNanos;
}
