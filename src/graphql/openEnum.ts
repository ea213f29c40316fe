import type { BuilderTypes, InterfaceFields, ObjectFields } from './builder.js';
import { camelToSnake, type CamelToSnake } from '../rest/wire/toWire.js';
import { knownWireValues, UNKNOWN_VALUE, type OpenEnumRef } from './wireEnum.js';

/** Unknown values already warned about, bounded so that a misbehaving upstream cannot grow it without end. */
const warned = new Set<string>();
const MAX_WARNED = 1000;

/**
 * The values of a Pothos enum made with `values: { NAME: { value } }`.
 */
export function enumValues<V extends string>(values: Record<string, { value: V }>): readonly V[] {
  return Object.values(values).map((entry) => entry.value);
}

function warnOnce(enumName: string, value: unknown): void {
  const key = `${enumName}\u0000${String(value)}`;
  if (warned.has(key) || warned.size >= MAX_WARNED) return;
  warned.add(key);
  process.emitWarning(
    `Stream sent ${enumName} value ${JSON.stringify(value)}, which this gateway does not know; it is answered as UNKNOWN, and as sent in the field's Raw sibling`,
    { code: 'STREAM_UNKNOWN_ENUM_VALUE' },
  );
}

/**
 * A closed-set value from Stream as the open enum answers it: a known wire value as itself, any
 * other value as UNKNOWN (warned about once per value). No value is absent: null only where
 * Stream sent none and the field may be null; a required value Stream left out is UNKNOWN too.
 */
function enumValueOf(
  ref: OpenEnumRef<string>,
  value: unknown,
  nullable: boolean,
): string | typeof UNKNOWN_VALUE | null {
  if ((value === null || value === undefined) && nullable) return null;
  if (typeof value === 'string' && knownWireValues(ref).includes(value)) return value;
  warnOnce(ref.name, value);
  return UNKNOWN_VALUE;
}

/** Stream's closed-set value exactly as it came, known or not. */
function rawValue(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

interface OpenEnumFieldBase {
  description: string;
  /** Whether Stream may leave the value out (the enum field is then nullable). */
  nullable?: boolean;
}

/**
 * How the field reads the value as Stream sent it: `wire`, or by default the parent's key named
 * like the field in snake_case (`permissionVersion` reads `permission_version`), where it has one.
 */
type OpenEnumFieldOptions<Parent, Name extends string> = OpenEnumFieldBase &
  (CamelToSnake<Name> extends keyof Parent
    ? { wire?: (parent: Parent) => unknown }
    : { wire: (parent: Parent) => unknown });

type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

type OpenEnumFieldPair<Name extends string> = { [K in Name]: PothosSchemaTypes.FieldRef<Types, unknown> } & {
  [K in `${Name}Raw`]: PothosSchemaTypes.FieldRef<Types, string | null>;
};

/**
 * The two fields every closed set Stream answers is exposed as: `name`, the open enum (UNKNOWN
 * for a value added after this gateway was built), and `nameRaw`, the value exactly as Stream
 * sent it. Spread into an object type's fields: `...openEnumFields(t, PushProvider, 'pushProvider', {…})`.
 */
export function openEnumFields<Parent, const Name extends string>(
  t: ObjectFields<Parent>,
  ref: OpenEnumRef<string>,
  name: Name,
  { description, nullable = false, wire = wireKeyReader(name) }: OpenEnumFieldOptions<Parent, Name>,
): OpenEnumFieldPair<Name> {
  const field = nullable
    ? t.field({ type: ref, nullable: true, description, resolve: (parent) => enumValueOf(ref, wire(parent), true) })
    : t.field({
        type: ref,
        description,
        resolve: (parent) => enumValueOf(ref, wire(parent), false) ?? UNKNOWN_VALUE,
      });
  const raw = t.string({
    nullable: true,
    description: `${name} exactly as Stream sent it, including values added after this gateway was built (${name} is UNKNOWN for those).`,
    resolve: (parent) => rawValue(wire(parent)),
  });
  return { [name]: field, [`${name}Raw`]: raw } as unknown as OpenEnumFieldPair<Name>;
}

function wireKeyReader(name: string): (parent: unknown) => unknown {
  const key = camelToSnake(name);
  return (parent) => (parent as Record<string, unknown>)[key];
}

/** openEnumFields for an interface type: both builders make these fields alike. */
export function openEnumInterfaceFields<Parent, const Name extends string>(
  t: InterfaceFields<Parent>,
  ref: OpenEnumRef<string>,
  name: Name,
  options: OpenEnumFieldOptions<Parent, Name>,
): OpenEnumFieldPair<Name> {
  return openEnumFields(t as object as ObjectFields<Parent>, ref, name, options);
}
