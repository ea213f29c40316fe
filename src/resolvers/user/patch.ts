import { badUserInput } from '../../graphql/errors.js';
import { patchWireNames, typedSet, wirePatch, type PatchWireNames, type WirePatch } from '../../graphql/input/patch.js';
import { PrivacySettingsResponse, UserSetRequest } from '../../rest/wire/shared.js';
import { toWire } from '../../rest/wire/toWire.js';
import { privacyToWire, type UserPatch } from '../../schema/user/inputs.js';

type Patch = typeof UserPatch.$inferInput;
type TypedFields = Omit<Patch, 'custom'>;

const WIRE_NAMES: PatchWireNames<TypedFields> = patchWireNames(UserSetRequest);

/**
 * Names a custom field may not take: the typed fields' own (which would be set twice), the id and
 * `custom`. Stream refuses the read-only ones (created_at, banned, …) itself.
 */
const RESERVED = new Set([...Object.values(WIRE_NAMES), 'id', 'custom']);

/**
 * One user's `set` and `unset` for updateUsersPartial from the typed patch. Stream keeps custom
 * fields beside the built-in ones, so `custom` entries and `unsetCustom` names go to the top level
 * of `set`/`unset`; one that takes a built-in name is BAD_USER_INPUT, as is anything both set and
 * removed (src/graphql/input/patch.ts), before any upstream call.
 */
export function userPatchToWire(
  patch: { set?: Patch | null; unset?: readonly string[] | null; unsetCustom?: readonly string[] | null },
  path: string,
): WirePatch {
  const { custom, ...typed } = patch.set ?? {};
  const wireSet = typedSet(typed, WIRE_NAMES, `${path}.set`);
  if (typed.privacySettings)
    wireSet.privacy_settings = toWire(PrivacySettingsResponse, privacyToWire(typed.privacySettings));
  for (const [name, value] of Object.entries(custom ?? {})) {
    checkCustomName(name, `${path}.set.custom`);
    wireSet[name] = value;
  }
  for (const name of patch.unsetCustom ?? []) checkCustomName(name, `${path}.unsetCustom`);
  return wirePatch(wireSet, [...(patch.unset ?? []), ...(patch.unsetCustom ?? [])], `${path}.unset`);
}

function checkCustomName(name: string, path: string): void {
  if (name.trim() === '' || RESERVED.has(name)) {
    throw badUserInput(`${path}: "${name}" is not a custom field name`, { [path]: `cannot name ${name || 'nothing'}` });
  }
}
