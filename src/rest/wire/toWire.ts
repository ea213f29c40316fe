import {
  Kind,
  type StaticDecode,
  type TArray,
  type TObject,
  type TOptional,
  type TProperties,
  type TSchema,
} from '@sinclair/typebox';

/*
 * The graph names fields in camelCase, Stream in snake_case. One rule maps between them, and the
 * wire schema says where it applies: the properties of object schemas (and of arrays of them) are
 * renamed, while free-form values (`custom`, filters: record schemas) pass through untouched.
 * Written by hand because the case libraries split digits differently from Stream's keys
 * (`apn_p12_cert` ↔ `apnP12Cert`, `feeds_v2_region` ↔ `feedsV2Region`), and none reads the schema.
 */

/** `allow_answers` → `allowAnswers`; `snakeToCamel` is the same rule at run time. */
export type SnakeToCamel<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<SnakeToCamel<Tail>>}`
  : S;

export function snakeToCamel(key: string): string {
  return key.replace(/_([a-z0-9])/gi, (_match, next: string) => next.toUpperCase());
}

/** `allowAnswers` → `allow_answers`: the way back for names without digits after an underscore; `camelToSnake` at run time. */
export type CamelToSnake<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${CamelToSnake<Tail>}`
  : S;

export function camelToSnake(name: string): string {
  return name.replace(/[A-Z]/g, (capital) => `_${capital.toLowerCase()}`);
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type CamelKey<K> = K extends string ? SnakeToCamel<K> : never;

/** CamelOf for an object's properties. */
export type CamelProperties<P extends TProperties> = Simplify<
  { [K in keyof P as P[K] extends TOptional<TSchema> ? never : CamelKey<K>]: CamelOf<P[K]> } & {
    [K in keyof P as P[K] extends TOptional<TSchema> ? CamelKey<K> : never]?: CamelOf<P[K]> | null;
  }
>;

/**
 * What the graph passes for a wire schema: the object properties under camelCase names, optional
 * ones also as null (GraphQL's "not given"); arrays of objects likewise; anything else as the wire
 * decodes it (a `custom` map stays a map with its own keys).
 */
export type CamelOf<S extends TSchema> =
  S extends TObject<infer P>
    ? CamelProperties<P>
    : S extends TArray<infer Item>
      ? Item extends TObject
        ? readonly CamelOf<Item>[]
        : StaticDecode<S>
      : StaticDecode<S>;

function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function convert(schema: TSchema, value: unknown): unknown {
  if (schema[Kind] === 'Object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return convertProperties((schema as TObject).properties, value as Record<string, unknown>);
  }
  const items = (schema as Partial<TArray>).items;
  if (schema[Kind] === 'Array' && items?.[Kind] === 'Object' && Array.isArray(value)) {
    return value.map((item) => convert(items, item));
  }
  return value;
}

function convertProperties(properties: TProperties, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [wireKey, property] of Object.entries(properties)) {
    const value = input[snakeToCamel(wireKey)];
    if (isAbsent(value)) continue;
    out[wireKey] = convert(property, value);
  }
  return out;
}

/**
 * The wire value of camelCase input for an object schema: keys renamed as the schema names them,
 * null and undefined left out, nested objects converted where the schema declares them. Keys the
 * schema does not name are not sent.
 */
export function toWire<S extends TObject>(schema: S, input: CamelOf<NoInfer<S>>): StaticDecode<S> {
  return convertProperties(schema.properties, input as Record<string, unknown>) as StaticDecode<S>;
}
