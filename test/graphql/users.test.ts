import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

const ACTIVE_DEMO_USERS = 196;

const USERS_PAGE = `query ($first: Int, $after: String, $last: Int, $before: String, $includeDeactivated: Boolean) {
  users(first: $first, after: $after, last: $last, before: $before, includeDeactivated: $includeDeactivated) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('reading users', () => {
  it('user(id) reads a user; an unknown id is null, not an error', async () => {
    const { result, counts } = await gateway.countedQuery(`{
      ada: user(id: "user-001") { id name role teams custom createdAt blockedUserIds privacySettings { readReceipts { enabled } } }
      nobody: user(id: "nobody") { id }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.ada).toMatchObject({ id: 'user-001', name: 'Ada Lovelace', teams: ['red', 'blue'] });
    expect(result.data.ada.createdAt).toMatch(/^2026-/);
    expect(result.data.ada.blockedUserIds).toHaveLength(5);
    expect(result.data.nobody).toBeNull();
    expect(counts).toEqual({ queryUsers: 1 });
  });

  it('viewer is the calling user with unread counts; server tokens have none', async () => {
    const token = await gateway.userToken('user-001');
    const mine = await gateway.queryData(
      '{ viewer { id name unreadCount totalUnreadCount channelMutes { createdAt } mutes { target { id } } } }',
      undefined,
      token,
    );
    expect(mine.viewer).toMatchObject({ id: 'user-001', name: 'Ada Lovelace', unreadCount: expect.any(Number) });
    expect(mine.viewer.mutes).toEqual([{ target: { id: 'user-007' } }]);
    expect(mine.viewer.channelMutes).toHaveLength(1);
    const server = await gateway.queryData('{ viewer { id } }');
    expect(server.viewer).toBeNull();
  });

  it('users reads full users with their embedded devices in one request', async () => {
    const { result, counts } = await gateway.countedQuery(`{
      users(first: 3) { edges { node { id unreadChannels devices { id pushProvider user { id } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const users = result.data.users.edges.map((edge: any) => edge.node);
    expect(users.map((user: any) => user.id)).toEqual(['user-001', 'user-002', 'user-003']);
    expect(users[0].devices.map((device: any) => device.pushProvider)).toEqual(['FIREBASE', 'APN', 'APN']);
    expect(users[0].devices[0].user.id).toBe('user-001');
    expect(counts).toEqual({ queryUsers: 1 });
  });

  it('users serves typed user and channel mutes, with the embedded users primed', async () => {
    const { result, counts } = await gateway.countedQuery(`{
      users(where: { id: { in: ["user-001", "user-005"] } }) { edges { node {
        id
        mutes { user { id } target { id name } createdAt updatedAt expires }
        channelMutes { channel user { id } createdAt expires }
      } } }
    }`);
    expect(result.errors).toBeUndefined();
    const [ada, other] = result.data.users.edges.map((edge: any) => edge.node);
    expect(ada.mutes).toEqual([
      {
        user: { id: 'user-001' },
        target: { id: 'user-007', name: expect.any(String) },
        createdAt: '2026-02-15T00:00:00.000Z',
        updatedAt: '2026-02-15T00:00:00.000Z',
        expires: null,
      },
    ]);
    expect(ada.channelMutes).toEqual([
      {
        channel: expect.objectContaining({ cid: 'messaging:general', type: 'messaging', id: 'general' }),
        user: { id: 'user-001' },
        createdAt: '2026-02-16T00:00:00.000Z',
        expires: '2027-02-05T00:00:00.000Z',
      },
    ]);
    expect(other).toEqual({ id: 'user-005', mutes: [], channelMutes: [] });
    expect(counts).toEqual({ queryUsers: 1 });

    // The muted user came embedded in the mute: reading them by id afterwards asks Stream nothing more.
    const primed = await gateway.countedQuery(`{
      users(where: { id: { in: ["user-001"] } }) { edges { node { mutes { target { id } } } } }
      muted: user(id: "user-007") { id name }
    }`);
    expect(primed.result.errors).toBeUndefined();
    expect(primed.result.data.muted).toEqual({ id: 'user-007', name: ada.mutes[0].target.name });
    expect(primed.counts).toEqual({ queryUsers: 1 });
  });

  it('walks every active user forward exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let requests = 0;
    for (;;) {
      const data: any = await gateway.queryData(USERS_PAGE, { first: 50, after });
      requests += 1;
      const page = data.users;
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(requests).toBe(4);
    expect(seen).toHaveLength(ACTIVE_DEMO_USERS);
    expect(new Set(seen).size).toBe(ACTIVE_DEMO_USERS);
    expect(seen).not.toContain('user-197');
  });

  it('walks back from the last user to the first exactly once', async () => {
    const data: any = await gateway.queryData(USERS_PAGE, { first: 100, after: null, includeDeactivated: true });
    const second: any = await gateway.queryData(USERS_PAGE, {
      first: 100,
      after: data.users.pageInfo.endCursor,
      includeDeactivated: true,
    });
    expect(second.users.pageInfo.hasNextPage).toBe(false);
    const lastEdge = second.users.edges.at(-1);
    expect(lastEdge.node.id).toBe('user-200');

    const seen: string[] = [lastEdge.node.id];
    let before: string = lastEdge.cursor;
    for (;;) {
      const page: any = (await gateway.queryData(USERS_PAGE, { last: 30, before, includeDeactivated: true })).users;
      seen.unshift(...page.edges.map((edge: any) => edge.node.id));
      expect(page.pageInfo.hasNextPage).toBe(true);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
    expect(seen[0]).toBe('user-001');
  });

  it('a page of 100 asks whether more follow only when it is full', async () => {
    const first = await gateway.countedQuery(USERS_PAGE, { first: 100 });
    expect(first.result.data.users.edges).toHaveLength(100);
    expect(first.result.data.users.pageInfo.hasNextPage).toBe(true);
    expect(first.counts).toEqual({ queryUsers: 2 });
    const second = await gateway.countedQuery(USERS_PAGE, {
      first: 100,
      after: first.result.data.users.pageInfo.endCursor,
    });
    expect(second.result.data.users.edges).toHaveLength(ACTIVE_DEMO_USERS - 100);
    expect(second.result.data.users.pageInfo.hasNextPage).toBe(false);
    expect(second.counts).toEqual({ queryUsers: 1 });
  });

  it('filters by typed where joined with a Stream filter, and orders', async () => {
    const data = await gateway.queryData(`{
      admins: users(where: { role: { eq: "admin" } }, orderBy: [{ field: CREATED_AT, direction: DESC }]) { edges { node { id role } } }
      ada: users(where: { name: { autocomplete: "Ada" }, teams: { in: ["red"] } }, filter: { premium: true }) { edges { node { id } } }
      some: users(where: { id: { in: ["user-003", "user-197"] } }, includeDeactivated: true) { edges { node { id deactivatedAt } } }
    }`);
    const admins = data.admins.edges.map((edge: any) => edge.node);
    expect(admins.length).toBeGreaterThan(3);
    expect(admins.every((user: any) => user.role === 'admin')).toBe(true);
    expect(admins.map((user: any) => user.id)).toEqual(
      admins
        .map((user: any) => user.id)
        .sort()
        .reverse(),
    );
    expect(data.ada.edges.map((edge: any) => edge.node.id)).toContain('user-001');
    const some = data.some.edges.map((edge: any) => edge.node);
    expect(some.map((user: any) => user.id)).toEqual(['user-003', 'user-197']);
    expect(some[1].deactivatedAt).toBeTruthy();
  });

  it('refuses page sizes and offsets Stream cannot serve before any upstream call', async () => {
    const tooMany = await gateway.countedQuery(USERS_PAGE, { first: 101 });
    expect(tooMany.result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
    expect(tooMany.result.data).toBeUndefined();
    // A cursor is base64url JSON of its item's offset; this one points at offset 1000.
    const pastTheLimit = Buffer.from(JSON.stringify({ o: 1000 })).toString('base64url');
    const far = await gateway.countedQuery(USERS_PAGE, { first: 10, after: pastTheLimit });
    expect(far.result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
    expect(far.result.errors[0].message).toMatch(/1000/);
    const garbage = await gateway.countedQuery(USERS_PAGE, { first: 10, after: 'not-a-cursor' });
    expect(garbage.result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
    const noBefore = await gateway.countedQuery(USERS_PAGE, { last: 10 });
    expect(noBefore.result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { last: expect.any(String) },
    });
    for (const attempt of [tooMany, far, garbage, noBefore]) expect(attempt.counts).toEqual({});
  });

  it('relations: blocks, devices, live locations and polls of a user', async () => {
    const { result, counts } = await gateway.countedQuery(`{
      user(id: "user-001") {
        blocks { blockedUser { id } createdAt }
        blockedUsers { id }
        devices { id voip }
        liveLocations { messageId latitude user { id } }
        polls(first: 2) { edges { node { id createdById } } pageInfo { hasNextPage } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const ada = result.data.user;
    expect(ada.blocks.map((block: any) => block.blockedUser.id)).toEqual(ada.blockedUsers.map((user: any) => user.id));
    expect(ada.devices).toHaveLength(3);
    expect(ada.liveLocations).toHaveLength(2);
    expect(ada.polls.edges).toHaveLength(2);
    expect(ada.polls.edges.every((edge: any) => edge.node.createdById === 'user-001')).toBe(true);
    expect(ada.polls.pageInfo.hasNextPage).toBe(true);
    expect(counts).toEqual({ queryUsers: 1, getBlockedUsers: 1, getUserLiveLocations: 1, queryPolls: 1 });
  });
});

describe('user tokens', () => {
  it('read other users, but not their devices, blocks or live locations: those fields fail alone', async () => {
    const token = await gateway.userToken('user-002');
    const { result, counts } = await gateway.countedQuery(
      `{ user(id: "user-001") { name devices { id } blocks { createdAt } liveLocations { messageId } } }`,
      undefined,
      token,
    );
    expect(result.data.user).toEqual({ name: 'Ada Lovelace', devices: null, blocks: null, liveLocations: null });
    expect(result.errors.map((error: any) => [error.path.at(-1), error.extensions.code])).toEqual(
      expect.arrayContaining([
        ['devices', 'FORBIDDEN'],
        ['blocks', 'FORBIDDEN'],
        ['liveLocations', 'FORBIDDEN'],
      ]),
    );
    expect(counts).toEqual({ queryUsers: 1 });
  });

  it("see others' profiles in user lists, but only their own blocks, mutes and unread counts", async () => {
    const token = await gateway.userToken('user-002');
    const { result, counts } = await gateway.countedQuery(
      `{ users(where: { id: { in: ["user-001", "user-002"] } }) { edges { node { id name blockedUserIds unreadCount mutes { target { id } } } } } }`,
      undefined,
      token,
    );
    const [other, own] = result.data.users.edges.map((edge: any) => edge.node);
    expect(other).toEqual({
      id: 'user-001',
      name: 'Ada Lovelace',
      blockedUserIds: null,
      unreadCount: null,
      mutes: null,
    });
    expect(own).toMatchObject({
      id: 'user-002',
      blockedUserIds: expect.any(Array),
      unreadCount: expect.any(Number),
      mutes: [{ target: { id: 'user-001' } }],
    });
    expect(result.errors).toHaveLength(3);
    expect(result.errors.every((error: any) => error.extensions.code === 'FORBIDDEN' && error.path[2] === 0)).toBe(
      true,
    );
    expect(counts).toEqual({ queryUsers: 1 });
  });

  it('acting as someone else is FORBIDDEN before any upstream call', async () => {
    const token = await gateway.userToken('user-002');
    const { result, counts } = await gateway.countedQuery(
      `{ blockedUsers(userId: "user-001") { createdAt } }`,
      undefined,
      token,
    );
    expect(result.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(counts).toEqual({});
  });

  it('may not use the server-only user administration', async () => {
    const token = await gateway.userToken('user-002');
    const { result, counts } = await gateway.countedQuery(
      `mutation { deactivateUser(input: { userId: "user-003" }) { user { id } } }`,
      undefined,
      token,
    );
    expect(result.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(counts).toEqual({});
  });
});

describe('blocking', () => {
  it('blocks and unblocks as the calling user', async () => {
    const token = await gateway.userToken('user-120');
    const blocked = await gateway.queryData(
      `mutation { blockUser(input: { blockedUserId: "user-121" }) { block { blockedByUserId blockedBy { id } blockedUser { name } createdAt } } }`,
      undefined,
      token,
    );
    expect(blocked.blockUser.block).toMatchObject({ blockedByUserId: 'user-120', blockedBy: { id: 'user-120' } });
    expect(blocked.blockUser.block.blockedUser.name).toEqual(expect.any(String));

    const mine = await gateway.queryData('{ blockedUsers { blockedUserId } }', undefined, token);
    expect(mine.blockedUsers.map((block: any) => block.blockedUserId)).toContain('user-121');

    const unblocked = await gateway.queryData(
      `mutation { unblockUser(input: { blockedUserId: "user-121" }) { userId user { id } blockedUserId blockedUser { id } } }`,
      undefined,
      token,
    );
    expect(unblocked.unblockUser).toEqual({
      userId: 'user-120',
      user: { id: 'user-120' },
      blockedUserId: 'user-121',
      blockedUser: { id: 'user-121' },
    });

    const again = await gateway.queryData(
      `mutation { unblockUser(input: { blockedUserId: "user-121" }) { userId userErrors { code } } }`,
      undefined,
      token,
    );
    expect(again.unblockUser).toEqual({ userId: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('server callers name who blocks; leaving it out is BAD_USER_INPUT naming the field', async () => {
    const { result, counts } = await gateway.countedQuery(
      `mutation { blockUser(input: { blockedUserId: "user-121" }) { block { createdAt } } }`,
    );
    expect(result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.userId': expect.any(String) },
    });
    expect(counts).toEqual({});
  });

  it('blocking oneself is a userError naming the field Stream names', async () => {
    const result = await gateway.queryData(
      `mutation { blockUser(input: { userId: "user-130", blockedUserId: "user-130" }) { block { createdAt } userErrors { field code } } }`,
    );
    expect(result.blockUser).toEqual({
      block: null,
      userErrors: [{ field: ['input', 'blockedUserId'], code: 'INVALID_INPUT' }],
    });
  });
});

describe('live locations', () => {
  it('lists, starts and moves a shared location as the calling user', async () => {
    const token = await gateway.userToken('user-030');
    const started = await gateway.queryData(
      `mutation ($input: UpdateLiveLocationInput!) { updateLiveLocation(input: $input) { location { messageId latitude longitude endAt user { id } channelCid createdByDeviceId } } }`,
      { input: { messageId: 'message-030-9', latitude: 52.5, longitude: 13.4, endAt: '2099-01-01T00:00:00Z' } },
      token,
    );
    expect(started.updateLiveLocation.location).toMatchObject({
      messageId: 'message-030-9',
      latitude: 52.5,
      longitude: 13.4,
      user: { id: 'user-030' },
    });
    expect(started.updateLiveLocation.location.endAt).toMatch(/^2099-01-01T00:00:00/);
    const moved = await gateway.queryData(
      `mutation { updateLiveLocation(input: { messageId: "message-030-9", latitude: 48.1 }) { location { latitude longitude } } }`,
      undefined,
      token,
    );
    expect(moved.updateLiveLocation.location).toEqual({ latitude: 48.1, longitude: 13.4 });
    const listed = await gateway.queryData('{ liveLocations { messageId } }', undefined, token);
    expect(listed.liveLocations.map((location: any) => location.messageId)).toContain('message-030-9');
  });

  it('an out-of-range latitude is a userError naming the field', async () => {
    const result = await gateway.queryData(
      `mutation { updateLiveLocation(input: { userId: "user-031", messageId: "m", latitude: 123, longitude: 0 }) { location { latitude } userErrors { field code } } }`,
    );
    expect(result.updateLiveLocation).toEqual({
      location: null,
      userErrors: [{ field: ['input', 'latitude'], code: 'INVALID_INPUT' }],
    });
  });
});

describe('writing users (server)', () => {
  let server: TestGateway;
  beforeAll(async () => {
    server = await startTestGateway();
  });
  afterAll(() => server.close());

  async function write(query: string, variables?: Record<string, unknown>) {
    const result = await server.query(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data;
  }

  async function finished(taskId: string) {
    for (let attempt = 0; attempt < 10; attempt++) {
      const { task } = await write('query ($id: ID!) { task(id: $id) { status result } }', { id: taskId });
      if (task.status === 'COMPLETED' || task.status === 'FAILED') return task;
    }
    throw new Error(`task ${taskId} did not finish`);
  }

  it('upserts users, then changes single fields', async () => {
    const upserted = await write(
      `mutation ($input: UpsertUsersInput!) { upsertUsers(input: $input) { users { id name role teams custom privacySettings { typingIndicators { enabled } } } membershipDeletionTask { id } } }`,
      {
        input: {
          users: [
            {
              id: 'grace',
              name: 'Grace Hopper',
              role: 'admin',
              teams: ['navy'],
              custom: { rank: 'rear admiral' },
              privacySettings: { typingIndicators: false },
            },
            { id: 'alan', name: 'Alan Turing' },
          ],
        },
      },
    );
    expect(upserted.upsertUsers.users).toEqual([
      {
        id: 'grace',
        name: 'Grace Hopper',
        role: 'admin',
        teams: ['navy'],
        custom: { rank: 'rear admiral' },
        privacySettings: { typingIndicators: { enabled: false } },
      },
      { id: 'alan', name: 'Alan Turing', role: 'user', teams: [], custom: {}, privacySettings: null },
    ]);
    expect(upserted.upsertUsers.membershipDeletionTask).toBeNull();

    const patched = await write(
      `mutation { updateUsersPartial(input: { users: [{ id: "alan", set: { name: "A. M. Turing", custom: { field: "logic" } }, unset: [] }, { id: "grace", unsetCustom: ["rank"] }] }) { users { id name custom } } }`,
    );
    expect(patched.updateUsersPartial.users).toEqual([
      { id: 'alan', name: 'A. M. Turing', custom: { field: 'logic' } },
      { id: 'grace', name: 'Grace Hopper', custom: {} },
    ]);
  });

  it('refuses more than 100 users before any upstream call', async () => {
    const users = Array.from({ length: 101 }, (_, i) => ({ id: `bulk-${i}` }));
    const before = server.emulator.log.length;
    const result = await server.query(
      'mutation ($input: UpsertUsersInput!) { upsertUsers(input: $input) { users { id } } }',
      {
        input: { users },
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.users': expect.any(String) },
    });
    expect(server.emulator.log.length).toBe(before);
  });

  it('creates a guest with a token for it', async () => {
    const data = await write(
      `mutation { createGuest(input: { user: { id: "visitor", name: "Visitor" } }) { user { id name role } accessToken } }`,
    );
    expect(data.createGuest.user).toEqual({ id: 'visitor', name: 'Visitor', role: 'guest' });
    expect(data.createGuest.accessToken.split('.')).toHaveLength(3);
  });

  it('deactivates and reactivates one user at once', async () => {
    await write(`mutation { upsertUsers(input: { users: [{ id: "sleepy" }] }) { users { id } } }`);
    const off = await write(
      `mutation { deactivateUser(input: { userId: "sleepy", markMessagesDeleted: true }) { user { id deactivatedAt } } }`,
    );
    expect(off.deactivateUser.user.deactivatedAt).toBeTruthy();
    const hidden = await write(`{ users(where: { id: { in: ["sleepy"] } }) { edges { node { id } } } }`);
    expect(hidden.users.edges).toEqual([]);
    const on = await write(
      `mutation { reactivateUser(input: { userId: "sleepy", name: "Awake" }) { user { name deactivatedAt } } }`,
    );
    expect(on.reactivateUser.user).toEqual({ name: 'Awake', deactivatedAt: null });
    const twice = await write(
      `mutation { reactivateUser(input: { userId: "sleepy" }) { user { id } userErrors { field code } } }`,
    );
    expect(twice.reactivateUser).toEqual({
      user: null,
      userErrors: [{ field: ['input', 'userId'], code: 'INVALID_INPUT' }],
    });
  });

  it('deactivates and reactivates many users through tasks', async () => {
    await write(`mutation { upsertUsers(input: { users: [{ id: "m1" }, { id: "m2" }] }) { users { id } } }`);
    const off = await write(
      `mutation { deactivateUsers(input: { userIds: ["m1", "m2"], markChannelsDeleted: true }) { taskId userIds task { id status } } }`,
    );
    expect(off.deactivateUsers.userIds).toEqual(['m1', 'm2']);
    expect(off.deactivateUsers.task.id).toBe(off.deactivateUsers.taskId);
    expect((await finished(off.deactivateUsers.taskId)).result).toEqual({ user_ids: ['m1', 'm2'] });
    const deactivated = await write(
      `{ users(where: { id: { in: ["m1", "m2"] } }, includeDeactivated: true) { edges { node { deactivatedAt } } } }`,
    );
    expect(deactivated.users.edges).toHaveLength(2);
    expect(deactivated.users.edges.every((edge: any) => edge.node.deactivatedAt)).toBe(true);

    const on = await write(
      `mutation { reactivateUsers(input: { userIds: ["m1", "m2"], restoreMessages: true }) { taskId } }`,
    );
    await finished(on.reactivateUsers.taskId);
    const active = await write(`{ users(where: { id: { in: ["m1", "m2"] } }) { edges { node { id } } } }`);
    expect(active.users.edges).toHaveLength(2);
  });

  it('deletes users through a task and restores them', async () => {
    await write(`mutation { upsertUsers(input: { users: [{ id: "gone" }] }) { users { id } } }`);
    const deleted = await write(
      `mutation { deleteUsers(input: { userIds: ["gone"], user: SOFT, messages: HARD }) { taskId userIds } }`,
    );
    expect(deleted.deleteUsers.userIds).toEqual(['gone']);
    expect((await finished(deleted.deleteUsers.taskId)).result).toMatchObject({ user_ids: ['gone'], mode: 'soft' });
    expect((await write(`{ users(where: { id: { in: ["gone"] } }) { edges { node { id } } } }`)).users.edges).toEqual(
      [],
    );

    const restored = await write(
      `mutation { restoreUsers(input: { userIds: ["gone"] }) { userIds users { id deletedAt } } }`,
    );
    expect(restored.restoreUsers).toEqual({ userIds: ['gone'], users: [{ id: 'gone', deletedAt: null }] });

    const empty = await server.query(`mutation { deleteUsers(input: { userIds: [] }) { taskId } }`);
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.userIds': expect.any(String) },
    });
  });

  it('exports one user at once, and many through a task', async () => {
    await write(`mutation { upsertUsers(input: { users: [{ id: "exported", name: "Ex" }] }) { users { id } } }`);
    const one = await write(`{ userExport(userId: "exported") { user { id name } messages reactions { type } } }`);
    expect(one.userExport).toEqual({ user: { id: 'exported', name: 'Ex' }, messages: [], reactions: [] });
    const missing = await server.query(`{ userExport(userId: "nobody") { user { id } } }`);
    expect(missing).toMatchObject({ data: { userExport: null } });
    expect(missing.errors).toBeUndefined();

    const many = await write(`mutation { exportUsers(input: { userIds: ["exported"] }) { taskId } }`);
    const task = await finished(many.exportUsers.taskId);
    expect(task.result.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const tooMany = await server.query('mutation ($ids: [ID!]!) { exportUsers(input: { userIds: $ids }) { taskId } }', {
      ids: Array.from({ length: 26 }, (_, i) => `u${i}`),
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
