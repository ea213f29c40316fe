import {
  connectionOf,
  decodeCursor,
  edgeOf,
  pageRequest,
  type Connection,
  type ConnectionArgs,
  type Edge,
  type PageSizes,
} from './connectionArgs.js';

/** Where a page of a next/prev-cursor operation starts: the list's start, or a `next` or `prev` cursor. */
export interface PageOrigin {
  next?: string;
  prev?: string;
}

/** One answer of a next/prev-cursor operation. */
export interface StreamPage<T> {
  items: T[];
  next?: string;
  prev?: string;
}

export type FetchCursorPage<T> = (origin: PageOrigin, limit: number) => Promise<StreamPage<T>>;

/**
 * What an edge cursor holds: the request that produced its page (origin and limit), the edge's
 * index and the page's length, and Stream's `next` (on the last edge) or `prev` (on the first).
 */
interface PageCursor {
  o: PageOrigin;
  l: number;
  i: number;
  c: number;
  n?: string;
  p?: string;
}

const isPageCursor = (value: unknown): value is PageCursor => {
  const cursor = value as PageCursor;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof cursor.o === 'object' &&
    cursor.o !== null &&
    Number.isInteger(cursor.l) &&
    Number.isInteger(cursor.i) &&
    Number.isInteger(cursor.c) &&
    cursor.i >= 0 &&
    cursor.i < cursor.c
  );
};

function edgesOf<T>(page: StreamPage<T>, origin: PageOrigin, limit: number): Edge<T>[] {
  const count = page.items.length;
  return page.items.map((node, i) => {
    const cursor: PageCursor = { o: origin, l: limit, i, c: count };
    if (i === count - 1 && page.next) cursor.n = page.next;
    if (i === 0 && page.prev) cursor.p = page.prev;
    return edgeOf(node, cursor);
  });
}

/**
 * A Relay connection over an operation that pages with Stream's opaque `next`/`prev` cursors.
 * The end and start cursors of a page carry those, so walking page by page costs one call per
 * page; a cursor from inside a page reads that page again and continues from there.
 */
export async function pageCursorConnection<T>(
  args: ConnectionArgs,
  sizes: PageSizes,
  fetchPage: FetchCursorPage<T>,
): Promise<Connection<T>> {
  const request = pageRequest(args, sizes);
  const read = async (origin: PageOrigin, limit: number) => ({
    page: await fetchPage(origin, limit),
    origin,
    limit,
  });

  if (request.forward) {
    if (request.after === undefined) {
      const { page, origin, limit } = await read({}, request.size);
      return connectionOf(edgesOf(page, origin, limit), !!page.prev, !!page.next);
    }
    const after = decodeCursor(request.after, 'after', isPageCursor);
    if (after.i === after.c - 1) {
      if (!after.n) return connectionOf([], true, false);
      const { page, origin, limit } = await read({ next: after.n }, request.size);
      return connectionOf(edgesOf(page, origin, limit), true, !!page.next);
    }
    const { page, origin, limit } = await read(after.o, after.l);
    const rest = edgesOf(page, origin, limit).slice(after.i + 1);
    if (rest.length >= request.size || !page.next) {
      return connectionOf(rest.slice(0, request.size), true, rest.length > request.size || !!page.next);
    }
    const more = await read({ next: page.next }, request.size - rest.length);
    return connectionOf([...rest, ...edgesOf(more.page, more.origin, more.limit)], true, !!more.page.next);
  }

  const before = decodeCursor(request.before, 'before', isPageCursor);
  if (before.i === 0) {
    if (!before.p) return connectionOf([], false, true);
    const { page, origin, limit } = await read({ prev: before.p }, request.size);
    return connectionOf(edgesOf(page, origin, limit), !!page.prev, true);
  }
  const { page, origin, limit } = await read(before.o, before.l);
  const earlier = edgesOf(page, origin, limit).slice(0, before.i);
  if (earlier.length >= request.size || !page.prev) {
    return connectionOf(earlier.slice(-request.size), earlier.length > request.size || !!page.prev, true);
  }
  const more = await read({ prev: page.prev }, request.size - earlier.length);
  return connectionOf([...edgesOf(more.page, more.origin, more.limit), ...earlier], !!more.page.prev, true);
}
