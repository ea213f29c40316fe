/** Unknown values already warned about, bounded so that a misbehaving upstream cannot grow it without end. */
const warned = new Set<string>();
const MAX_WARNED = 1000;

/**
 * The values of a Pothos enum made with `values: { NAME: { value } }`, for knownValue.
 */
export function enumValues<V extends string>(values: Record<string, { value: V }>): readonly V[] {
  return Object.values(values).map((entry) => entry.value);
}

/**
 * A closed-set value from Stream as the GraphQL enum holds it, or null when Stream sent a value
 * this gateway does not know yet (a storage type added after it was built, say). Such a value is
 * never dropped: the sibling `…Raw` field answers it as text (rawValue), and a warning is logged
 * once per value.
 */
export function knownValue<V extends string>(enumName: string, known: readonly V[], value: unknown): V | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && (known as readonly string[]).includes(value)) return value as V;
  const key = `${enumName}\u0000${String(value)}`;
  if (!warned.has(key) && warned.size < MAX_WARNED) {
    warned.add(key);
    process.emitWarning(
      `Stream sent ${enumName} value ${JSON.stringify(value)}, which this gateway does not know; it is answered in the field's Raw sibling`,
      { code: 'STREAM_UNKNOWN_ENUM_VALUE' },
    );
  }
  return null;
}

/** Stream's closed-set value exactly as it came, known or not. */
export function rawValue(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
