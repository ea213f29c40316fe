import type { GraphQLField } from 'graphql';
import { badUserInput } from '../errors.js';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

export interface PageSizes {
  defaultPageSize: number;
  /** The most items the REST operation answers in one call. */
  maxPageSize: number;
}

/** The largest page any Stream list operation answers; connections whose operation answers fewer declare it (pageSizeExtensions). */
const LARGEST_PAGE_SIZE = 100;

/** Field extensions declaring a connection's page sizes, which the gateway checks before a document's cost. */
export const pageSizeExtensions = (sizes: PageSizes) => ({ pageSizes: sizes });

/** The page sizes of a connection field: as declared, else the largest any operation answers; undefined for other fields. */
export function sizesOfField(field: GraphQLField<unknown, unknown>): PageSizes | undefined {
  const declared = field.extensions?.pageSizes as PageSizes | undefined;
  if (declared) return declared;
  const names = new Set(field.args.map((arg) => arg.name));
  return names.has('first') && names.has('after')
    ? { defaultPageSize: LARGEST_PAGE_SIZE, maxPageSize: LARGEST_PAGE_SIZE }
    : undefined;
}

/**
 * Why `last` needs `before`, for the refusal and for the descriptions of the lists that offer
 * `last`. Reading a list's end by asking Stream for the opposite sort and reversing the page was
 * weighed and left out: the page's cursors would be Stream's cursors (or offsets) of the reversed
 * order, which the list's own order cannot continue from, and Stream does not document how it
 * orders items with equal sort values, so the reversed order's first items need not be the last
 * ones of the list's order.
 */
export const LAST_NEEDS_BEFORE =
  '`last` needs `before`: Stream reads lists from their start only. Reversing the sort to reach the end would give cursors of another order and, among equal sort values, possibly other items; to read the end, sort the opposite way and use `first`.';

/** Which way a connection is read: `first` items after `after`, or `last` items before `before`. */
export type PageRequest =
  { forward: true; size: number; after?: string } | { forward: false; size: number; before: string };

/**
 * Checks Relay arguments against what the REST operation can do. Forward pages may start
 * anywhere; backward pages need `before`, because Stream's lists cannot be read from their end.
 */
export function pageRequest(args: ConnectionArgs, sizes: PageSizes): PageRequest {
  if (args.first != null && args.last != null) {
    throw badUserInput('pass either first or last, not both', { first: 'cannot be combined with last' });
  }
  if (args.last != null) {
    checkSize(args.last, 'last', sizes.maxPageSize);
    if (args.after != null)
      throw badUserInput('last pages backwards from before; after cannot be used with it', {
        after: 'cannot be combined with last',
      });
    if (args.before == null) throw badUserInput(LAST_NEEDS_BEFORE, { last: 'needs before' });
    return { forward: false, size: args.last, before: args.before };
  }
  if (args.before != null) {
    throw badUserInput('before pages backwards and needs last instead of first', { before: 'needs last' });
  }
  const size = args.first ?? sizes.defaultPageSize;
  checkSize(size, 'first', sizes.maxPageSize);
  return { forward: true, size, ...(args.after != null ? { after: args.after } : {}) };
}

function checkSize(size: number, argument: 'first' | 'last', max: number): void {
  const error = sizeError(size, argument, max);
  if (error) throw error;
}

function sizeError(size: unknown, argument: 'first' | 'last', max: number) {
  if (size == null || (typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= max))
    return undefined;
  return badUserInput(`${argument} must be between 1 and ${max}, the most Stream answers at once`, {
    [argument]: `must be between 1 and ${max}`,
  });
}

/** The error a connection would give for its `first`/`last`, if any. */
export function pageSizeError(args: ConnectionArgs, max: number) {
  return sizeError(args.first, 'first', max) ?? sizeError(args.last, 'last', max);
}

/**
 * A forward page of `size` items and whether more follow. One item more than asked is read to
 * know; a page of the operation's maximum size cannot ask for one more, so `moreAfter` asks
 * for what follows it separately.
 */
export async function forwardPage<T>(
  size: number,
  maxPageSize: number,
  read: (limit: number) => Promise<readonly T[]>,
  moreAfter: (page: readonly T[]) => Promise<boolean>,
): Promise<{ page: readonly T[]; hasNextPage: boolean }> {
  const items = await read(size < maxPageSize ? size + 1 : size);
  const page = items.slice(0, size);
  const full = items.length === size && size === maxPageSize;
  return { page, hasNextPage: items.length > size || (full && (await moreAfter(page))) };
}

function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The value inside a cursor this connection issued; anything else is BAD_USER_INPUT naming the argument. */
export function decodeCursor<T>(cursor: string, argument: string, isValid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value))
    throw badUserInput(`${argument} is not a cursor of this list`, { [argument]: 'is not a cursor of this list' });
  return value;
}

export function connectionOf<T>(edges: Edge<T>[], hasPreviousPage: boolean, hasNextPage: boolean): Connection<T> {
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/**
 * An edge whose cursor is written when something reads it. Most documents select only the
 * nodes, and writing every edge's cursor up front took about 1% of the gateway's CPU in bench S2.
 */
class LazyEdge<T> implements Edge<T> {
  #value: unknown;
  #cursor: string | undefined;

  constructor(
    readonly node: T,
    value: unknown,
  ) {
    this.#value = value;
  }

  get cursor(): string {
    return (this.#cursor ??= encodeCursor(this.#value));
  }
}

/** An edge holding `node`, whose cursor is `cursorValue` encoded (encodeCursor) when first read. */
export function edgeOf<T>(node: T, cursorValue: unknown): Edge<T> {
  return new LazyEdge(node, cursorValue);
}
