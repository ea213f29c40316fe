import { randomUUID } from 'node:crypto';
import type { BlockListResponse } from '../../rest/wire/blocklists.js';
import { nowTimestamp } from '../clock.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import { compareText, keysetPage } from '../keysetPage.js';
import type { Emitted, EmulatorState } from '../state.js';
import { actingUserId, requireLiveUser } from '../users/acting.js';

type BlockListRecord = Emitted<BlockListResponse> & { id: string; created_at: string; updated_at: string };

const MAX_WORDS = 10_000;

/** Block lists are unique by name within a team (no team: the app-wide namespace). */
const keyOf = (name: string, team?: string) => `${team ?? ''}\u0000${name}`;

export function blocklistsHandlers(state: EmulatorState): Handlers {
  const lists = new Map<string, BlockListRecord>();

  function find(name: string, team?: string): BlockListRecord {
    const list = lists.get(keyOf(name, team));
    if (!list) throw notFound(`blocklist ${name}${team ? ` of team ${team}` : ''}`);
    return list;
  }

  return {
    listBlockLists({ params }) {
      const team = params.team as string | undefined;
      const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor as string);
      const { page, more } = keysetPage(
        [...lists.values()].filter((list) => team === undefined || list.team === team),
        compareLists,
        (list) => !after || compareLists(list, after) > 0,
        (params.limit as number | undefined) ?? Number.MAX_SAFE_INTEGER,
      );
      const last = page.at(-1);
      return {
        blocklists: page.map(wire),
        ...(more && last ? { next_cursor: encodeCursor(last) } : {}),
      };
    },

    createBlockList({ body, caller }) {
      const name = body.name as string;
      // A list created for a user (user_id, user, or a user token) belongs to that user.
      const ownerId = actingUserId(caller, body.user_id, body.user);
      if (ownerId !== undefined) requireLiveUser(state, ownerId);
      const team = body.team as string | undefined;
      if (lists.has(keyOf(name, team))) throw badInput('name', `blocklist ${name} already exists`);
      const type = (body.type as string | undefined) ?? 'word';
      const now = nowTimestamp();
      const list: BlockListRecord = {
        id: randomUUID(),
        name,
        type,
        words: checkedWords(body.words as string[], type),
        is_leet_check_enabled: body.is_leet_check_enabled ?? false,
        is_plural_check_enabled: body.is_plural_check_enabled ?? false,
        is_confusable_folding_enabled: body.is_confusable_folding_enabled ?? false,
        is_substring_matching_enabled: body.is_substring_matching_enabled ?? false,
        ...(team ? { team } : {}),
        ...(ownerId !== undefined ? { owner_user_id: ownerId } : {}),
        created_at: now,
        updated_at: now,
      };
      lists.set(keyOf(name, team), list);
      return { blocklist: wire(list) };
    },

    getBlockList({ params }) {
      return { blocklist: wire(find(params.name as string, params.team as string | undefined)) };
    },

    updateBlockList({ params, body, caller }) {
      const list = find(params.name as string, body.team as string | undefined);
      const actorId = actingUserId(caller, body.user_id, body.user);
      if (actorId !== undefined) requireLiveUser(state, actorId);
      if (body.words !== undefined) list.words = checkedWords(body.words as string[], list.type);
      if (body.is_leet_check_enabled !== undefined) list.is_leet_check_enabled = body.is_leet_check_enabled;
      if (body.is_plural_check_enabled !== undefined) list.is_plural_check_enabled = body.is_plural_check_enabled;
      if (body.is_confusable_folding_enabled !== undefined) {
        list.is_confusable_folding_enabled = body.is_confusable_folding_enabled;
      }
      if (body.is_substring_matching_enabled !== undefined) {
        list.is_substring_matching_enabled = body.is_substring_matching_enabled;
      }
      list.updated_at = nowTimestamp();
      return { blocklist: wire(list) };
    },

    deleteBlockList({ params }) {
      const list = find(params.name as string, params.team as string | undefined);
      lists.delete(keyOf(list.name, list.team));
      return {};
    },

    importBlockList({ params, body }) {
      const id = params.id as string;
      const target = [...lists.values()].find((list) => list.id === id);
      if (!target) throw notFound(`blocklist ${id}`);
      const items = checkedWords(body.items as string[], target.type, 'items');
      const taskId = state.startTask(() => {
        const list = [...lists.values()].find((candidate) => candidate.id === id);
        if (!list) throw new Error(`blocklist ${id} was deleted before the import ran`);
        const before = list.words.length;
        list.words = checkedWords([...list.words, ...items], list.type);
        list.updated_at = nowTimestamp();
        return { blocklist_id: id, imported: list.words.length - before, total: list.words.length };
      });
      return { task_id: taskId };
    },
  };
}

function compareLists(a: Pick<BlockListRecord, 'name' | 'team'>, b: Pick<BlockListRecord, 'name' | 'team'>): number {
  return compareText(a.name, b.name) || compareText(a.team ?? '', b.team ?? '');
}

function encodeCursor(list: BlockListRecord): string {
  return Buffer.from(JSON.stringify([list.name, list.team ?? ''])).toString('base64url');
}

function decodeCursor(cursor: string): Pick<BlockListRecord, 'name' | 'team'> {
  try {
    const [name, team] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof team === 'string') return { name, team: team || undefined };
  } catch {
    // falls through to the input error
  }
  throw badInput('cursor', 'is not a cursor this API returned');
}

/** Trims and de-duplicates entries; regex lists must hold valid expressions. */
function checkedWords(words: string[], type: string, field = 'words'): string[] {
  const unique = [...new Set(words.map((word) => word.trim()).filter(Boolean))];
  if (unique.length > MAX_WORDS) throw badInput(field, `a blocklist holds at most ${MAX_WORDS} entries`);
  if (type === 'regex') {
    for (const word of unique) {
      try {
        new RegExp(word);
      } catch {
        throw badInput(field, `"${word}" is not a valid regular expression`);
      }
    }
  }
  return unique;
}

function wire(list: BlockListRecord): BlockListRecord {
  return structuredClone(list);
}
