import { Instant } from '../../src/rest/wire/instant.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStreamError, seedUser, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const BUILTIN_ROLES = ['admin', 'anonymous', 'channel_member', 'channel_moderator', 'guest', 'moderator', 'user'];

describe('roles', () => {
  it('starts with the built-in roles', async () => {
    const { roles } = await harness.client.listRoles();
    expect(roles.map((role) => role.name)).toEqual(BUILTIN_ROLES);
    for (const role of roles) {
      expect(role.custom).toBe(false);
      expect(role.created_at).toBeInstanceOf(Instant);
    }
  });

  it('creates, lists and deletes a custom role', async () => {
    const { role } = await harness.client.createRole({ name: 'special_agent' });
    expect(role).toMatchObject({ name: 'special_agent', custom: true, scopes: [] });
    expect((await harness.client.listRoles()).roles.map((r) => r.name)).toContain('special_agent');
    await harness.client.deleteRole({ name: 'special_agent' });
    expect((await harness.client.listRoles()).roles.map((r) => r.name)).not.toContain('special_agent');
    await expectStreamError(harness.client.deleteRole({ name: 'special_agent' }), { status: 404, code: 16 });
  });

  it('refuses duplicates, built-in deletes and roles still in use', async () => {
    await expectStreamError(harness.client.createRole({ name: 'admin' }), { status: 400, code: 4, field: 'name' });
    await expectStreamError(harness.client.deleteRole({ name: 'moderator' }), { status: 400, code: 4, field: 'name' });
    await harness.client.createRole({ name: 'vip' });
    seedUser(harness.emulator, 'vip-user', { role: 'vip' });
    await expectStreamError(harness.client.deleteRole({ name: 'vip' }), { status: 400, code: 4, field: 'name' });
    harness.emulator.state.users.delete('vip-user');
    await harness.client.deleteRole({ name: 'vip' });
  });

  it('validates the name', async () => {
    await expectStreamError(harness.client.createRole({ name: 'x'.repeat(65) }), {
      status: 400,
      code: 4,
      field: 'name',
    });
  });

  it('searches roles by name prefix, walking pages with name_gt', async () => {
    const names = ['team_a', 'team_b', 'team_c', 'team_d', 'team_e'];
    for (const name of names) await harness.client.createRole({ name });
    const seen: string[] = [];
    let nameGt: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const { roles } = await harness.client.searchRoles({ query: 'team_', limit: 2, name_gt: nameGt });
      if (roles.length === 0) break;
      seen.push(...roles.map((role) => role.name));
      nameGt = roles.at(-1)!.name;
    }
    expect(seen).toEqual(names);
  });

  it('filters search by role type', async () => {
    const channel = await harness.client.searchRoles({ query: 'c', role_type: 'channel' });
    expect(channel.roles.map((role) => role.name)).toEqual(['channel_member', 'channel_moderator']);
    const user = await harness.client.searchRoles({ query: 'channel', role_type: 'user' });
    expect(user.roles).toEqual([]);
    const withGlobal = await harness.client.searchRoles({
      query: 'a',
      role_type: 'channel',
      include_global_roles: true,
    });
    expect(withGlobal.roles.map((role) => role.name)).toEqual(['admin', 'anonymous']);
    await expectStreamError(harness.client.searchRoles({ query: 'a', limit: 26 }), {
      status: 400,
      code: 4,
      field: 'limit',
    });
  });
});

describe('permissions', () => {
  it('lists the built-in permissions with every field', async () => {
    const { permissions } = await harness.client.listPermissions();
    expect(permissions.length).toBeGreaterThan(40);
    const ids = permissions.map((permission) => permission.id);
    expect(ids).toEqual(expect.arrayContaining(['create-message', 'update-message-owner', 'ban-user']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const permission of permissions) {
      expect(permission.custom).toBe(false);
      expect(['app', 'channel']).toContain(permission.level);
      expect(permission.tags.length).toBeGreaterThan(0);
      expect(permission.owner).toBe(permission.id.endsWith('-owner'));
    }
  });

  it('grants of the default app only name existing permissions', async () => {
    const ids = new Set((await harness.client.listPermissions()).permissions.map((permission) => permission.id));
    const { app } = await harness.client.getApp();
    expect(Object.values(app.grants).flat().length).toBeGreaterThan(0);
    for (const [role, granted] of Object.entries(app.grants)) {
      for (const id of granted as string[]) expect(ids.has(id), `${role} → ${id}`).toBe(true);
    }
  });

  it('runs the custom permission lifecycle', async () => {
    await harness.client.createPermission({
      id: 'read-vip-channel',
      name: 'Read VIP channels',
      action: 'ReadChannel',
      condition: { 'channel.custom.vip': { $eq: true } },
    });
    const created = await harness.client.getPermission({ id: 'read-vip-channel' });
    expect(created.permission).toMatchObject({
      id: 'read-vip-channel',
      name: 'Read VIP channels',
      action: 'ReadChannel',
      custom: true,
      level: 'channel',
      owner: false,
      condition: { 'channel.custom.vip': { $eq: true } },
    });
    await harness.client.updatePermission({
      id: 'read-vip-channel',
      name: 'Read VIP channels (owner)',
      action: 'ReadChannel',
      condition: {},
      owner: true,
    });
    expect((await harness.client.getPermission({ id: 'read-vip-channel' })).permission).toMatchObject({
      name: 'Read VIP channels (owner)',
      owner: true,
      condition: {},
    });
    await harness.client.updateApp({ grants: { user: ['read-channel', 'read-vip-channel'] } });
    await harness.client.deletePermission({ id: 'read-vip-channel' });
    expect((await harness.client.getApp()).app.grants.user).toEqual(['read-channel']);
    await expectStreamError(harness.client.getPermission({ id: 'read-vip-channel' }), { status: 404, code: 16 });
  });

  it('protects built-in permissions and validates input', async () => {
    await expectStreamError(harness.client.deletePermission({ id: 'create-message' }), {
      status: 400,
      code: 4,
      field: 'id',
    });
    await expectStreamError(
      harness.client.createPermission({ id: 'create-message', name: 'dup', action: 'CreateMessage', condition: {} }),
      { status: 400, code: 4, field: 'id' },
    );
    await expectStreamError(
      harness.client.createPermission({ id: 'fly', name: 'Fly', action: 'FlyToTheMoon', condition: {} }),
      { status: 400, code: 4, field: 'action' },
    );
    expect((await harness.client.getPermission({ id: 'create-message' })).permission.custom).toBe(false);
  });
});

describe('auth', () => {
  it('keeps roles and permissions server-side only', async () => {
    for (const operation of ['listRoles', 'listPermissions', 'createRole'] as const) {
      const answer = await harness.asUser('someone', operation, operation === 'createRole' ? { name: 'x' } : {});
      expect(answer.status, operation).toBe(403);
      expect(answer.body.code, operation).toBe(17);
    }
  });
});
