import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LoggedRequest } from '../../src/emulator/controls.js';
import { resetEmulatorAfterEach, until } from '../support/emulator.js';
import { startTestGateway, type GraphQLResult, type TestGateway } from '../support/gateway.js';
import { incrementalParts } from '../support/incrementalParts.js';

/**
 * Query.poll starts the queryPollVotes that Poll.votes will need alongside getPoll
 * (src/resolvers/poll/queries.ts, prefetchVotes): the same upstream calls as before, in one round trip.
 * Whether two calls were in flight together is read from the emulator's log (an entry's status
 * stays 0 until it is answered), with getPoll held back by the emulator's latency control:
 * nothing here depends on how long anything takes.
 */

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

/** Lets every pending promise job and timer of the gateway run, so that a stray rejection shows. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const S2 = `query S2($id: ID!) {
  poll(id: $id) {
    id name
    options { id text }
    createdBy { id name }
    votes(first: 20) { edges { node { id user { id name } } } }
  }
}`;

interface Run<R = GraphQLResult> {
  result: R;
  calls: LoggedRequest[];
  byOperation: Record<string, number>;
  /** Whether a call of `second` reached the emulator while a getPoll was still unanswered. */
  overlapped: boolean;
}

/**
 * Runs a query with getPoll held back, recording whether `second` arrived while getPoll was in
 * flight; `send` sends it (by default as one JSON answer).
 */
async function run<R = GraphQLResult>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  second = 'queryPollVotes',
  send: () => Promise<R> = () => gateway.query(query, variables, token) as Promise<R>,
) {
  const { log } = gateway.emulator;
  const start = log.length;
  gateway.emulator.controls.latencyByOperation.getPoll = 800;
  const pending = send();
  // Either the second call arrives, or getPoll is answered first; whichever happens, it is seen here.
  const entries = () => log.slice(start);
  const getPollAnswered = () => entries().some((e) => e.operation === 'getPoll' && e.status !== 0);
  const secondArrived = () => entries().some((e) => e.operation === second);
  let overlapped = false;
  await until(() => {
    if (secondArrived()) {
      overlapped ||= entries().some((e) => e.operation === 'getPoll' && e.status === 0);
      return true;
    }
    return getPollAnswered();
  });
  const result = await pending;
  await settle();
  const calls = log.slice(start);
  const byOperation: Record<string, number> = {};
  for (const call of calls) byOperation[call.operation] = (byOperation[call.operation] ?? 0) + 1;
  return { result, calls, byOperation, overlapped } satisfies Run<R>;
}

/** The same query without any getPoll latency, for the data to compare against. */
async function reference(query: string, variables?: Record<string, unknown>, token?: string) {
  gateway.emulator.resetControls();
  return gateway.query(query, variables, token);
}

describe('Query.poll with votes', () => {
  it('asks getPoll and queryPollVotes at the same time, and nothing else (S2)', async () => {
    const { result, byOperation, overlapped } = await run(S2, { id: 'poll-03' });
    expect(result.errors).toBeUndefined();
    expect(byOperation).toEqual({ getPoll: 1, queryPollVotes: 1 });
    expect(overlapped).toBe(true);
    const votes = result.data.poll.votes.edges;
    expect(votes.length).toBeGreaterThan(0);
    expect(result.data.poll.options.length).toBeGreaterThan(0);
    expect(result.extensions?.upstream?.requests).toBe(2);
    // Exactly what the query answers when nothing is started ahead (the pollVotes root field reads the same page).
    const direct = await reference(
      `query { pollVotes(pollId: "poll-03", first: 20) { edges { node { id user { id name } } } } }`,
    );
    expect(votes).toEqual(direct.data.pollVotes.edges);
  });

  it('sends the votes call the Poll.votes arguments ask for: filter, option, sort, page size, variables', async () => {
    const query = `query ($n: Int, $option: ID) {
      poll(id: "poll-03") {
        id
        votes(
          first: $n
          where: { optionId: { eq: $option }, isAnswer: { eq: false } }
          orderBy: [{ field: CREATED_AT, direction: ASC }]
        ) {
          edges { node { id optionId } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }`;
    const options = (await reference('{ poll(id: "poll-03") { options { optionId } } }')).data.poll.options;
    const variables = { n: 3, option: options[0].optionId };
    const expected = await reference(query, variables);
    const { result, byOperation, calls, overlapped } = await run(query, variables);
    expect(result.errors).toBeUndefined();
    expect(byOperation).toEqual({ getPoll: 1, queryPollVotes: 1 });
    expect(overlapped).toBe(true);
    expect(result.data).toEqual(expected.data);
    expect(calls.find((c) => c.operation === 'queryPollVotes')?.body).toMatchObject({
      limit: 3,
      sort: [{ field: 'created_at', direction: 1 }],
    });
  });

  it('works through fragments on Poll, named or inline', async () => {
    const query = `query ($id: ID!) {
      poll(id: $id) { id ...Votes ... on Poll { name } }
    }
    fragment Votes on Poll { votes(first: 2) { edges { node { id } } } }`;
    const { result, byOperation, overlapped } = await run(query, { id: 'poll-03' });
    expect(result.errors).toBeUndefined();
    expect(byOperation).toEqual({ getPoll: 1, queryPollVotes: 1 });
    expect(overlapped).toBe(true);
    expect(result.data.poll.votes.edges).toHaveLength(2);
  });

  it('votes in a deferred fragment: asked with getPoll all the same, and sent in the later part', async () => {
    const query = `{ poll(id: "poll-03") { id ... @defer { votes(first: 2) { edges { node { id } } } } } }`;
    const { result, byOperation, overlapped } = await run(query, undefined, undefined, 'queryPollVotes', () =>
      incrementalParts(gateway.url, query, gateway.serverToken),
    );
    expect(byOperation).toEqual({ getPoll: 1, queryPollVotes: 1 });
    expect(overlapped).toBe(true);
    const deferred = result.parts.flatMap((part) => part.incremental ?? []);
    expect(deferred).toHaveLength(1);
    expect(deferred[0]!.data.votes.edges).toHaveLength(2);
  });

  it('votes behind @include(if: true) or @skip(if: false): asked with getPoll all the same', async () => {
    const query = `query ($with: Boolean!) { poll(id: "poll-03") {
      id votes(first: 2) @include(if: $with) @skip(if: false) { edges { node { id } } }
    } }`;
    const { result, byOperation, overlapped } = await run(query, { with: true });
    expect(result.errors).toBeUndefined();
    expect(byOperation).toEqual({ getPoll: 1, queryPollVotes: 1 });
    expect(overlapped).toBe(true);
    expect(result.data.poll.votes.edges).toHaveLength(2);
  });

  it('reads votes as a user token reads them, in one round trip', async () => {
    const token = await gateway.userToken('user-001');
    const expected = await reference(S2, { id: 'poll-03' }, token);
    const { result, byOperation, calls, overlapped } = await run(S2, { id: 'poll-03' }, token);
    expect(result.errors).toBeUndefined();
    expect(byOperation).toEqual({ getPoll: 1, queryPollVotes: 1 });
    expect(overlapped).toBe(true);
    expect(result.data).toEqual(expected.data);
    expect(calls.every((c) => c.caller === 'server')).toBe(true);
    expect(calls.find((c) => c.operation === 'queryPollVotes')?.query.user_id).toBe('user-001');
  });
});

