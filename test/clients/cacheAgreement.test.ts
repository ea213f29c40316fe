import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { POLLS_KEY_ARGS } from '../../examples/poll-board/src/pollsKeyArgs.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { pollBoardDocuments } from '../support/pollBoardDocuments.js';

/**
 * The poll board's documents through the two normalized caches frontends use, Apollo's
 * InMemoryCache and urql's graphcache, against the real gateway: each with nothing but relay-style
 * paging for `polls` configured, they must read the same data, and agree after a mutation.
 */

const DEMO_USER = 'user-001';
const documents = pollBoardDocuments();
const { Polls, Poll, UpdatePoll } = documents as Record<string, DocumentNode>;

let gateway: TestGateway;
let token: string;

beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
  token = await gateway.userToken(DEMO_USER);
});

afterAll(() => gateway?.close());

function apolloClient(): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache({
      typePolicies: { Query: { fields: { polls: relayStylePagination(POLLS_KEY_ARGS) } } },
    }),
    link: new HttpLink({ uri: gateway.url, headers: { authorization: `Bearer ${token}` } }),
  });
}

function urqlClient(): Client {
  return new Client({
    url: gateway.url,
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    // urql sends queries as GET by default; the gateway takes a GET only with a CSRF header
    // (src/security/csrf.ts). POST, as Apollo sends them, needs neither.
    preferGetMethod: false,
    exchanges: [cacheExchange({ resolvers: { Query: { polls: relayPagination() } } }), fetchExchange],
  });
}

/** Data without `__typename`, which Apollo adds to its results and urql's results leave out. */
function withoutTypenames(value: unknown): any {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, inner]) => [key, withoutTypenames(inner)]),
  );
}

/** A query's data through both clients from the network (their caches take it in on the way). */
async function fetchBoth(apollo: ApolloClient, urql: Client, query: DocumentNode, variables: Record<string, unknown>) {
  const fromApollo = await apollo.query({ query, variables, fetchPolicy: 'network-only' });
  const fromUrql = await urql.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
  expect(fromApollo.error).toBeUndefined();
  expect(fromUrql.error).toBeUndefined();
  return { apollo: withoutTypenames(fromApollo.data), urql: withoutTypenames(fromUrql.data) };
}

/** What both caches answer for a query, without a request upstream. */
async function fromCaches(apollo: ApolloClient, urql: Client, query: DocumentNode, variables: Record<string, unknown>) {
  const { total, results } = await countedCacheReads(() => ({
    apollo: withoutTypenames(apollo.readQuery({ query, variables })),
    urql: withoutTypenames(urql.readQuery(query, variables, { requestPolicy: 'cache-only' })?.data),
  }));
  expect(total, 'cache reads ask nothing upstream').toBe(0);
  return results;
}

async function countedCacheReads<T>(read: () => T): Promise<{ total: number; results: T }> {
  let results!: T;
  const { total } = await gateway.countUpstream(async () => {
    results = read();
  });
  return { total, results };
}

const ids = (data: any): string[] => data.polls.edges.map((edge: any) => edge.node.id);

it('reads the same pages of polls, merged page by page, and the same poll with options and voters', async () => {
  const apollo = apolloClient();
  const urql = urqlClient();
  const newest = [{ field: 'CREATED_AT', direction: 'DESC' }];
  const firstPage = { first: 5, orderBy: newest };
  const one = await fetchBoth(apollo, urql, Polls!, firstPage);
  expect(one.urql).toEqual(one.apollo);
  expect(ids(one.apollo)).toHaveLength(5);
  const two = await fetchBoth(apollo, urql, Polls!, { ...firstPage, after: one.apollo.polls.pageInfo.endCursor });
  expect(two.urql).toEqual(two.apollo);

  // Both caches merged the second page behind the first under the first page's variables (and
  // both answered the second request with the merged list already).
  const merged = await fromCaches(apollo, urql, Polls!, firstPage);
  const firstTen = await gateway.queryData(
    '{ polls(first: 10, orderBy: [{ field: CREATED_AT, direction: DESC }]) { edges { node { id } } } }',
    undefined,
    token,
  );
  expect(ids(merged.apollo)).toEqual(ids(firstTen));
  expect(ids(two.apollo)).toEqual(ids(firstTen));
  expect(ids(merged.urql)).toEqual(ids(merged.apollo));
  expect(merged.urql.polls.pageInfo).toEqual(two.apollo.polls.pageInfo);

  const pollId = ids(one.apollo)[0]!;
  const poll = await fetchBoth(apollo, urql, Poll!, { id: pollId });
  expect(poll.urql).toEqual(poll.apollo);
  expect(poll.apollo.poll.options.length).toBeGreaterThan(1);
});

it('agrees after a mutation: the changed poll reads the same, changed, in the list and by id, from both caches', async () => {
  const apollo = apolloClient();
  const urql = urqlClient();
  const mine = {
    first: 10,
    where: { createdById: { eq: DEMO_USER } },
    orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }],
  };
  const list = await fetchBoth(apollo, urql, Polls!, mine);
  expect(list.urql).toEqual(list.apollo);
  const pollId = ids(list.apollo)[0]!;
  const detail = await fetchBoth(apollo, urql, Poll!, { id: pollId });
  expect(detail.urql).toEqual(detail.apollo);

  const set = { name: 'Renamed in both caches', description: 'Changed once, seen everywhere.' };
  const input = { pollId, set };
  const fromUrql = await urql.mutation(UpdatePoll!, { input }).toPromise();
  expect(fromUrql.error).toBeUndefined();
  const fromApollo = await apollo.mutate({ mutation: UpdatePoll!, variables: { input } });
  expect(fromApollo.error).toBeUndefined();
  expect(withoutTypenames(fromUrql.data)).toEqual(withoutTypenames(fromApollo.data));

  const listAfter = await fromCaches(apollo, urql, Polls!, mine);
  const detailAfter = await fromCaches(apollo, urql, Poll!, { id: pollId });
  expect(listAfter.urql).toEqual(listAfter.apollo);
  expect(detailAfter.urql).toEqual(detailAfter.apollo);
  const listed = listAfter.apollo.polls.edges.find((edge: any) => edge.node.id === pollId).node;
  expect(listed).toMatchObject(set);
  expect(detailAfter.apollo.poll).toMatchObject(set);

  // And what the caches hold is what the gateway answers now.
  const fresh = await fetchBoth(apolloClient(), urqlClient(), Poll!, { id: pollId });
  expect(detailAfter.apollo).toEqual(fresh.apollo);
});
