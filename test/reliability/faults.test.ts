import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRawServer } from '../support/rawServer.js';
import { performance } from 'node:perf_hooks';
import { StreamTimeoutError } from '../../src/rest/index.js';
import { toGraphQLError } from '../../src/graphql/errors.js';
import { TEST_API_KEY, TEST_API_SECRET, clientFor, rejectionOf, until } from '../support/emulator.js';
import { startTestGateway } from '../support/gateway.js';
import type { Fault } from './support/faultProxy.js';
import { startFaultEnv, type FaultEnv } from './support/faultEnv.js';

// Each fault the proxy between gateway and emulator can inject, on a read and on a create, and
// what the GraphQL client is told. Requests are counted at the proxy, so retries are seen.

const SLOW_MS = 600;
let env: FaultEnv;
beforeAll(async () => {
  env = await startFaultEnv({ timeoutMs: 400 }, {}, SLOW_MS);
});
afterAll(() => env.close());
beforeEach(() => env.inject(() => undefined));

const POLL_PATH = '/api/v2/polls/poll-01';
const READ = `{ poll(id: "poll-01") { id } }`;
const CREATE = `mutation($id: ID) { createPoll(input: { userId: "user-001", name: "fault", id: $id }) {
  poll { id }
  userErrors { field code }
} }`;

/** The fault on the first `times` requests to `method pathname`, none afterwards. */
function firstOnly(fault: Fault, method: string, pathname: string, times = 1) {
  let left = times;
  env.inject((request) => {
    if (request.method !== method || request.pathname !== pathname || left === 0) return undefined;
    left -= 1;
    return fault;
  });
}

async function pollExists(id: string): Promise<boolean> {
  const result = await env.gateway.client.getPoll({ poll_id: id }).catch(() => undefined);
  return result !== undefined;
}

describe('a read (getPoll)', () => {
  it.each<Fault>(['resetBeforeForward', 'resetAfterForward', 'truncatedBody'])(
    '%s once: retried, and it answers',
    async (fault) => {
      const before = env.count('GET', POLL_PATH);
      firstOnly(fault, 'GET', POLL_PATH);
      const result = await env.gateway.query(READ);
      expect(result.errors).toBeUndefined();
      expect(result.data.poll.id).toBe('poll-01');
      expect(env.count('GET', POLL_PATH) - before).toBe(2);
    },
  );

  it('a reset on every attempt: UPSTREAM_ERROR after three tries', async () => {
    const before = env.count('GET', POLL_PATH);
    firstOnly('resetAfterForward', 'GET', POLL_PATH, 3);
    const result = await env.gateway.query(READ);
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(env.count('GET', POLL_PATH) - before).toBe(3);
  });

  it.each<Fault>(['blackHole', 'slowBody'])('%s: UPSTREAM_TIMEOUT in flight, not retried', async (fault) => {
    const before = env.count('GET', POLL_PATH);
    firstOnly(fault, 'GET', POLL_PATH);
    const result = await env.gateway.query(READ);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', phase: 'inFlight' });
    expect(env.count('GET', POLL_PATH) - before).toBe(1);
  });
});

