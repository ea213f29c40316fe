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

export interface KeysetPaging<T, K> {
  sizes: PageSizes;
  /** The keyset position of an item: what the operation's `*_gt` parameters take to resume after it. */
  keyOf: (item: T) => K;
  isKey: (value: unknown) => value is K;
  /** Reads up to `limit` items strictly after `after` (from the start when undefined). */
  fetchPage: (limit: number, after: K | undefined) => Promise<readonly T[]>;
}

/**
 * A Relay connection over an operation that pages by keyset (`id_gt`, `name_gt`...): each cursor
 * holds its item's key. One item more than asked is read to know whether more follow; a page of
 * the operation's maximum size asks for the item after it separately. Keysets only go forward,
 * so `last`/`before` are refused.
 */
export async function keysetConnection<T, K>(args: ConnectionArgs, paging: KeysetPaging<T, K>): Promise<Connection<T>> {
  const request = pageRequest(args, paging.sizes);
  if (!request.forward) {
    throw badUserInput('this list can only be read forwards: use first and after', { last: 'cannot page backwards' });
  }
  const after = request.after === undefined ? undefined : decodeCursor(request.after, 'after', paging.isKey);
  const { page, hasNextPage } = await forwardPage(
    request.size,
    paging.sizes.maxPageSize,
    (limit) => paging.fetchPage(limit, after),
    async (full) => {
      const last = full.at(-1);
      return last !== undefined && (await paging.fetchPage(1, paging.keyOf(last))).length > 0;
    },
  );
  const edges = page.map((node) => edgeOf(node, paging.keyOf(node)));
  return connectionOf(edges, after !== undefined, hasNextPage);
}
