import { Instant } from '../../src/rest/wire/instant.js';
import { fetch } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { matches } from '../../src/emulator/validate.js';
import { FullUserResponse } from '../../src/rest/wire/users.js';
import { startHarness, streamErrorOf, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.state.users.clear());

const client = () => harness.client;

async function upsert(...users: Record<string, unknown>[]) {
  return client().updateUsers({ users: Object.fromEntries(users.map((user) => [user.id, user])) });
}

async function query(filter: Record<string, unknown>, options: Record<string, unknown> = {}) {
  const { users } = await client().queryUsers({ payload: { filter_conditions: filter, ...options } });
  return users.map((user) => user.id);
}

/** Reads a task until it completes; the first read reports it pending. */
async function completeTask(taskId: string) {
  const first = await client().getTask({ id: taskId });
  expect(first.status).toBe('pending');
  const second = await client().getTask({ id: taskId });
  expect(second.status).toBe('completed');
  return second.result ?? {};
}

describe('upsert, partial update and delete', () => {
  it('round-trips a user through create, read, update, hard delete and 404', async () => {
    const created = await upsert({
      id: 'alice',
      name: 'Alice',
      role: 'admin',
      teams: ['red'],
      custom: { city: 'Oslo' },
    });
    expect(Object.keys(created.users)).toEqual(['alice']);
    expect(created.users.alice).toMatchObject({ id: 'alice', name: 'Alice', role: 'admin', banned: false });

    const { users } = await client().queryUsers({ payload: { filter_conditions: { id: 'alice' } } });
    expect(users).toHaveLength(1);
    const raw = harness.emulator.log.at(-1);
    expect(raw?.status).toBe(200);
    expect(users[0]).toMatchObject({ name: 'Alice', teams: ['red'], custom: { city: 'Oslo' }, devices: [] });
    expect(users[0]!.created_at).toBeInstanceOf(Instant);

    await client().updateUsersPartial({
      users: [{ id: 'alice', set: { name: 'Alice B', mood: 'happy', teams: ['red', 'blue'] }, unset: ['city'] }],
    });
    const [updated] = (await client().queryUsers({ payload: { filter_conditions: { id: 'alice' } } })).users;
    expect(updated).toMatchObject({ name: 'Alice B', teams: ['red', 'blue'], custom: { mood: 'happy' } });
    expect(updated!.custom).not.toHaveProperty('city');
    expect(updated!.updated_at.getTime()).toBeGreaterThanOrEqual(updated!.created_at.getTime());
    const unnamed = await client().updateUsersPartial({ users: [{ id: 'alice', unset: ['name', 'teams'] }] });
    expect(unnamed.users.alice).not.toHaveProperty('name');
    expect(await query({ name: { $exists: false }, teams: { $exists: true } })).toEqual(['alice']);

    const { task_id } = await client().deleteUsers({ user_ids: ['alice'], user: 'hard' });
    expect(await query({ id: 'alice' })).toEqual(['alice']);
    expect(await completeTask(task_id)).toMatchObject({ user_ids: ['alice'] });
    expect(await query({ id: 'alice' })).toEqual([]);
    const error = await streamErrorOf(client().exportUser({ user_id: 'alice' }));
    expect([error.status, error.code]).toEqual([404, 16]);
    expect([(await streamErrorOf(client().restoreUsers({ user_ids: ['alice'] }))).code]).toEqual([16]);
  });

  it('answers queryUsers with every field FullUserResponse requires', async () => {
    await upsert({ id: 'full' });
    const { users } = await client().queryUsers({ payload: { filter_conditions: {} } });
    const wire = JSON.parse(JSON.stringify(users[0]));
    expect(matches(FullUserResponse, wire)).toBe(true);
    expect(users[0]).toMatchObject({
      role: 'user',
      language: '',
      online: false,
      invisible: false,
      blocked_user_ids: [],
    });
  });

  it('replaces the described data on upsert but keeps role and creation time', async () => {
    const first = await upsert({ id: 'bob', name: 'Bob', role: 'moderator', custom: { a: 1 } });
    const second = await upsert({ id: 'bob', custom: { b: 2 } });
    expect(second.users.bob).toMatchObject({ role: 'moderator', custom: { b: 2 } });
    expect(second.users.bob).not.toHaveProperty('name');
    expect(second.users.bob?.created_at).toEqual(first.users.bob?.created_at);
  });

  it('rejects partial updates of read-only fields and of missing users', async () => {
    await upsert({ id: 'carol' });
    const readOnly = await streamErrorOf(
      client().updateUsersPartial({ users: [{ id: 'carol', set: { banned: true } }] }),
    );
    expect([readOnly.status, readOnly.code]).toEqual([400, 4]);
    expect(readOnly.exceptionFields).toHaveProperty(['users.0.set.banned']);
    const missing = await streamErrorOf(client().updateUsersPartial({ users: [{ id: 'nobody', set: { name: 'x' } }] }));
    expect([missing.status, missing.code]).toEqual([404, 16]);
  });

  it('rejects an upsert whose key and id differ', async () => {
    const error = await streamErrorOf(client().updateUsers({ users: { one: { id: 'two' } } }));
    expect(error.code).toBe(4);
    expect(await query({})).toEqual([]);
  });

  it('soft-deletes restorably and prunes user data', async () => {
    await upsert({ id: 'soft', name: 'Soft' }, { id: 'pruned', name: 'Pruned', custom: { secret: 1 } });
    await completeTask((await client().deleteUsers({ user_ids: ['soft'] })).task_id);
    await completeTask((await client().deleteUsers({ user_ids: ['pruned'], user: 'pruning' })).task_id);
    expect(await query({})).toEqual([]);
    const exported = await client().exportUser({ user_id: 'pruned' });
    expect(exported.user?.deleted_at).toBeInstanceOf(Instant);
    expect(exported.user?.name).toBeUndefined();
    expect(exported.user?.custom).toEqual({});

    await client().restoreUsers({ user_ids: ['soft'] });
    expect(await query({})).toEqual(['soft']);
    const notDeleted = await streamErrorOf(client().restoreUsers({ user_ids: ['soft'] }));
    expect(notDeleted.code).toBe(4);
  });

  it('validates delete modes', async () => {
    await upsert({ id: 'dave' });
    const error = await streamErrorOf(client().deleteUsers({ user_ids: ['dave'], user: 'obliterate' }));
    expect(error.exceptionFields).toHaveProperty('user');
    const empty = await streamErrorOf(client().deleteUsers({ user_ids: [] }));
    expect(empty.code).toBe(4);
  });
});

