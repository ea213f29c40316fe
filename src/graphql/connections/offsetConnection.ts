import { badUserInput } from '../errors.js';
import {
  connectionOf,
  decodeCursor,
  edgeOf,
  forwardPage,
  pageRequest,
  type Connection,
  type ConnectionArgs,
  type PageSizes,
} from './connectionArgs.js';

export interface OffsetLimits extends PageSizes {
  /** The largest `offset` the REST operation accepts. */
  maxOffset: number;
}

/** Reads `limit` items from `offset` on. */
export type FetchOffsetPage<T> = (offset: number, limit: number) => Promise<T[]>;

interface OffsetCursor {
  o: number;
}

const isOffsetCursor = (value: unknown): value is OffsetCursor =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as OffsetCursor).o) &&
  (value as OffsetCursor).o >= 0;

/**
 * A Relay connection over an offset/limit operation. Each cursor holds its item's offset.
 * Forward pages read one item more than asked to know whether more follow; a page of the
 * operation's maximum size asks for the next item separately.
 */
export async function offsetConnection<T>(
  args: ConnectionArgs,
  limits: OffsetLimits,
  fetchPage: FetchOffsetPage<T>,
): Promise<Connection<T>> {
  const request = pageRequest(args, limits);
  const edgesFrom = (start: number, items: readonly T[]) =>
    items.map((node, i) => edgeOf(node, { o: start + i } satisfies OffsetCursor));

  if (!request.forward) {
    const end = decodeCursor(request.before, 'before', isOffsetCursor).o;
    const start = Math.max(0, end - request.size);
    if (end === 0) return connectionOf([], false, true);
    checkOffset(start, limits.maxOffset, 'before');
    return connectionOf(edgesFrom(start, await fetchPage(start, end - start)), start > 0, true);
  }

  const start = request.after === undefined ? 0 : decodeCursor(request.after, 'after', isOffsetCursor).o + 1;
  checkOffset(start, limits.maxOffset, 'after');
  const nextStart = start + request.size;
  const { page, hasNextPage } = await forwardPage(
    request.size,
    limits.maxPageSize,
    (limit) => fetchPage(start, limit),
    // Past the largest offset the next page cannot be read at all; saying so is left to that request.
    async () => nextStart > limits.maxOffset || (await fetchPage(nextStart, 1)).length > 0,
  );
  return connectionOf(edgesFrom(start, page), start > 0, hasNextPage);
}

function checkOffset(offset: number, maxOffset: number, argument: string): void {
  if (offset > maxOffset) {
    throw badUserInput(
      `Stream reads this list only up to offset ${maxOffset}; narrow the filter or change the sort to reach further items`,
      { [argument]: `points past offset ${maxOffset}` },
    );
  }
}
