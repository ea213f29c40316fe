import { FormatRegistry, Type, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

if (!FormatRegistry.Has('date-time')) {
  FormatRegistry.Set('date-time', (value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)));
}

/**
 * Stream sends instants as RFC 3339 strings; older endpoints and some SDKs send integer
 * nanoseconds since the epoch. Both decode to a `Date`; requests encode to RFC 3339.
 */
export function decodeInstant(value: string | number | Date): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(Math.floor(value / 1e6));
  return new Date(value);
}

export const DateTime = Type.Transform(
  Type.Union([Type.String({ format: 'date-time' }), Type.Integer()], { title: 'DateTime' }),
)
  .Decode((value) => decodeInstant(value))
  .Encode((value: Date) => value.toISOString());

/** A free-form JSON object, like Stream's `custom` maps and filter documents. */
export const JsonObject = Type.Record(Type.String(), Type.Unknown());

/** One literal schema per value, as a tuple: TypeBox derives a union's static type from a tuple only. */
type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };

/** A closed set of strings: an enum on the wire and in GraphQL. */
export function StringEnum<const T extends readonly [string, ...string[]]>(values: T): TUnion<Literals<T>> {
  const literals = values.map((value) => Type.Literal(value));
  return Type.Union(literals) as unknown as TUnion<Literals<T>>;
}

/** The values of a schema made by `StringEnum`, or undefined for any other schema. */
export function stringEnumValues(schema: TSchema): string[] | undefined {
  const members = (schema as { anyOf?: TSchema[] }).anyOf;
  if (!members?.length || !members.every((m) => typeof (m as { const?: unknown }).const === 'string')) {
    return undefined;
  }
  return members.map((m) => (m as unknown as { const: string }).const);
}