describe('queryUsers filters, sorts and pages', () => {
  beforeEach(async () => {
    await upsert(
      { id: 'u1', name: 'Ada Lovelace', role: 'admin', teams: ['red'], custom: { level: 5, city: 'London' } },
      { id: 'u2', name: 'Alan Turing', role: 'user', teams: ['blue'], custom: { level: 9, city: 'London' } },
      { id: 'u3', name: 'Grace Hopper', role: 'moderator', teams: ['red', 'blue'], custom: { level: 7 } },
      { id: 'u4', name: 'Linus Torvalds', role: 'user', teams: [], custom: { level: 2, city: 'Helsinki' } },
      { id: 'u5', role: 'user', custom: { level: 9 } },
    );
  });

  it.each([
    [{ role: 'user' }, ['u2', 'u4', 'u5']],
    [{ role: { $eq: 'admin' } }, ['u1']],
    [{ role: { $ne: 'user' } }, ['u1', 'u3']],
    [{ id: { $in: ['u1', 'u4', 'ghost'] } }, ['u1', 'u4']],
    [{ id: { $nin: ['u1', 'u2'] } }, ['u3', 'u4', 'u5']],
    [{ teams: 'red' }, ['u1', 'u3']],
    [{ teams: { $in: ['blue'] } }, ['u2', 'u3']],
    [{ teams: { $contains: 'blue' } }, ['u2', 'u3']],
    [{ name: { $exists: false } }, ['u5']],
    [{ name: { $autocomplete: 'tur' } }, ['u2']],
    [{ name: { $autocomplete: 'GRA hop' } }, ['u3']],
    [{ name: { $autocomplete: 'ing' } }, []],
    [{ banned: false, role: 'admin' }, ['u1']],
    [{ level: 9 }, ['u2', 'u5']],
    [{ level: { $gte: 7 } }, ['u2', 'u3', 'u5']],
    [{ level: { $lt: 5 } }, ['u4']],
    [{ city: 'London', level: { $gt: 5 } }, ['u2']],
    [{ $or: [{ role: 'admin' }, { city: 'Helsinki' }] }, ['u1', 'u4']],
    [{ $and: [{ teams: 'red' }, { level: { $lte: 5 } }] }, ['u1']],
    [{ $nor: [{ role: 'user' }] }, ['u1', 'u3']],
  ])('filter %j', async (filter, expected) => {
    expect((await query(filter)).sort()).toEqual(expected);
  });

  it('filters by creation time, to the microsecond', async () => {
    const createdAt = (id: string) => harness.emulator.state.users.get(id)!.created_at;
    expect(createdAt('u3')).toMatch(/\.\d{6}Z$/);
    expect(await query({ created_at: { $gt: createdAt('u3') } })).toEqual(['u4', 'u5']);
    expect(await query({ created_at: { $lte: createdAt('u2') } })).toEqual(['u1', 'u2']);
    expect(await query({ created_at: { $in: [createdAt('u4')] } })).toEqual(['u4']);
    expect(await query({ created_at: { $lt: '2000-01-01T00:00:00Z' } })).toEqual([]);
  });

  it('sorts by several fields and pages by offset', async () => {
    const sort = [
      { field: 'role', direction: 1 },
      { field: 'level', direction: -1 },
    ];
    expect(await query({}, { sort })).toEqual(['u1', 'u3', 'u2', 'u5', 'u4']);
    expect(await query({}, { sort, limit: 2, offset: 2 })).toEqual(['u2', 'u5']);
    expect(await query({}, { sort: [{ field: 'created_at', direction: -1 }] })).toEqual(['u5', 'u4', 'u3', 'u2', 'u1']);
    expect(await query({})).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
  });

  it('answers 30 users by default and at most 100', async () => {
    await upsert(...Array.from({ length: 40 }, (_, i) => ({ id: `bulk-${i}` })));
    expect(await query({})).toHaveLength(30);
    expect(await query({}, { limit: 100 })).toHaveLength(45);
    const tooMany = await streamErrorOf(query({}, { limit: 101 }));
    expect(tooMany.code).toBe(4);
    const farOffset = await streamErrorOf(query({}, { offset: 1001 }));
    expect(farOffset.code).toBe(4);
  });

  it('rejects unknown operators and unsortable fields as 400/4 on filter_conditions', async () => {
    const operator = await streamErrorOf(query({ name: { $regex: 'a' } }));
    expect([operator.status, operator.code]).toEqual([400, 4]);
    expect(operator.exceptionFields).toHaveProperty('filter_conditions');
    const badDate = await streamErrorOf(query({ created_at: { $gt: 'yesterday' } }));
    expect(badDate.code).toBe(4);
    const sort = await streamErrorOf(query({}, { sort: [{ field: 'teams', direction: 1 }] }));
    expect(sort.exceptionFields).toHaveProperty('sort');
  });
});

