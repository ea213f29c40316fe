import { Kind, TransformKind, type TSchema } from '@sinclair/typebox';

interface SchemaNode {
  [Kind]?: string;
  [TransformKind]?: { Decode: (value: unknown) => unknown };
  properties?: Record<string, TSchema>;
  items?: TSchema;
  patternProperties?: Record<string, TSchema>;
  anyOf?: TSchema[];
}

/**
 * Applies the schema's decoders (dates) to a JSON answer, in place, without validating it:
 * a gateway must keep serving when Stream adds a field or sends null where it promised a value.
 */
export function decodeLenient(schema: TSchema, value: unknown): unknown {
  const node = schema as SchemaNode;
  if (value === null || value === undefined) return value;
  const transform = node[TransformKind];
  if (transform) {
    try {
      return transform.Decode(value);
    } catch {
      return value;
    }
  }
  if (node.properties && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(node.properties)) {
      if (key in record && needsDecoding(child)) record[key] = decodeLenient(child, record[key]);
    }
    return record;
  }
  if (node.items && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeLenient(node.items, value[i]);
    return value;
  }
  if (node.patternProperties && typeof value === 'object' && !Array.isArray(value)) {
    const child = Object.values(node.patternProperties)[0]!;
    if (!needsDecoding(child)) return value;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = decodeLenient(child, record[key]);
    return record;
  }
  return value;
}

const decodingCache = new WeakMap<TSchema, boolean>();

/** Whether any part of the schema carries a decoder; answers are only walked where one does. */
export function needsDecoding(schema: TSchema): boolean {
  const cached = decodingCache.get(schema);
  if (cached !== undefined) return cached;
  decodingCache.set(schema, false);
  const node = schema as SchemaNode;
  const result =
    node[TransformKind] !== undefined ||
    Object.values(node.properties ?? {}).some(needsDecoding) ||
    (node.items !== undefined && needsDecoding(node.items)) ||
    Object.values(node.patternProperties ?? {}).some(needsDecoding) ||
    (node.anyOf ?? []).some(needsDecoding);
  decodingCache.set(schema, result);
  return result;
}
