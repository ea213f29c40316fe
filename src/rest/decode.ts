import { Kind, TransformKind, type TSchema } from '@sinclair/typebox';

interface SchemaNode {
  [Kind]?: string;
  [TransformKind]?: { Decode: (value: unknown) => unknown };
  properties?: Record<string, TSchema>;
  items?: TSchema;
  patternProperties?: Record<string, TSchema>;
  anyOf?: TSchema[];
}

type Decoder = (value: unknown) => unknown;

const unchanged: Decoder = (value) => value;
const decoders = new WeakMap<TSchema, Decoder>();

/**
 * Applies the schema's decoders (dates) to a JSON answer, in place, without validating it:
 * a gateway must keep serving when Stream adds a field or sends null where it promised a value.
 */
export function decodeLenient(schema: TSchema, value: unknown): unknown {
  return decoderFor(schema)(value);
}

/**
 * The decoder of a schema, made once: it visits only the properties, items and values under
 * which a decoder lies (needsDecoding), rather than looking the whole schema over per answer.
 */
function decoderFor(schema: TSchema): Decoder {
  const known = decoders.get(schema);
  if (known) return known;
  // A recursive schema meets itself while its decoder is being made: there, it looks the
  // finished decoder up when called.
  decoders.set(schema, (value) => decoderFor(schema)(value));
  const made = makeDecoder(schema);
  decoders.set(schema, made);
  return made;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function makeDecoder(schema: TSchema): Decoder {
  if (!needsDecoding(schema)) return unchanged;
  const node = schema as SchemaNode;
  const transform = node[TransformKind];
  if (transform) {
    return (value) => {
      if (value === null || value === undefined) return value;
      try {
        return transform.Decode(value);
      } catch {
        return value;
      }
    };
  }
  // Which branch applies follows the schema's shape, in this order, as it always did.
  const properties =
    node.properties &&
    Object.entries(node.properties)
      .filter(([, child]) => needsDecoding(child))
      .map(([key, child]) => [key, decoderFor(child)] as const);
  const items = node.items && decoderFor(node.items);
  const pattern = node.patternProperties && decoderFor(Object.values(node.patternProperties)[0]!);
  return (value) => {
    if (properties && isRecord(value)) {
      for (const [key, decode] of properties) if (key in value) value[key] = decode(value[key]);
      return value;
    }
    if (items && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = items(value[i]);
      return value;
    }
    if (pattern && isRecord(value)) {
      if (pattern === unchanged) return value;
      for (const key of Object.keys(value)) value[key] = pattern(value[key]);
      return value;
    }
    return value;
  };
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