describe('deactivation', () => {
  beforeEach(() => upsert({ id: 'eve' }, { id: 'frank' }, { id: 'grace' }));

  it('deactivates one user at once and hides them unless asked', async () => {
    const { user } = await client().deactivateUser({ user_id: 'eve' });
    expect(user?.deactivated_at).toBeInstanceOf(Instant);
    expect(await query({})).toEqual(['frank', 'grace']);
    expect(await query({}, { include_deactivated_users: true })).toEqual(['eve', 'frank', 'grace']);
    expect((await streamErrorOf(client().deactivateUser({ user_id: 'eve' }))).code).toBe(4);

    const reactivated = await client().reactivateUser({ user_id: 'eve', name: 'Eve Again' });
    expect(reactivated.user).toMatchObject({ name: 'Eve Again' });
    expect(reactivated.user?.deactivated_at).toBeUndefined();
    expect((await streamErrorOf(client().reactivateUser({ user_id: 'eve' }))).code).toBe(4);
    expect((await streamErrorOf(client().deactivateUser({ user_id: 'ghost' }))).code).toBe(16);
  });

  it('deactivates and reactivates many users through a task', async () => {
    const { task_id } = await client().deactivateUsers({ user_ids: ['eve', 'frank'] });
    expect(await query({})).toEqual(['eve', 'frank', 'grace']);
    expect(await completeTask(task_id)).toEqual({ user_ids: ['eve', 'frank'] });
    expect(await query({})).toEqual(['grace']);

    const reactivation = await client().reactivateUsers({ user_ids: ['eve', 'frank'] });
    await completeTask(reactivation.task_id);
    expect(await query({})).toEqual(['eve', 'frank', 'grace']);
    expect((await streamErrorOf(client().deactivateUsers({ user_ids: ['eve', 'ghost'] }))).code).toBe(16);
  });
});