describe('a read Stream serves over POST (queryPolls)', () => {
  it('reset once: retried like a GET, and it answers', async () => {
    const before = env.count('POST', '/api/v2/polls/query');
    firstOnly('resetBeforeForward', 'POST', '/api/v2/polls/query');
    const result = await env.gateway.query(`{ polls(first: 2) { edges { node { id } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.polls.edges).toHaveLength(2);
    expect(env.count('POST', '/api/v2/polls/query') - before).toBe(2);
  });
});

describe('a create without an id (createPoll), sent once whatever happens', () => {
  it.each<[Fault, boolean, string]>([
    ['resetBeforeForward', false, 'connection'],
    ['resetAfterForward', true, 'connection'],
    ['truncatedBody', true, 'connection'],
    ['blackHole', false, 'timeout'],
  ])('%s: UPSTREAM_OUTCOME_UNKNOWN with the id (applied: %s)', async (fault, applied, failure) => {
    const before = env.count('POST', '/api/v2/polls');
    firstOnly(fault, 'POST', '/api/v2/polls');
    const result = await env.gateway.query(CREATE);
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', operation: 'createPoll', failure });
    const id = error!.extensions!.id as string;
    expect(env.count('POST', '/api/v2/polls') - before).toBe(1);
    expect(await pollExists(id)).toBe(applied);

    // The recipe: send it again with the id. Stream refuses an id it has, so nothing is doubled.
    const again = await env.gateway.query(CREATE, { id });
    expect(again.errors).toBeUndefined();
    if (applied)
      expect(again.data.createPoll).toEqual({
        poll: null,
        userErrors: [{ field: ['input', 'id'], code: 'INVALID_INPUT' }],
      });
    else expect(again.data.createPoll).toEqual({ poll: { id }, userErrors: [] });
    expect(await pollExists(id)).toBe(true);
  });

  it('slow answer within the timeout: created', async () => {
    const slowEnv = await startFaultEnv({ timeoutMs: 2000 }, {}, 100);
    try {
      slowEnv.inject((request) => (request.pathname === '/api/v2/polls' ? 'slowBody' : undefined));
      const result = await slowEnv.gateway.query(CREATE);
      expect(result.errors).toBeUndefined();
      expect(result.data.createPoll.poll.id).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await slowEnv.close();
    }
  });
});

describe('only writes marked idempotent are retried', () => {
  it('an update keyed by its id (updatePoll) is retried; a delete (deletePoll) is not', async () => {
    const updateBefore = env.count('PUT', '/api/v2/polls');
    firstOnly('resetAfterForward', 'PUT', '/api/v2/polls');
    const updated = await env.gateway.query(
      `mutation { updatePoll(input: { id: "poll-02", name: "renamed", userId: "user-001" }) { poll { name } } }`,
    );
    expect(updated.errors).toBeUndefined();
    expect(env.count('PUT', '/api/v2/polls') - updateBefore).toBe(2);

    const deleteBefore = env.count('DELETE', '/api/v2/polls/poll-03');
    firstOnly('resetAfterForward', 'DELETE', '/api/v2/polls/poll-03');
    const deleted = await env.gateway.query(
      `mutation { deletePoll(input: { pollId: "poll-03", userId: "user-001" }) { deletedId } }`,
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    expect(env.count('DELETE', '/api/v2/polls/poll-03') - deleteBefore).toBe(1);
  });
});

describe('failures before anything was sent stay UPSTREAM_ERROR or UPSTREAM_TIMEOUT', () => {
  it('connection refused: a create is UPSTREAM_ERROR, not an unknown outcome', async () => {
    const closed = await startRawServer(() => ({ body: '{}' }));
    await closed.close();
    const client = clientFor({ apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, url: closed.url });
    const gateway = await startTestGateway(
      { data: 'demo', apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET },
      { client },
    );
    try {
      const result = await gateway.query(CREATE);
      expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    } finally {
      await gateway.close();
      await client.close();
    }
  });

  it('no socket free within the time: a create is UPSTREAM_TIMEOUT queued, and never reaches the proxy', async () => {
    const single = await startFaultEnv({ timeoutMs: 400, connections: 1 });
    try {
      single.inject((request) => (request.method === 'GET' ? 'blackHole' : undefined));
      const read = single.gateway.query(READ);
      await until(() => single.proxy.held().now === 1);
      const error = await rejectionOf(
        single.client.createPoll({ name: 'queued', user_id: 'user-001' }, { deadline: performance.now() + 100 }),
      );
      expect(error).toBeInstanceOf(StreamTimeoutError);
      expect(toGraphQLError(error)).toMatchObject({ extensions: { code: 'UPSTREAM_TIMEOUT', phase: 'queued' } });
      expect((await read).errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', phase: 'inFlight' });
      expect(single.count('POST', '/api/v2/polls')).toBe(0);
    } finally {
      await single.close();
    }
  });
});
