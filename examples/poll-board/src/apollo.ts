import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { POLLS_KEY_ARGS } from './pollsKeyArgs';
import type { Settings } from './settings';

/**
 * The only type policy the app needs: polls pages are merged by relayStylePagination, one list per
 * filter and order. Entities (polls, options, users) are normalized by their ids as the schema gives them.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: { Query: { fields: { polls: relayStylePagination(POLLS_KEY_ARGS) } } },
  });
}

export function createClient(settings: Settings): ApolloClient {
  return new ApolloClient({
    cache: createCache(),
    link: new HttpLink({
      uri: settings.gatewayUrl,
      headers: settings.token ? { authorization: `Bearer ${settings.token}` } : {},
    }),
  });
}
