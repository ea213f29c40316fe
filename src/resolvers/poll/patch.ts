import { badUserInput } from '../../graphql/errors.js';
import type { PollPatch } from '../../schema/poll/inputs.js';

type Patch = typeof PollPatch.$inferInput;

/** Each PollPatch field by its Stream name. */
const WIRE_NAMES: { readonly [K in keyof Required<Patch>]: string } = {
  name: 'name',
  description: 'description',
  votingVisibility: 'voting_visibility',
  enforceUniqueVote: 'enforce_unique_vote',
  maxVotesAllowed: 'max_votes_allowed',
  allowAnswers: 'allow_answers',
  allowUserSuggestedOptions: 'allow_user_suggested_options',
  isClosed: 'is_closed',
  custom: 'custom',
};

/**
 * updatePollPartial's `set` and `unset` from the typed patch. A setting set to null, or both set
 * and removed, is BAD_USER_INPUT before any upstream call: Stream would store null, or apply one
 * of the two silently.
 */
export function pollPatchToWire(
  set: Patch | null | undefined,
  unset: readonly string[] | null | undefined,
): { set?: Record<string, unknown>; unset?: string[] } {
  const wireSet: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(set ?? {})) {
    const name = WIRE_NAMES[field as keyof Patch];
    if (value === null) {
      throw badUserInput(`set.${field} cannot be null; list ${name.toUpperCase()} in unset to remove it`, {
        [`set.${field}`]: 'is null',
      });
    }
    if (value !== undefined) wireSet[name] = value;
  }
  const removed = unset ? [...new Set(unset)] : [];
  const both = removed.filter((name) => name in wireSet);
  if (both.length > 0) {
    throw badUserInput(`${both.join(', ')} cannot be both set and unset`, { unset: `also set: ${both.join(', ')}` });
  }
  return {
    ...(Object.keys(wireSet).length > 0 ? { set: wireSet } : {}),
    ...(removed.length > 0 ? { unset: removed } : {}),
  };
}
