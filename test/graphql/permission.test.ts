import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
const customRoles = Array.from({ length: 12 }, (_, i) => `zeta-${String(i).padStart(2, '0')}`);

beforeAll(async () => {
  gateway = await startTestGateway();
  for (const name of customRoles) await gateway.client.createRole({ name });
});
afterAll(() => gateway.close());

it('roles lists built-in and custom roles', async () => {
  const result: any = await gateway.query('{ roles { name custom scopes createdAt updatedAt } }');
  expect(result.errors).toBeUndefined();
  const byName = new Map(result.data.roles.map((role: any) => [role.name, role]));
  expect(byName.get('admin')).toMatchObject({ name: 'admin', custom: false });
  expect(byName.get('zeta-00')).toMatchObject({ custom: true, scopes: [] });
});

it('walks searchRoles page by page (name_gt keyset): every match exactly once, one call per page', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  const counted = await gateway.countUpstream(async () => {
    for (;;) {
      const result: any = await gateway.query(
        `query($after: String) { searchRoles(query: "zeta", first: 5, after: $after) {
          edges { node { name } } pageInfo { hasNextPage hasPreviousPage endCursor }
        } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo } = result.data.searchRoles;
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...edges.map((e: any) => e.node.name));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
  });
  expect(seen).toEqual(customRoles);
  expect(pages).toBe(3);
  expect(counted.byOperation).toEqual({ searchRoles: 3 });
  const names = gateway.emulator.log
    .filter((e) => e.operation === 'searchRoles')
    .slice(-3)
    .map((e) => e.query.name_gt);
  expect(names).toEqual([undefined, 'zeta-04', 'zeta-09']);
});

it('searchRoles with first at the API maximum (25) peeks once for more', async () => {
  let result: any;
  const counted = await gateway.countUpstream(async () => {
    result = await gateway.query(
      '{ searchRoles(query: "zeta", first: 25) { edges { node { name } } pageInfo { hasNextPage } } }',
    );
  });
  expect(result.data.searchRoles.edges).toHaveLength(12);
  expect(result.data.searchRoles.pageInfo.hasNextPage).toBe(false);
  expect(counted.byOperation).toEqual({ searchRoles: 1 });
  const over = await gateway.query('{ searchRoles(query: "zeta", first: 26) { edges { cursor } } }');
  expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
});

it('searchRoles passes roleType and includeGlobalRoles', async () => {
  await gateway.query('{ searchRoles(query: "ch", roleType: CHANNEL, includeGlobalRoles: true) { edges { cursor } } }');
  const entry = gateway.emulator.log.filter((e) => e.operation === 'searchRoles').at(-1)!;
  expect(entry.query).toMatchObject({ query: 'ch', role_type: 'channel', include_global_roles: 'true' });
});

it('createRole and deleteRole; deleting it again is a NOT_FOUND userError', async () => {
  const created: any = await gateway.query(
    'mutation($input: CreateRoleInput!) { createRole(input: $input) { role { name custom } } }',
    { input: { name: 'reviewer' } },
  );
  expect(created.data).toEqual({ createRole: { role: { name: 'reviewer', custom: true } } });
  const mutation =
    'mutation($input: DeleteRoleInput!) { deleteRole(input: $input) { deletedName userErrors { code } } }';
  expect((await gateway.query(mutation, { input: { name: 'reviewer' } })).data).toEqual({
    deleteRole: { deletedName: 'reviewer', userErrors: [] },
  });
  const again = await gateway.queryData(mutation, { input: { name: 'reviewer' } });
  expect(again).toEqual({ deleteRole: { deletedName: null, userErrors: [{ code: 'NOT_FOUND' }] } });
});

it('permissions lists them; permission(id) reads one', async () => {
  const all: any = await gateway.query(
    '{ permissions { id name action level owner sameTeam custom tags description condition } }',
  );
  expect(all.errors).toBeUndefined();
  expect(all.data.permissions.length).toBeGreaterThan(5);
  const first = all.data.permissions[0];
  const one: any = await gateway.query('query($id: ID!) { permission(id: $id) { id action custom } }', {
    id: first.id,
  });
  expect(one.data.permission).toEqual({ id: first.id, action: first.action, custom: false });
});

it('permissions answer the resource their owner-only variant is about', async () => {
  const result: any = await gateway.query('{ permissions { id owner ownerResource } }');
  expect(result.errors).toBeUndefined();
  const owned = result.data.permissions.find((permission: any) => permission.id === 'update-message-owner');
  expect(owned).toEqual({ id: 'update-message-owner', owner: true, ownerResource: 'Message' });
  for (const permission of result.data.permissions) expect(permission.ownerResource).toEqual(expect.any(String));
});

it('createPermission, updatePermission (payloads read the permission back), deletePermission; null after', async () => {
  const action = (await gateway.query('{ permissions { action } }')).data.permissions[0].action as string;
  const created: any = await gateway.query(
    `mutation($input: CreatePermissionInput!) { createPermission(input: $input) {
      id permission { id name action custom owner sameTeam condition }
    } }`,
    { input: { id: 'custom-perm', name: 'Custom', action, condition: { team: 'red' }, owner: true } },
  );
  expect(created.errors).toBeUndefined();
  expect(created.data.createPermission).toEqual({
    id: 'custom-perm',
    permission: {
      id: 'custom-perm',
      name: 'Custom',
      action,
      custom: true,
      owner: true,
      sameTeam: false,
      condition: { team: 'red' },
    },
  });

  const updated: any = await gateway.query(
    'mutation($input: UpdatePermissionInput!) { updatePermission(input: $input) { permission { name sameTeam } } }',
    { input: { id: 'custom-perm', name: 'Renamed', action, condition: {}, sameTeam: true } },
  );
  expect(updated.data.updatePermission.permission).toEqual({ name: 'Renamed', sameTeam: true });

  const deleted: any = await gateway.query(
    'mutation($input: DeletePermissionInput!) { deletePermission(input: $input) { deletedId } }',
    { input: { id: 'custom-perm' } },
  );
  expect(deleted.data).toEqual({ deletePermission: { deletedId: 'custom-perm' } });
  const gone = await gateway.query('{ permission(id: "custom-perm") { id } }');
  expect(gone.data).toEqual({ permission: null });
  expect(gone.errors).toBeUndefined();
});

it('an unknown action is a userError naming the field', async () => {
  const result = await gateway.queryData(
    'mutation($input: CreatePermissionInput!) { createPermission(input: $input) { id userErrors { field code } } }',
    { input: { id: 'bad', name: 'Bad', action: 'NoSuchAction', condition: {} } },
  );
  expect(result.createPermission).toEqual({
    id: null,
    userErrors: [{ field: ['input', 'action'], code: 'INVALID_INPUT' }],
  });
});

it('user callers are FORBIDDEN on roles and permissions', async () => {
  const token = await gateway.userToken('someone');
  const before = gateway.emulator.log.length;
  for (const query of [
    '{ roles { name } }',
    '{ permissions { id } }',
    '{ searchRoles(query: "a") { edges { cursor } } }',
  ]) {
    const result = await gateway.query(query, {}, token);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  }
  expect(gateway.emulator.log.length).toBe(before);
});
