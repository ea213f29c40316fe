import type { TObject } from '@sinclair/typebox';
import type { CamelProperties } from '../../rest/wire/toWire.js';
import { builder } from '../builder.js';
import { badUserInput } from '../errors.js';
import { wireKeysByName } from '../wireType.js';

/** The Stream name of each field of a typed patch input (`isClosed` → `is_closed`). */
export type PatchWireNames<Patch> = { readonly [K in keyof Required<Patch>]: string };

/** The Stream name of each field of a patch input built from a wire body (`wireInputFields`): its key there. */
export function patchWireNames<Wire extends TObject>(wire: Wire): PatchWireNames<CamelProperties<Wire['properties']>> {
  return Object.fromEntries(wireKeysByName(wire)) as PatchWireNames<CamelProperties<Wire['properties']>>;
}

/**
 * The enum of a patch's `unset`: one value per wire key that can be removed, named by the key in
 * capitals (`voting_visibility` → VOTING_VISIBILITY), standing for that key, described by what the
 * field becomes. The keys are checked against the wire body by the compiler.
 */
export function unsetFieldEnum<Wire extends TObject>(
  name: string,
  options: { description: string; wire: Wire; becomes: { [K in keyof Wire['properties'] & string]?: string } },
) {
  const values = Object.fromEntries(
    Object.entries(options.becomes).map(([key, becomes]) => [key.toUpperCase(), { value: key, description: becomes }]),
  ) as Record<string, { value: string; description: string }>;
  return builder.enumType(name, { description: options.description, values });
}

/** A partial update as Stream takes it: fields to set and fields to remove, each left out when empty. */
export interface WirePatch {
  set?: Record<string, unknown>;
  unset?: string[];
}

/**
 * A typed patch's fields under their Stream names. A field set to null is BAD_USER_INPUT naming
 * its path: Stream would store null rather than remove it (that is what `unset` is for).
 */
export function typedSet<Patch extends object>(
  set: Patch | null | undefined,
  wireNames: PatchWireNames<Patch>,
  path = 'set',
): Record<string, unknown> {
  const wireSet: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(set ?? {})) {
    const name = wireNames[field as keyof Patch];
    if (value === null) {
      throw badUserInput(`${path}.${field} cannot be null; list ${name.toUpperCase()} in unset to remove it`, {
        [`${path}.${field}`]: 'is null',
      });
    }
    if (value !== undefined) wireSet[name] = value;
  }
  return wireSet;
}

/**
 * The one translation of a typed patch into Stream's `set`/`unset`: a field both set and
 * removed is BAD_USER_INPUT before any upstream call (Stream would apply one of the two silently).
 */
export function wirePatch(
  wireSet: Record<string, unknown>,
  unset: readonly string[] | null | undefined,
  path = 'unset',
): WirePatch {
  const removed = unset ? [...new Set(unset)] : [];
  const both = removed.filter((name) => name in wireSet);
  if (both.length > 0) {
    throw badUserInput(`${both.join(', ')} cannot be both set and unset`, { [path]: `also set: ${both.join(', ')}` });
  }
  return {
    ...(Object.keys(wireSet).length > 0 ? { set: wireSet } : {}),
    ...(removed.length > 0 ? { unset: removed } : {}),
  };
}
