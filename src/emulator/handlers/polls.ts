import { nowTimestamp } from '../clock.js';
import { badInput } from '../errors.js';
import type { Handlers } from '../handler.js';
import { DEFAULT_POLL_SORT, DEFAULT_VOTE_SORT, POLL_FIELDS, VOTE_FIELDS } from '../polls/fields.js';
import { requirePollEditor } from '../polls/access.js';
import { pollOptionHandlers } from '../polls/optionHandlers.js';
import { toPollData, toVoteData } from '../polls/present.js';
import { applyPollPatch, checkOptionText, pollSettings } from '../polls/settings.js';
import { pollsOf, type PollOptionRecord, type PollRecord } from '../polls/store.js';
import { compileFilter } from '../query/filters.js';
import { cursorPage } from '../query/pagination.js';
import { normalizeSort } from '../query/sorting.js';
import type { EmulatorState } from '../state.js';
import { actingUserId, requireActingUser } from '../users/acting.js';

/** Polls and votes pages hold this many items unless the request asks for up to 100. */
const DEFAULT_PAGE_SIZE = 10;

export function pollsHandlers(state: EmulatorState): Handlers {
  const polls = pollsOf(state);

  return {
    createPoll({ body, caller }) {
      const creator = requireActingUser(state, caller, body);
      const id: string = body.id ?? state.nextId('poll');
      if (id === '') throw badInput('id', 'must not be empty');
      if (polls.polls.has(id)) throw badInput('id', `a poll with id ${id} already exists`);
      const settings = pollSettings(body);
      const options: PollOptionRecord[] = [];
      (body.options ?? []).forEach((input: { text?: unknown; custom?: Record<string, unknown> }, i: number) => {
        const text = checkOptionText(options, input.text, `options.${i}.text`);
        options.push({ id: state.nextId('option'), text, custom: { ...(input.custom ?? {}) } });
      });
      const now = nowTimestamp();
      const poll: PollRecord = {
        id,
        ...settings,
        created_by_id: creator.id,
        created_at: now,
        updated_at: now,
        options,
        votes: [],
      };
      polls.polls.set(id, poll);
      return { poll: toPollData(state, poll, creator.id) };
    },

    updatePoll({ body, caller }) {
      const poll = polls.require(body.id);
      requirePollEditor(poll, caller);
      const viewer = actingUserId(caller, body.user_id, body.user);
      const settings = pollSettings(body);
      if (body.options) poll.options = replaceOptions(poll, body.options);
      Object.assign(poll, settings, { updated_at: nowTimestamp() });
      if (settings.max_votes_allowed === undefined) delete poll.max_votes_allowed;
      return { poll: toPollData(state, poll, viewer) };
    },

    updatePollPartial({ params, body, caller }) {
      const poll = polls.require(params.poll_id);
      requirePollEditor(poll, caller);
      const viewer = actingUserId(caller, body.user_id, body.user);
      const draft: PollRecord = { ...poll, custom: { ...poll.custom } };
      applyPollPatch(draft, body.set, body.unset);
      Object.assign(poll, draft, { updated_at: nowTimestamp() });
      if (draft.max_votes_allowed === undefined) delete poll.max_votes_allowed;
      return { poll: toPollData(state, poll, viewer) };
    },

    deletePoll({ params, caller }) {
      const poll = polls.require(params.poll_id);
      actingUserId(caller, params.user_id);
      requirePollEditor(poll, caller);
      polls.polls.delete(poll.id);
      return {};
    },

    getPoll({ params, caller }) {
      const poll = polls.require(params.poll_id);
      return { poll: toPollData(state, poll, actingUserId(caller, params.user_id)) };
    },

    queryPolls({ params, body, caller }) {
      const viewer = actingUserId(caller, params.user_id);
      const matches = compileFilter(body.filter, POLL_FIELDS, 'filter');
      const sort = normalizeSort(body.sort, POLL_FIELDS, DEFAULT_POLL_SORT);
      const page = cursorPage(POLL_FIELDS, sort, [...polls.polls.values()].filter(matches), {
        limit: body.limit || DEFAULT_PAGE_SIZE,
        next: body.next,
        prev: body.prev,
      });
      return {
        polls: page.items.map((poll) => toPollData(state, poll, viewer)),
        ...(page.next ? { next: page.next } : {}),
        ...(page.prev ? { prev: page.prev } : {}),
      };
    },

    queryPollVotes({ params, body, caller }) {
      const poll = polls.require(params.poll_id);
      const viewer = actingUserId(caller, params.user_id);
      const matches = compileFilter(body.filter, VOTE_FIELDS, 'filter');
      const sort = normalizeSort(body.sort, VOTE_FIELDS, DEFAULT_VOTE_SORT);
      const page = cursorPage(VOTE_FIELDS, sort, poll.votes.filter(matches), {
        limit: body.limit || DEFAULT_PAGE_SIZE,
        next: body.next,
        prev: body.prev,
      });
      const anonymous = poll.voting_visibility === 'anonymous';
      return {
        votes: page.items.map((vote) => toVoteData(state, vote, anonymous && vote.user_id !== viewer)),
        ...(page.next ? { next: page.next } : {}),
        ...(page.prev ? { prev: page.prev } : {}),
      };
    },

    ...pollOptionHandlers(state),
  };
}

/**
 * A full update's options: listed ids keep their votes (a new id becomes a new option), options
 * not listed go, with their votes.
 */
function replaceOptions(
  poll: PollRecord,
  requested: { id: string; text?: string; custom?: Record<string, unknown> }[],
): PollOptionRecord[] {
  const next: PollOptionRecord[] = [];
  requested.forEach((input, i) => {
    const existing = poll.options.find((option) => option.id === input.id);
    const text = checkOptionText(next, input.text ?? existing?.text, `options.${i}.text`);
    if (next.some((option) => option.id === input.id)) throw badInput(`options.${i}.id`, 'is listed twice');
    next.push({ id: input.id, text, custom: { ...(input.custom ?? existing?.custom ?? {}) } });
  });
  const kept = new Set(next.map((option) => option.id));
  poll.votes = poll.votes.filter((vote) => vote.is_answer || kept.has(vote.option_id));
  return next;
}
