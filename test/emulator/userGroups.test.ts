import { Instant } from '../../src/rest/wire/instant.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStreamError, seedUser, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  for (const id of ['ann', 'ben', 'cat', 'dan']) seedUser(harness.emulator, id);
});
afterAll(() => harness.close());

describe('user groups', () => {
  it('round-trips create → get → update → get → delete → get', async () => {
    const created = await harness.client.createUserGroup({
      name: 'Support',
      description: 'First line',
      member_ids: ['ann', 'ben'],
    });
    const group = created.user_group!;
    expect(group.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(group).toMatchObject({ name: 'Support', description: 'First line' });
    expect(group.members?.map((m) => m.user_id)).toEqual(['ann', 'ben']);

    const fetched = (await harness.client.getUserGroup({ id: group.id })).user_group!;
    expect(fetched.members).toHaveLength(2);
    const member = fetched.members![0]!;
    expect(member).toMatchObject({ group_id: group.id, user_id: 'ann', is_admin: false });
    expect(member.app_pk).toBeGreaterThan(0);
    expect(member.created_at).toBeInstanceOf(Instant);
    expect(member).not.toHaveProperty('user');

    const updated = await harness.client.updateUserGroup({ id: group.id, name: 'Support EU' });
    expect(updated.user_group).toMatchObject({ name: 'Support EU', description: 'First line' });
    const after = (await harness.client.getUserGroup({ id: group.id })).user_group!;
    expect(after.name).toBe('Support EU');
    expect(after.updated_at.getTime()).toBeGreaterThanOrEqual(after.created_at.getTime());

    await harness.client.deleteUserGroup({ id: group.id });
    await expectStreamError(harness.client.getUserGroup({ id: group.id }), { status: 404, code: 16 });
    await expectStreamError(harness.client.deleteUserGroup({ id: group.id }), { status: 404, code: 16 });
  });

  it('adds and removes members', async () => {
    const { user_group } = await harness.client.createUserGroup({ id: 'ops', name: 'Ops' });
    expect(user_group!.members).toEqual([]);
    const added = await harness.client.addUserGroupMembers({ id: 'ops', member_ids: ['cat', 'dan'], as_admin: true });
    expect(added.user_group!.members!.map((m) => [m.user_id, m.is_admin])).toEqual([
      ['cat', true],
      ['dan', true],
    ]);
    const removed = await harness.client.removeUserGroupMembers({ id: 'ops', member_ids: ['cat', 'not-a-member'] });
    expect(removed.user_group!.members!.map((m) => m.user_id)).toEqual(['dan']);
    await expectStreamError(harness.client.addUserGroupMembers({ id: 'ops', member_ids: ['ghost'] }), {
      status: 400,
      code: 4,
      field: 'member_ids',
    });
    await expectStreamError(harness.client.addUserGroupMembers({ id: 'nope', member_ids: ['ann'] }), {
      status: 404,
      code: 16,
    });
    await harness.client.deleteUserGroup({ id: 'ops' });
  });

  it('validates input naming the field', async () => {
    await expectStreamError(harness.client.createUserGroup({ name: '' }), { status: 400, code: 4, field: 'name' });
    await expectStreamError(harness.client.createUserGroup({ name: 'x', member_ids: ['ghost'] }), {
      status: 400,
      code: 4,
      field: 'member_ids',
    });
    await harness.client.createUserGroup({ id: 'taken', name: 'Taken' });
    await expectStreamError(harness.client.createUserGroup({ id: 'taken', name: 'Again' }), {
      status: 400,
      code: 4,
      field: 'id',
    });
    await expectStreamError(harness.client.listUserGroups({ limit: 101 }), { status: 400, code: 4, field: 'limit' });
    await expectStreamError(harness.client.searchUserGroups({ query: '' }), { status: 400, code: 4, field: 'query' });
    await harness.client.deleteUserGroup({ id: 'taken' });
  });

  it('scopes groups to teams', async () => {
    await harness.client.createUserGroup({ id: 'red-team', name: 'Red', team_id: 'red' });
    await expectStreamError(harness.client.getUserGroup({ id: 'red-team', team_id: 'blue' }), {
      status: 404,
      code: 16,
    });
    expect((await harness.client.getUserGroup({ id: 'red-team', team_id: 'red' })).user_group!.team_id).toBe('red');
    const red = await harness.client.listUserGroups({ team_id: 'red' });
    expect(red.user_groups.map((g) => g.id)).toEqual(['red-team']);
    expect((await harness.client.listUserGroups({ team_id: 'blue' })).user_groups).toEqual([]);
    await harness.client.deleteUserGroup({ id: 'red-team', team_id: 'red' });
  });
});

describe('pagination', () => {
  const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Alpha'];
  const ids: string[] = [];

  beforeAll(async () => {
    for (const name of names) ids.push((await harness.client.createUserGroup({ name })).user_group!.id);
  });

  it('walks listUserGroups with id_gt, every group exactly once, in creation order', async () => {
    const seen: string[] = [];
    let idGt: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const { user_groups } = await harness.client.listUserGroups({ limit: 4, id_gt: idGt });
      if (user_groups.length === 0) break;
      expect(user_groups.every((group) => group.members === undefined)).toBe(true);
      seen.push(...user_groups.map((group) => group.id));
      idGt = user_groups.at(-1)!.id;
    }
    expect(seen).toEqual(ids);
  });

  it('filters by created_at_gt', async () => {
    // The raw answer keeps the microseconds a Date would drop.
    const third = (await harness.rawAsServer('getUserGroup', { id: ids[2]! })).body.user_group;
    const { user_groups } = await harness.client.listUserGroups({ created_at_gt: third.created_at as string });
    expect(user_groups.map((group) => group.id)).toEqual(ids.slice(3));
  });

  it('walks searchUserGroups by name prefix with name_gt and id_gt', async () => {
    await harness.client.createUserGroup({ name: 'Zeta' });
    const seen: { name: string; id: string }[] = [];
    let cursor: { name_gt?: string; id_gt?: string } = {};
    for (let pages = 0; pages < 10; pages++) {
      const { user_groups } = await harness.client.searchUserGroups({ query: 'a', limit: 1, ...cursor });
      if (user_groups.length === 0) break;
      const last = user_groups.at(-1)!;
      seen.push({ name: last.name, id: last.id });
      cursor = { name_gt: last.name, id_gt: last.id };
    }
    expect(seen.map((group) => group.name)).toEqual(['Alpha', 'Alpha']);
    expect(new Set(seen.map((group) => group.id)).size).toBe(2);

    const everything: string[] = [];
    cursor = {};
    for (let pages = 0; pages < 10; pages++) {
      const { user_groups } = await harness.client.searchUserGroups({ query: 'A', limit: 25, ...cursor });
      if (user_groups.length === 0) break;
      everything.push(...user_groups.map((group) => group.name));
      cursor = { name_gt: user_groups.at(-1)!.name, id_gt: user_groups.at(-1)!.id };
    }
    expect(everything).toEqual(['Alpha', 'Alpha']);
  });
});

describe('auth', () => {
  it('is server-side only', async () => {
    for (const operation of ['listUserGroups', 'createUserGroup'] as const) {
      const answer = await harness.asUser('ann', operation, operation === 'createUserGroup' ? { name: 'x' } : {});
      expect(answer.status, operation).toBe(403);
      expect(answer.body.code, operation).toBe(17);
    }
  });
});
