import { parseJson, stringifyJson } from '../../rest/wire/json.js';
import { badInput } from '../errors.js';
import type { QueryFields } from './fields.js';
import { compareKeys, sortKey, sortItems, type SortSpec } from './sorting.js';

export interface CursorPageRequest {
  limit: number;
  next?: string;
  prev?: string;
}

export interface CursorPage<T> {
  items: T[];
  next?: string;
  prev?: string;
}

interface Cursor {
  /** The sort the cursor was made for. */
  s: string;
  /** `n`: the page after `k`; `p`: the page before `k`. */
  d: 'n' | 'p';
  /** The sort key of the item at the page boundary. */
  k: unknown[];
}

/**
 * Keyset pagination with opaque `next`/`prev` cursors, as Stream's query endpoints page: a cursor
 * holds the sort key of the last (or first) item shown, so walking forward and back returns
 * every item once even when items are added or removed in between.
 */
export function cursorPage<T>(
  schema: QueryFields<T>,
  sort: SortSpec[],
  items: T[],
  request: CursorPageRequest,
): CursorPage<T> {
  if (request.next && request.prev) throw badInput('next', 'send either next or prev, not both');
  const signature = sortSignature(sort);
  const keyed = sortItems(schema, sort, items).map((item) => ({ item, key: sortKey(schema, sort, item) }));
  let start = 0;
  let end = Math.min(keyed.length, request.limit);
  if (request.next) {
    const after = decodeCursor(request.next, 'n', signature, 'next');
    start = firstIndex(keyed, (key) => compareKeys(sort, key, after) > 0);
    end = Math.min(keyed.length, start + request.limit);
  } else if (request.prev) {
    const before = decodeCursor(request.prev, 'p', signature, 'prev');
    end = firstIndex(keyed, (key) => compareKeys(sort, key, before) >= 0);
    start = Math.max(0, end - request.limit);
  }
  const page = keyed.slice(start, end);
  return {
    items: page.map(({ item }) => item),
    next: end < keyed.length && page.length ? encodeCursor({ s: signature, d: 'n', k: page.at(-1)!.key }) : undefined,
    prev: start > 0 && page.length ? encodeCursor({ s: signature, d: 'p', k: page[0]!.key }) : undefined,
  };
}

/** Offset pagination, as queryUsers pages. */
export function offsetPage<T>(items: T[], limit: number, offset = 0): T[] {
  return items.slice(offset, offset + limit);
}

function firstIndex<K>(keyed: { key: K }[], test: (key: K) => boolean): number {
  const index = keyed.findIndex(({ key }) => test(key));
  return index === -1 ? keyed.length : index;
}

/** A short fingerprint of the sort, so that a cursor is not used under another order. */
function sortSignature(sort: SortSpec[]): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(sort)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(36);
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(stringifyJson(cursor)).toString('base64url');
}

function decodeCursor(text: string, direction: Cursor['d'], signature: string, param: string): unknown[] {
  let cursor: Partial<Cursor>;
  try {
    cursor = parseJson(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    throw badInput(param, 'is not a cursor this query returned');
  }
  if (cursor?.d !== direction || !Array.isArray(cursor.k)) throw badInput(param, 'is not a cursor this query returned');
  if (cursor.s !== signature) throw badInput(param, 'was made for a different sort');
  return cursor.k;
}
