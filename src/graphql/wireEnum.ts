import { builder, type BuilderTypes } from './builder.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

/** `domain_allowlist` → `DOMAIN_ALLOWLIST`: the GraphQL name of a wire value. */
type EnumName<V extends string> = Uppercase<V>;

type EnumValuesOf<V extends string> = { [K in V as EnumName<K>]: { value: K; description: string } };

export function enumName(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}

/**
 * What an open enum answers for a value Stream sent that this gateway does not know. A symbol,
 * so that no wire value, whatever Stream adds, can be mistaken for it.
 */
export const UNKNOWN_VALUE: unique symbol = Symbol('a wire value this gateway does not know');

/** The GraphQL name of UNKNOWN_VALUE in every open enum. */
export const UNKNOWN_NAME = 'UNKNOWN';

/**
 * An enum used on output as on input: it answers any of the wire values V, or UNKNOWN_VALUE for a
 * value Stream added later, and takes only the wire values V as input (UNKNOWN is refused before
 * any resolver runs, see src/graphql/input/outputOnlyEnumValues.ts).
 */
export type OpenEnumRef<V extends string> = PothosSchemaTypes.EnumRef<Types, V | typeof UNKNOWN_VALUE, V>;

/** The wire values each open enum knows, for the fields that answer it (src/graphql/openEnum.ts). */
const knownValuesOf = new WeakMap<object, readonly string[]>();

export function knownWireValues(ref: OpenEnumRef<string>): readonly string[] {
  const known = knownValuesOf.get(ref);
  if (!known) throw new Error(`${ref.name} was not made by openEnumFromWire`);
  return known;
}

interface WireEnumOptions<V extends string> {
  description: string;
  /** Each wire value's description; the compiler (and a check at run time) makes it name every one and no other. */
  values: { readonly [K in V]: string };
}

function valuesFromWire<V extends string>(
  name: string,
  wireValues: readonly V[],
  values: { readonly [K in V]: string },
) {
  const described = Object.keys(values);
  if (described.length !== wireValues.length || !wireValues.every((value) => described.includes(value))) {
    throw new Error(`enum ${name} must describe exactly the wire values ${wireValues.join(', ')}`);
  }
  return Object.fromEntries(
    Object.entries<string>(values).map(([value, description]) => [enumName(value), { value, description }]),
  ) as EnumValuesOf<V>;
}

/**
 * A GraphQL enum over a closed set the wire declares once (`USER_DELETION_MODES`…) that is only
 * ever sent to Stream, never answered: each wire value becomes a value named in upper case, in
 * the order `values` describes them. A set Stream also answers is an openEnumFromWire.
 */
export function enumFromWire<const V extends string>(
  name: string,
  wireValues: readonly V[],
  options: WireEnumOptions<V>,
) {
  return builder.enumType(name, {
    description: options.description,
    values: valuesFromWire(name, wireValues, options.values),
  });
}

/**
 * A GraphQL enum over a closed set Stream answers (and usually takes, too): the wire values as in
 * enumFromWire, plus UNKNOWN for values Stream adds after this gateway was built. The fields that
 * answer it come in pairs made by openEnumFields (src/graphql/openEnum.ts): the enum, and a
 * `…Raw` string with the value exactly as Stream sent it. As input, UNKNOWN is refused.
 */
export function openEnumFromWire<const V extends string>(
  name: string,
  wireValues: readonly V[],
  options: WireEnumOptions<V>,
): OpenEnumRef<V> {
  if (wireValues.some((value) => enumName(value) === UNKNOWN_NAME)) {
    throw new Error(`enum ${name}: a wire value is named ${UNKNOWN_NAME}, which open enums keep for unknown values`);
  }
  const ref = builder.enumType(name, {
    description: options.description,
    values: {
      ...valuesFromWire(name, wireValues, options.values),
      [UNKNOWN_NAME]: {
        value: UNKNOWN_VALUE,
        description:
          'A value Stream added after this gateway was built; the sibling `…Raw` field has it as Stream sent it. Output only: refused as input.',
      },
    },
    extensions: { outputOnlyValues: [UNKNOWN_NAME] },
  }) as unknown as OpenEnumRef<V>;
  knownValuesOf.set(ref, wireValues);
  return ref;
}
