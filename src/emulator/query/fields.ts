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

/** Reads a field for comparison: dates become microseconds since the epoch. */
export function readField<T>(schema: QueryFields<T>, item: T, name: string): unknown {
  const field = schema.fields[name];
  if (!field) return schema.other?.(item, name);
  const value = field.get(item);
  return field.type === 'date' ? instantMicros(value) : value;
}

const RFC3339_PARTS = /^(\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * An instant as microseconds since the epoch, keeping the microseconds Stream writes; numbers are
 * integer nanoseconds, as Stream also sends them. Anything else is undefined.
 */
export function instantMicros(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.floor(value / 1000) : undefined;
  if (typeof value !== 'string') return undefined;
  const parts = RFC3339_PARTS.exec(value);
  if (!parts) return undefined;
  const seconds = Date.parse(`${parts[1]!.replace(' ', 'T')}${parts[3]!.toUpperCase()}`);
  if (Number.isNaN(seconds)) return undefined;
  return seconds * 1000 + Number((parts[2] ?? '').padEnd(6, '0').slice(0, 6));
}