describe('blocks', () => {
  beforeEach(() => upsert({ id: 'amy' }, { id: 'ben' }, { id: 'cat' }));

  it('blocks, lists with both users embedded, and unblocks', async () => {
    const blocked = await client().blockUsers({ user_id: 'amy', blocked_user_id: 'ben' });
    expect(blocked).toMatchObject({ blocked_by_user_id: 'amy', blocked_user_id: 'ben' });
    expect(blocked.created_at).toBeInstanceOf(Instant);
    await client().blockUsers({ user_id: 'amy', blocked_user_id: 'cat' });

    const { blocks } = await client().getBlockedUsers({ user_id: 'amy' });
    expect(blocks.map((block) => [block.user.id, block.blocked_user.id])).toEqual([
      ['amy', 'ben'],
      ['amy', 'cat'],
    ]);
    expect(harness.emulator.state.users.get('amy')!.blocked_user_ids).toEqual(['ben', 'cat']);

    await client().unblockUsers({ user_id: 'amy', blocked_user_id: 'ben' });
    expect((await client().getBlockedUsers({ user_id: 'amy' })).blocks.map((b) => b.blocked_user_id)).toEqual(['cat']);
    expect((await streamErrorOf(client().unblockUsers({ user_id: 'amy', blocked_user_id: 'ben' }))).code).toBe(16);
  });

  it('refuses blocking yourself, unknown users, and a server call that names nobody', async () => {
    const self = await streamErrorOf(client().blockUsers({ user_id: 'amy', blocked_user_id: 'amy' }));
    expect([self.status, self.code]).toEqual([400, 4]);
    const unknown = await streamErrorOf(client().blockUsers({ user_id: 'amy', blocked_user_id: 'ghost' }));
    expect([unknown.status, unknown.code]).toEqual([404, 16]);
    const nobody = await streamErrorOf(client().getBlockedUsers({}));
    expect(nobody.exceptionFields).toHaveProperty('user_id');
  });

  it('lets a user token block as itself only', async () => {
    const own = await harness.asUser('amy', 'blockUsers', { blocked_user_id: 'cat' });
    expect(own.status).toBe(201);
    expect(own.body.blocked_by_user_id).toBe('amy');
    const listed = await harness.asUser('amy', 'getBlockedUsers');
    expect(listed.body.blocks).toHaveLength(1);
    const other = await harness.asUser('amy', 'getBlockedUsers', { user_id: 'ben' });
    expect([other.status, other.body.code]).toEqual([403, 17]);
  });
});

