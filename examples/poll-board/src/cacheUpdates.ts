import type { ApolloCache } from '@apollo/client';

/**
 * Which lists a poll belongs in can change (a new poll, a closed one, a new question under the
 * by-question order): the polls lists are dropped, and the lists on screen load their first page again.
 * Changed fields of the poll itself need nothing: the mutation's answer updates it by id.
 */
export function dropPollLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'polls' });
  cache.gc();
}

/** A deleted poll leaves the cache; lists skip it at once (relayStylePagination reads only what is left). */
export function evictPoll(cache: ApolloCache, id: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Poll', id }) });
  cache.gc();
}
