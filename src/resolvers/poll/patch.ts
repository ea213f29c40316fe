import { typedSet, wirePatch, type PatchWireNames, type WirePatch } from '../../graphql/input/patch.js';
import type { PollPatch } from '../../schema/poll/inputs.js';

type Patch = typeof PollPatch.$inferInput;

const WIRE_NAMES: PatchWireNames<Patch> = {
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

/** updatePollPartial's `set` and `unset` from the typed patch (see src/graphql/input/patch.ts). */
export function pollPatchToWire(set: Patch | null | undefined, unset: readonly string[] | null | undefined): WirePatch {
  return wirePatch(typedSet(set, WIRE_NAMES), unset);
}
