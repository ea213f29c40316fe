import { builder } from './builder.js';

/** `domain_allowlist` → `DOMAIN_ALLOWLIST`: the GraphQL name of a wire value. */
type EnumName<V extends string> = Uppercase<V>;

type EnumValuesOf<V extends string> = { [K in V as EnumName<K>]: { value: K; description: string } };

export function enumName(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}

/**
 * A GraphQL enum over a closed set the wire declares once (`BLOCK_LIST_TYPES`…): each wire value
 * becomes a value named in upper case. `values` describes each wire value; the compiler (and, for
 * values built at run time, a check here) makes it name every one of them and no other, and its
 * order is the order the schema prints.
 */
export function enumFromWire<const V extends string>(
  name: string,
  wireValues: readonly V[],
  options: { description: string; values: { readonly [K in V]: string } },
) {
  const described = Object.keys(options.values);
  if (described.length !== wireValues.length || !wireValues.every((value) => described.includes(value))) {
    throw new Error(`enum ${name} must describe exactly the wire values ${wireValues.join(', ')}`);
  }
  const values = Object.fromEntries(
    Object.entries<string>(options.values).map(([value, description]) => [enumName(value), { value, description }]),
  ) as EnumValuesOf<V>;
  return builder.enumType(name, { description: options.description, values });
}