describe('user tokens', () => {
  beforeEach(() => upsert({ id: 'hal', role: 'user' }, { id: 'ivy' }));

  it('may upsert and patch only their own user, without changing role', async () => {
    expect((await harness.asUser('hal', 'updateUsers', { users: { hal: { id: 'hal', name: 'Hal' } } })).status).toBe(
      201,
    );
    const other = await harness.asUser('hal', 'updateUsers', { users: { ivy: { id: 'ivy', name: 'x' } } });
    expect([other.status, other.body.code]).toEqual([403, 17]);
    const role = await harness.asUser('hal', 'updateUsersPartial', { users: [{ id: 'hal', set: { role: 'admin' } }] });
    expect([role.status, role.body.code]).toEqual([403, 17]);
    const patch = await harness.asUser('hal', 'updateUsersPartial', { users: [{ id: 'ivy', set: { name: 'x' } }] });
    expect(patch.status).toBe(403);
  });

  it('cannot call server-side user operations', async () => {
    const answer = await harness.asUser('hal', 'deactivateUser', { user_id: 'ivy' });
    expect([answer.status, answer.body.code]).toEqual([403, 17]);
  });
});

describe('live locations', () => {
  beforeEach(() => upsert({ id: 'walker' }));

  it('creates a location on first update, moves it after, and lists the active ones', async () => {
    const created = await client().updateLiveLocation({
      user_id: 'walker',
      message_id: 'm1',
      latitude: 52.37,
      longitude: 4.89,
    });
    expect(created).toMatchObject({ user_id: 'walker', message_id: 'm1', latitude: 52.37, longitude: 4.89 });
    const moved = await client().updateLiveLocation({ user_id: 'walker', message_id: 'm1', latitude: 52.4 });
    expect(moved).toMatchObject({ latitude: 52.4, longitude: 4.89 });
    expect(moved.created_at.getTime()).toBe(created.created_at.getTime());
    await client().updateLiveLocation({
      user_id: 'walker',
      message_id: 'ended',
      latitude: 1,
      longitude: 1,
      end_at: Instant.fromDate(new Date(Date.now() - 60_000)),
    });

    const { active_live_locations } = await client().getUserLiveLocations({ user_id: 'walker' });
    expect(active_live_locations.map((location) => [location.message_id, location.latitude])).toEqual([['m1', 52.4]]);
    const asUser = await harness.asUser('walker', 'getUserLiveLocations');
    expect(asUser.body.active_live_locations).toHaveLength(1);
  });

  it('needs coordinates for a new location and checks their range', async () => {
    const missing = await streamErrorOf(
      client().updateLiveLocation({ user_id: 'walker', message_id: 'm2', latitude: 1 }),
    );
    expect(missing.code).toBe(4);
    const range = await streamErrorOf(
      client().updateLiveLocation({ user_id: 'walker', message_id: 'm2', latitude: 91, longitude: 0 }),
    );
    expect(range.exceptionFields).toHaveProperty('latitude');
  });
});

describe('guests and exports', () => {
  it('creates a guest whose access token works as a user token', async () => {
    const { user, access_token } = await client().createGuest({
      user: { id: 'guest-1', name: 'Visitor', role: 'admin' },
    });
    expect(user).toMatchObject({ id: 'guest-1', name: 'Visitor', role: 'guest' });
    const response = await fetch(`${harness.emulator.url}/api/v2/users/block?api_key=${harness.emulator.apiKey}`, {
      headers: { authorization: access_token, 'stream-auth-type': 'jwt' },
    });
    expect(response.status).toBe(200);
    expect((await streamErrorOf(client().createGuest({ user: { id: 'guest-1' } }))).code).toBe(4);
  });

  it('exports one user at once and many through a task with a downloadable url', async () => {
    await upsert({ id: 'x1', name: 'Export One' }, { id: 'x2' });
    expect((await client().exportUser({ user_id: 'x1' })).user).toMatchObject({ id: 'x1', name: 'Export One' });

    const { task_id } = await client().exportUsers({ user_ids: ['x1', 'x2'] });
    const result = await completeTask(task_id);
    expect(typeof result.url).toBe('string');
    const download = await fetch(result.url as string);
    expect(download.status).toBe(200);
    const exported = (await download.json()) as { users: { id: string }[] };
    expect(exported.users.map((user) => user.id)).toEqual(['x1', 'x2']);
    expect((await streamErrorOf(client().exportUsers({ user_ids: ['ghost'] }))).code).toBe(16);
  });
});
