import { patchWireNames, typedSet, wirePatch, type PatchWireNames, type WirePatch } from '../../graphql/input/patch.js';
import { PollSetRequest } from '../../rest/wire/polls.js';
import type { PollPatch } from '../../schema/poll/inputs.js';

type Patch = typeof PollPatch.$inferInput;

const WIRE_NAMES: PatchWireNames<Patch> = patchWireNames(PollSetRequest);

/** updatePollPartial's `set` and `unset` from the typed patch (see src/graphql/input/patch.ts). */
export function pollPatchToWire(set: Patch | null | undefined, unset: readonly string[] | null | undefined): WirePatch {
  return wirePatch(typedSet(set, WIRE_NAMES), unset);
}
