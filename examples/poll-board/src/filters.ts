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
    where: {
      isClosed: filter.state === 'all' ? null : { eq: filter.state === 'closed' },
      createdById: filter.createdById.trim() ? { eq: filter.createdById.trim() } : null,
    },
    orderBy: [
      filter.order === 'name'
        ? { field: 'NAME', direction: 'ASC' }
        : { field: 'CREATED_AT', direction: filter.order === 'newest' ? 'DESC' : 'ASC' },
    ],
  };
}
