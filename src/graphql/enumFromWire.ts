import { builder } from './builder.js';

/** The GraphQL name of a wire value: 'customer-support' → CUSTOMER_SUPPORT, 'feeds.activity.added' → FEEDS_ACTIVITY_ADDED. */
export function enumValueName(value: string): string {
  return value.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

export interface WireEnumOptions<V extends string> {
  description: string;
  /** What each wire value means; the compiler asks for every value of the set, and no other. */
  values: { readonly [K in V]: string };
}

/**
 * A GraphQL enum over a closed set declared once on the wire (`PUSH_VERSIONS`, …): its values
 * keep the wire's order and are named by `enumValueName`, so the set is not listed again here.
 */
export function enumFromWire<const V extends string>(name: string, wireValues: readonly V[], options: WireEnumOptions<V>) {
  const values: Record<string, { value: V; description: string }> = {};
  for (const value of wireValues) values[enumValueName(value)] = { value, description: options.values[value] };
  return builder.enumType(name, { description: options.description, values });
}
