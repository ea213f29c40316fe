import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserToken } from '../../src/rest/auth.js';
import { until } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { sseSubscription, wsConnection, wsSubscription } from '../support/liveClients.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

/** Waits until the gateway holds `count` subscriptions, each listening for events. */
const listening = (count: number, target = gateway) => until(() => target.live.caps.total === count);

describe('pollUpdated', () => {
  it('over SSE, a subscriber gets the fresh poll after a mutation through the gateway changes it', async () => {
    const subscription = sseSubscription(
      gateway.url,
      gateway.serverToken,
      'subscription ($id: ID!) { pollUpdated(id: $id) { id name voteCount } }',
      { id: 'poll-02' },
    );
    const first = subscription.next();
    await listening(1);
    await gateway.queryData(
      'mutation { updatePollPartial(input: { pollId: "poll-02", set: { name: "Renamed over SSE" } }) { poll { id } } }',
    );
    const result = await first;
    expect(result?.errors).toBeUndefined();
    expect(result?.data?.pollUpdated).toMatchObject({ id: 'poll-02', name: 'Renamed over SSE' });
    await subscription.close();
    await listening(0);
  });

  it('over WebSocket, closing the poll reaches the subscriber with isClosed set', async () => {
    const client = wsConnection(gateway.wsUrl, await gateway.userToken('user-001'));
    const subscription = wsSubscription(client, 'subscription { pollUpdated(id: "poll-03") { id isClosed } }');
    const first = subscription.next();
    await listening(1);
    await gateway.queryData(
      'mutation { updatePollPartial(input: { pollId: "poll-03", set: { isClosed: true } }) { poll { id } } }',
    );
    expect((await first)?.data?.pollUpdated).toEqual({ id: 'poll-03', isClosed: true });
    await subscription.close();
    await client.dispose();
    await listening(0);
  });
});