describe('nothing is started ahead when the votes call is not certain', () => {
  it('a later page (after a cursor): the same calls as before, one after the other', async () => {
    const first = await reference('{ poll(id: "poll-03") { votes(first: 2) { pageInfo { endCursor } } } }');
    const after = first.data.poll.votes.pageInfo.endCursor;
    const query = `query ($after: String) { poll(id: "poll-03") { votes(first: 2, after: $after) { edges { node { id } } } } }`;
    const expected = await reference(query, { after });
    const { result, byOperation, overlapped } = await run(query, { after });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(expected.data);
    expect(byOperation).toEqual({ getPoll: 1, queryPollVotes: 1 });
    expect(overlapped).toBe(false);
  });

  it('two aliases of votes: one call each, as before', async () => {
    const query = `{ poll(id: "poll-03") {
      a: votes(first: 1) { edges { node { id } } }
      b: votes(first: 2) { edges { node { id } } }
    } }`;
    const { result, byOperation, overlapped } = await run(query);
    expect(result.errors).toBeUndefined();
    expect(byOperation).toEqual({ getPoll: 1, queryPollVotes: 2 });
    expect(overlapped).toBe(false);
  });

  it('votes behind @include(if: false): no votes call at all', async () => {
    const query = `query ($with: Boolean!) { poll(id: "poll-03") { id votes(first: 2) @include(if: $with) { edges { node { id } } } } }`;
    const { result, byOperation } = await run(query, { with: false });
    expect(result.errors).toBeUndefined();
    expect(result.data.poll).toEqual({ id: 'poll-03' });
    expect(byOperation).toEqual({ getPoll: 1 });
  });

  it('arguments Poll.votes refuses: its BAD_USER_INPUT, and no votes call', async () => {
    const { result, byOperation } = await run(
      // Page sizes are refused before execution; a cursor that is no cursor only by Poll.votes itself.
      '{ poll(id: "poll-03") { id votes(first: 2, after: "not-a-cursor") { edges { node { id } } } } }',
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.path).toEqual(['poll', 'votes']);
    expect(result.data.poll).toEqual({ id: 'poll-03', votes: null });
    expect(byOperation).toEqual({ getPoll: 1 });
  });
});

describe('when the poll is not there', () => {
  it('a poll that does not exist: null, the votes answer dropped, nothing unhandled', async () => {
    const { result, byOperation } = await run(S2, { id: 'no-such-poll' });
    expect(result.data).toEqual({ poll: null });
    expect(result.errors).toBeUndefined();
    // The votes call was started with getPoll, before anyone knew.
    expect(byOperation.getPoll).toBe(1);
    expect(byOperation.queryPollVotes ?? 0).toBeLessThanOrEqual(1);
    expect(unhandled).toEqual([]);
  });

  it('getPoll failing: its error as before, nothing unhandled', async () => {
    gateway.emulator.controls.forcedErrors.push({ status: 500, operation: 'getPoll', times: 1 });
    const pending = gateway.query(S2, { id: 'poll-03' });
    const result = await pending;
    await settle();
    expect(result.data).toEqual({ poll: null });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_ERROR']);
    expect(unhandled).toEqual([]);
  });

  it('the votes call failing while getPoll succeeds: the votes error where it always was', async () => {
    gateway.emulator.controls.forcedErrors.push({ status: 500, operation: 'queryPollVotes', times: 1 });
    const result = await gateway.query(S2, { id: 'poll-03' });
    await settle();
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['poll', 'votes'], 'UPSTREAM_ERROR']]);
    expect(result.data.poll).toMatchObject({ id: 'poll-03', votes: null });
    expect(unhandled).toEqual([]);
  });
});
