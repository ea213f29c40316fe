import { Instant } from './instant.js';
import { FormatRegistry, Type, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';

if (!FormatRegistry.Has('date-time')) {
  FormatRegistry.Set('date-time', (value) => Instant.parse(value) !== undefined);
}

const DASH = 45;

/**
 * Stream sends instants as RFC 3339 strings with up to nanoseconds; older endpoints and some SDKs
 * send integer nanoseconds since the epoch (a bigint once beyond 2^53, see src/rest/json.ts). Both
 * decode to an Instant, which keeps every digit; requests encode to RFC 3339.
 */
export function decodeInstant(value: unknown): Instant {
  // RFC 3339 text (a dash after the year) is read when first used; integer nanoseconds at once.
  if (typeof value === 'string' && value.charCodeAt(4) === DASH) return Instant.lazy(value);
  const instant = Instant.from(value);
  if (!instant) throw new TypeError('not an instant');
  return instant;
}

export const DateTime = Type.Transform(
  Type.Union([Type.String({ format: 'date-time' }), Type.Integer()], { title: 'DateTime' }),
)
  .Decode((value) => decodeInstant(value))
  .Encode((value: Instant) => value.toString());

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