describe('pollDeleted and userUpdated', () => {
  it('pollDeleted answers the id once and ends', async () => {
    await gateway.queryData(
      'mutation { createPoll(input: { id: "doomed", name: "Doomed?", userId: "user-001" }) { poll { id } } }',
    );
    const subscription = sseSubscription(
      gateway.url,
      gateway.serverToken,
      'subscription { pollDeleted(id: "doomed") }',
    );
    const first = subscription.next();
    await listening(1);
    await gateway.queryData('mutation { deletePoll(input: { pollId: "doomed" }) { deletedId } }');
    expect((await first)?.data).toEqual({ pollDeleted: 'doomed' });
    expect(await subscription.next()).toBeUndefined();
    await listening(0);
  });

  it("a user's subscription to another user carries their profile, never their private data", async () => {
    const client = wsConnection(gateway.wsUrl, await gateway.userToken('user-002'));
    const subscription = wsSubscription(
      client,
      'subscription { userUpdated(id: "user-003") { id name blockedUserIds pushNotifications { disabled } } }',
    );
    const first = subscription.next();
    await listening(1);
    await gateway.queryData(
      'mutation { updateUsersPartial(input: { users: [{ id: "user-003", set: { name: "Three" }, unset: [] }] }) { users { id } } }',
    );
    const result = await first;
    expect(result?.data?.userUpdated).toEqual({
      id: 'user-003',
      name: 'Three',
      blockedUserIds: null,
      pushNotifications: null,
    });
    expect(result?.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    await subscription.close();
    await client.dispose();
    await listening(0);
  });

  it("the user's own subscription carries their own data", async () => {
    const client = wsConnection(gateway.wsUrl, await gateway.userToken('user-004'));
    const subscription = wsSubscription(
      client,
      'subscription { userUpdated(id: "user-004") { id name blockedUserIds } }',
    );
    const first = subscription.next();
    await listening(1);
    await gateway.queryData(
      'mutation { updateUsersPartial(input: { users: [{ id: "user-004", set: { name: "Four" }, unset: [] }] }) { users { id } } }',
    );
    expect((await first)?.data?.userUpdated).toMatchObject({
      id: 'user-004',
      name: 'Four',
      blockedUserIds: expect.any(Array),
    });
    await subscription.close();
    await client.dispose();
    await listening(0);
  });
});

describe('events', () => {
  it('delivers only the chosen types, as typed events', async () => {
    const subscription = sseSubscription(
      gateway.url,
      gateway.serverToken,
      `subscription { events(types: [USER_UPDATED]) { type createdAt ... on UserEvent { userId user { id name } } ... on PollEvent { pollId } } }`,
    );
    const first = subscription.next();
    await listening(1);
    await gateway.queryData(
      'mutation { updatePollPartial(input: { pollId: "poll-05", set: { name: "not wanted" } }) { poll { id } } }',
    );
    await gateway.queryData(
      'mutation { updateUsersPartial(input: { users: [{ id: "user-005", set: { name: "Five" }, unset: [] }] }) { users { id } } }',
    );
    expect((await first)?.data?.events).toMatchObject({
      type: 'USER_UPDATED',
      userId: 'user-005',
      user: { id: 'user-005', name: 'Five' },
    });
    await subscription.close();
    await listening(0);
  });

  it('publishes a change once, however many times it is reported', async () => {
    const received: string[] = [];
    const stream = gateway.live.pubSub.subscribe('event');
    const reader = (async () => {
      for await (const event of stream) received.push(event.key);
    })();
    const event = {
      type: 'poll.updated' as const,
      pollId: 'poll-06',
      createdAt: new Date().toISOString(),
      key: 'poll.updated:poll-06:1',
    };
    expect(await gateway.live.publish(event)).toBe(true);
    expect(await gateway.live.publish({ ...event })).toBe(false);
    await until(() => received.length === 1);
    await stream.return();
    await reader;
    expect(received).toEqual(['poll.updated:poll-06:1']);
  });
});

describe('taskUpdated', () => {
  it('follows a delete task from pending to completed, then ends', async () => {
    const started = await gateway.queryData('mutation { deleteUsers(input: { userIds: ["user-190"] }) { taskId } }');
    const taskId = started.deleteUsers.taskId as string;
    const client = wsConnection(gateway.wsUrl, gateway.serverToken);
    const subscription = wsSubscription(client, 'subscription ($id: ID!) { taskUpdated(id: $id) { id status } }', {
      id: taskId,
    });
    const statuses: string[] = [];
    for (let result = await subscription.next(); result; result = await subscription.next()) {
      expect(result.errors).toBeUndefined();
      statuses.push(result.data.taskUpdated.status);
    }
    expect(statuses[0]).toBe('PENDING');
    expect(statuses.at(-1)).toBe('COMPLETED');
    expect(new Set(statuses).size).toBe(statuses.length);
    await until(() => gateway.live.tasks.active === 0);
    await client.dispose();
  });

  it('is refused to user tokens, and a missing task is NOT_FOUND', async () => {
    const user = sseSubscription(
      gateway.url,
      await gateway.userToken('user-001'),
      'subscription { taskUpdated(id: "x") { id } }',
    );
    expect((await user.next())?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await user.close();
    const missing = sseSubscription(
      gateway.url,
      gateway.serverToken,
      'subscription { taskUpdated(id: "nope") { id } }',
    );
    expect((await missing.next())?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await missing.close();
    await listening(0);
  });
});

describe('authentication and limits', () => {
  it('a WebSocket without a valid token is closed (4403) before any subscription', async () => {
    for (const token of [undefined, 'not-a-token']) {
      let closed: number | undefined;
      const client = wsConnection(gateway.wsUrl, token, (event) => (closed = event.code));
      const subscription = wsSubscription(client, 'subscription { pollDeleted(id: "poll-01") }');
      await expect(subscription.next()).rejects.toBeDefined();
      expect(closed).toBe(4403);
      await client.dispose();
    }
  });

  it('SSE without a token is refused with 401', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { pollDeleted(id: "poll-01") }' }),
    });
    expect(response.status).toBe(401);
    await response.body?.cancel();
  });

  it('the WebSocket closes (4401) when the token expires, and its subscriptions end', async () => {
    let closed: number | undefined;
    const expiring = await createUserToken(gateway.emulator.apiSecret, 'user-001', {
      validitySeconds: 3,
    });
    const client = wsConnection(gateway.wsUrl, expiring, (event) => (closed = event.code));
    const subscription = wsSubscription(client, 'subscription { pollDeleted(id: "poll-01") }');
    // Accepted and listening while the token is valid…
    await listening(1);
    expect(closed).toBeUndefined();
    // …then the stream ends, or the socket closes under it: both at the expiry.
    expect(await subscription.next().catch(() => undefined)).toBeUndefined();
    await until(() => closed === 4401);
    await listening(0);
    await client.dispose();
  });

  it('SSE streams end when the token expires', async () => {
    const expiring = await createUserToken(gateway.emulator.apiSecret, 'user-001', {
      validitySeconds: 3,
    });
    const subscription = sseSubscription(gateway.url, expiring, 'subscription { pollDeleted(id: "poll-01") }');
    const ended = subscription.next();
    await listening(1);
    expect(await ended).toBeUndefined();
    await listening(0);
  });

  it('depth and cost limits apply to subscriptions over both transports', async () => {
    const limited = await startTestGateway({ data: 'empty' }, { queryLimits: { maxDepth: 1 } });
    try {
      const query = 'subscription { pollUpdated(id: "p") { createdBy { id } } }';
      const sse = sseSubscription(limited.url, limited.serverToken, query);
      expect((await sse.next())?.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
      await sse.close();
      const client = wsConnection(limited.wsUrl, limited.serverToken);
      const ws = wsSubscription(client, query);
      expect((await ws.next())?.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
      await client.dispose();
      expect(limited.live.caps.total).toBe(0);
    } finally {
      await limited.close();
    }
  });

  it('caps subscriptions per connection and per caller', async () => {
    const gatewayWithCaps = await startTestGateway({ data: 'empty' }, {}, { caps: { perConnection: 2, perCaller: 3 } });
    try {
      const token = await gatewayWithCaps.userToken('user-001');
      const query = 'subscription { pollDeleted(id: "poll-01") }';
      const client = wsConnection(gatewayWithCaps.wsUrl, token);
      const a = wsSubscription(client, query);
      const b = wsSubscription(client, query);
      void a.next();
      void b.next();
      await listening(2, gatewayWithCaps);
      const third = wsSubscription(client, query);
      expect((await third.next())?.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');
      const other = wsConnection(gatewayWithCaps.wsUrl, token);
      const c = wsSubscription(other, query);
      void c.next();
      await listening(3, gatewayWithCaps);
      const fourth = wsSubscription(other, query);
      expect((await fourth.next())?.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');
      await a.close();
      await listening(2, gatewayWithCaps);
      const again = wsSubscription(other, query);
      void again.next();
      await listening(3, gatewayWithCaps);
      await client.dispose();
      await other.dispose();
      await listening(0, gatewayWithCaps);
    } finally {
      await gatewayWithCaps.close();
    }
  });
});
