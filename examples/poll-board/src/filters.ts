import type { PollsQueryVariables } from './gql/graphql';

/** What the filter bar holds. */
export interface BoardFilter {
  state: 'all' | 'open' | 'closed';
  /** A user id; empty for anyone. */
  createdById: string;
  order: 'newest' | 'oldest' | 'name';
}

export const DEFAULT_FILTER: BoardFilter = { state: 'all', createdById: '', order: 'newest' };

export const PAGE_SIZE = 10;

/** The polls query's variables for a filter: the first page. */
export function pollsVariables(filter: BoardFilter): PollsQueryVariables {
  return {
    first: PAGE_SIZE,
    isClosed: filter.state === 'all' ? null : filter.state === 'closed',
    createdById: filter.createdById.trim() || null,
    sort: [
      filter.order === 'name'
        ? { field: 'name', direction: 'ASC' }
        : { field: 'created_at', direction: filter.order === 'newest' ? 'DESC' : 'ASC' },
    ],
  };
}
