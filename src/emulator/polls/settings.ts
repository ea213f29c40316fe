import { POLL_VOTING_VISIBILITIES } from '../../rest/wire/polls.js';
import { badInput } from '../errors.js';
import type { PollOptionRecord, PollRecord, VotingVisibility } from './store.js';

const VISIBILITIES = new Set<string>(POLL_VOTING_VISIBILITIES);
/** Stream caps the votes one user may cast on a poll at 10. */
const MAX_VOTES_LIMIT = 10;

export function checkVisibility(value: unknown, field: string): VotingVisibility {
  if (value === undefined) return 'public';
  if (typeof value !== 'string' || !VISIBILITIES.has(value)) throw badInput(field, 'must be public or anonymous');
  return value as VotingVisibility;
}

export function checkMaxVotes(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_VOTES_LIMIT) {
    throw badInput(field, `must be an integer from 1 to ${MAX_VOTES_LIMIT}`);
  }
  return value;
}

export function checkName(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw badInput(field, 'must be a non-empty string');
  return value;
}

/** Option texts must be present and distinct within a poll. */
export function checkOptionText(options: PollOptionRecord[], text: unknown, field: string, exceptId?: string): string {
  if (typeof text !== 'string' || text.trim() === '') throw badInput(field, 'must be a non-empty string');
  if (options.some((option) => option.id !== exceptId && option.text === text)) {
    throw badInput(field, `the poll already has an option "${text}"`);
  }
  return text;
}

/** What a request may carry about a poll's settings; `Custom` is also accepted, as Stream's case-insensitive JSON binding does. */
export interface PollSettingsRequest {
  name?: unknown;
  description?: unknown;
  voting_visibility?: unknown;
  enforce_unique_vote?: boolean;
  allow_user_suggested_options?: boolean;
  allow_answers?: boolean;
  max_votes_allowed?: unknown;
  is_closed?: boolean;
  Custom?: Record<string, unknown>;
  custom?: Record<string, unknown>;
}

/** Every setting from the request, defaults for those it leaves out (create and full update). */
export function pollSettings(request: PollSettingsRequest) {
  return {
    name: checkName(request.name, 'name'),
    description: typeof request.description === 'string' ? request.description : '',
    voting_visibility: checkVisibility(request.voting_visibility, 'voting_visibility'),
    enforce_unique_vote: request.enforce_unique_vote ?? false,
    allow_user_suggested_options: request.allow_user_suggested_options ?? false,
    allow_answers: request.allow_answers ?? false,
    max_votes_allowed: checkMaxVotes(request.max_votes_allowed, 'max_votes_allowed'),
    is_closed: request.is_closed ?? false,
    custom: { ...(request.Custom ?? request.custom ?? {}) },
  };
}

const BOOLEAN_SETTINGS = new Set(['enforce_unique_vote', 'allow_user_suggested_options', 'allow_answers', 'is_closed']);
const READ_ONLY = new Set([
  'id',
  'created_by_id',
  'created_by',
  'created_at',
  'updated_at',
  'options',
  'vote_count',
  'vote_counts_by_option',
  'latest_votes_by_option',
  'latest_answers',
  'answers_count',
  'own_votes',
]);

/** A partial update: `set` then `unset`; names that are not poll settings are custom data. */
export function applyPollPatch(poll: PollRecord, set: Record<string, unknown> = {}, unset: string[] = []): void {
  for (const [key, value] of Object.entries(set)) {
    const field = `set.${key}`;
    if (READ_ONLY.has(key)) throw badInput(field, 'cannot be changed');
    if (key === 'name') poll.name = checkName(value, field);
    else if (key === 'description') poll.description = typeof value === 'string' ? value : failType(field);
    else if (key === 'voting_visibility') poll.voting_visibility = checkVisibility(value, field);
    else if (key === 'max_votes_allowed') poll.max_votes_allowed = checkMaxVotes(value, field);
    else if (BOOLEAN_SETTINGS.has(key)) setBoolean(poll, key, value, field);
    else if (key === 'custom' || key === 'Custom') poll.custom = isObject(value) ? { ...value } : failType(field);
    else poll.custom[key] = value;
  }
  for (const key of unset) {
    if (key === 'name' || READ_ONLY.has(key)) throw badInput('unset', `${key} cannot be unset`);
    if (key === 'description') poll.description = '';
    else if (key === 'voting_visibility') poll.voting_visibility = 'public';
    else if (key === 'max_votes_allowed') delete poll.max_votes_allowed;
    else if (BOOLEAN_SETTINGS.has(key)) setBoolean(poll, key, false, 'unset');
    else if (key === 'custom' || key === 'Custom') poll.custom = {};
    else delete poll.custom[key];
  }
}

function setBoolean(poll: PollRecord, key: string, value: unknown, field: string): void {
  if (typeof value !== 'boolean') failType(field);
  (poll as unknown as Record<string, boolean>)[key] = value as boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failType(field: string): never {
  throw badInput(field, 'has the wrong type');
}
