import { Instant } from '../../src/rest/wire/instant.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
const memberIds = Array.from({ length: 150 }, (_, i) => `member-${String(i).padStart(3, '0')}`);

beforeAll(async () => {
  gateway = await startTestGateway();
  const users = Object.fromEntries(memberIds.map((id) => [id, { id, name: `Member ${id.slice(7)}` }]));
  await gateway.client.updateUsers({ users: { ...users, founder: { id: 'founder', name: 'Founder' } } });
  // createUserGroup takes at most 100 members: the rest join through addUserGroupMembers.
  await gateway.client.createUserGroup({ id: 'big-group', name: 'Big group', member_ids: memberIds.slice(0, 100) });
  await gateway.client.addUserGroupMembers({ id: 'big-group', member_ids: memberIds.slice(100) });
  for (let i = 0; i < 23; i++) {
    const n = String(i).padStart(2, '0');
    // Two groups per name for some: the search keyset must tell them apart by id.
    await gateway.client.createUserGroup({ id: `group-${n}`, name: `Team ${i % 7 === 0 ? 'same' : n}` });
  }
});
afterAll(() => gateway.close());

const GROUP_MEMBERS = /* GraphQL */ `
  query Group($id: ID!) {
    userGroup(id: $id) {
      id
      name
      members(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          userId
          isAdmin
          createdAt
          user {
            id
            name
          }
        }
      }
    }
  }
`;

it('a 150-member group: a page of 100 members with their users costs 1 getUserGroup and 1 queryUsers; totalCount 150', async () => {
  let result: any;
  const counted = await gateway.countUpstream(async () => {
    result = await gateway.query(GROUP_MEMBERS, { id: 'big-group' });
  });
  expect(result.errors).toBeUndefined();
  const { totalCount, nodes: members } = result.data.userGroup.members as {
    totalCount: number;
    nodes: { userId: string; user: { id: string; name: string } }[];
  };
  expect(totalCount).toBe(150);
  expect(members).toHaveLength(100);
  expect(result.data.userGroup.members.pageInfo.hasNextPage).toBe(true);
  expect(members.map((m) => m.user.id)).toEqual(members.map((m) => m.userId));
  expect(members.map((m) => m.userId)).toEqual([...memberIds].sort().slice(0, 100));
  expect(counted).toEqual({ total: 2, byOperation: { getUserGroup: 1, queryUsers: 1 } });
  const batch = gateway.emulator.log.filter((e) => e.operation === 'queryUsers').at(-1)!;
  expect(JSON.parse(batch.query.payload!).filter_conditions.id.$in).toHaveLength(100);
  expect(result.extensions.upstream.requests).toBe(2);

  const rest: any = await gateway.queryData(
    `query($after: String) { userGroup(id: "big-group") { members(first: 100, after: $after) { nodes { userId user { name } } pageInfo { hasNextPage } } } }`,
    { after: result.data.userGroup.members.pageInfo.endCursor },
  );
  expect(rest.userGroup.members.pageInfo.hasNextPage).toBe(false);
  expect(rest.userGroup.members.nodes).toHaveLength(50);
  expect(rest.userGroup.members.nodes.at(-1)).toEqual({ userId: 'member-149', user: { name: 'Member 149' } });
});

it('walks userGroups page by page: every group exactly once, pageInfo right', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const result: any = await gateway.query(
      `query($after: String) { userGroups(first: 7, after: $after) {
        edges { cursor node { id } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      } }`,
      { after },
    );
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo } = result.data.userGroups;
    pages += 1;
    expect(pageInfo.hasPreviousPage).toBe(after !== null);
    for (const edge of edges) {
      seen.push(edge.node.id);
    }
    if (!pageInfo.hasNextPage) break;
    expect(edges).toHaveLength(7);
    after = pageInfo.endCursor;
  }
  const all = ['big-group', ...Array.from({ length: 23 }, (_, i) => `group-${String(i).padStart(2, '0')}`)].sort();
  expect(seen).toEqual(all);
  expect(pages).toBe(4);
});

it('a page of exactly the last items says there is no next page (one extra item asked for)', async () => {
  const result = await gateway.query('{ userGroups(first: 24) { edges { node { id } } pageInfo { hasNextPage } } }');
  expect(result.data.userGroups.edges).toHaveLength(24);
  expect(result.data.userGroups.pageInfo.hasNextPage).toBe(false);
});

it('a full page of the maximum size peeks once for a next item', async () => {
  let result: any;
  const counted = await gateway.countUpstream(async () => {
    result = await gateway.query('{ userGroups(first: 100) { edges { node { id } } pageInfo { hasNextPage } } }');
  });
  expect(result.data.userGroups.edges).toHaveLength(24);
  expect(result.data.userGroups.pageInfo.hasNextPage).toBe(false);
  expect(counted.byOperation).toEqual({ listUserGroups: 1 });
});

it('userGroups filters by createdAtGt', async () => {
  const all: any = await gateway.query('{ userGroups(first: 100) { edges { node { id createdAt } } } }');
  const ordered = all.data.userGroups.edges
    .map((e: any) => e.node)
    .sort((a: any, b: any) => instant(a.createdAt).compare(instant(b.createdAt)));
  const pivot = ordered[10];
  const later: any = await gateway.query(
    'query($t: DateTime) { userGroups(first: 100, createdAtGt: $t) { edges { node { id createdAt } } } }',
    {
      t: pivot.createdAt,
    },
  );
  // Compared as instants: the printed fractions have 3, 6 or 9 digits, so text order is not time order.
  for (const edge of later.data.userGroups.edges)
    expect(instant(edge.node.createdAt).compare(instant(pivot.createdAt))).toBeGreaterThan(0);
  expect(later.data.userGroups.edges.length).toBeGreaterThan(0);
  expect(later.data.userGroups.edges.length).toBeLessThan(24);
});

it('walks searchUserGroups page by page through repeated names: every match exactly once', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result: any = await gateway.query(
      `query($after: String) { searchUserGroups(query: "team", first: 2, after: $after) {
        edges { node { id name } } pageInfo { hasNextPage endCursor }
      } }`,
      { after },
    );
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo } = result.data.searchUserGroups;
    seen.push(...edges.map((e: any) => e.node.id));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(seen).toHaveLength(23);
  expect(new Set(seen).size).toBe(23);
  const sameNamed = ['group-00', 'group-07', 'group-14', 'group-21'];
  expect(seen.filter((id) => sameNamed.includes(id))).toEqual(sameNamed);
});

describe('bad paging arguments are BAD_USER_INPUT with fields, before any upstream call', () => {
  it.each([
    ['first above the API maximum', '{ userGroups(first: 101) { edges { cursor } } }', 'first'],
    ['search first above 25', '{ searchUserGroups(query: "t", first: 26) { edges { cursor } } }', 'first'],
    ['a foreign cursor', '{ userGroups(first: 1, after: "bm9wZQ") { edges { cursor } } }', 'after'],
  ])('%s', async (_name, query, field) => {
    const before = gateway.emulator.log.length;
    const result = await gateway.query(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toHaveProperty(field);
    expect(gateway.emulator.log.length).toBe(before);
  });
});

it('createUserGroup, updateUserGroup, add/remove members, deleteUserGroup; null after delete', async () => {
  const created: any = await gateway.query(
    `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) {
      userGroup { id name description teamId createdById createdBy { id } members { nodes { userId user { name } } } }
    } }`,
    { input: { id: 'crew', name: 'Crew', description: 'The crew', memberIds: ['member-000', 'member-001'] } },
  );
  expect(created.errors).toBeUndefined();
  expect(created.data.createUserGroup.userGroup).toEqual({
    id: 'crew',
    name: 'Crew',
    description: 'The crew',
    teamId: null,
    createdById: null,
    createdBy: null,
    members: {
      nodes: [
        { userId: 'member-000', user: { name: 'Member 000' } },
        { userId: 'member-001', user: { name: 'Member 001' } },
      ],
    },
  });

  const updated: any = await gateway.query(
    'mutation($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) { userGroup { id name description } } }',
    { input: { id: 'crew', name: 'Ship crew' } },
  );
  expect(updated.data.updateUserGroup.userGroup).toEqual({ id: 'crew', name: 'Ship crew', description: 'The crew' });

  const added: any = await gateway.query(
    'mutation($input: AddUserGroupMembersInput!) { addUserGroupMembers(input: $input) { userGroup { members { nodes { userId isAdmin } } } } }',
    { input: { id: 'crew', memberIds: ['member-002'], asAdmin: true } },
  );
  expect(added.data.addUserGroupMembers.userGroup.members.nodes).toContainEqual({
    userId: 'member-002',
    isAdmin: true,
  });
  expect(added.data.addUserGroupMembers.userGroup.members.nodes).toHaveLength(3);

  const removed: any = await gateway.query(
    'mutation($input: RemoveUserGroupMembersInput!) { removeUserGroupMembers(input: $input) { userGroup { members { nodes { userId } } } } }',
    { input: { id: 'crew', memberIds: ['member-000', 'member-001'] } },
  );
  expect(removed.data.removeUserGroupMembers.userGroup.members.nodes).toEqual([{ userId: 'member-002' }]);

  const deleted = await gateway.query(
    'mutation($input: DeleteUserGroupInput!) { deleteUserGroup(input: $input) { deletedId } }',
    {
      input: { id: 'crew' },
    },
  );
  expect(deleted.data).toEqual({ deleteUserGroup: { deletedId: 'crew' } });
  const gone = await gateway.query('{ userGroup(id: "crew") { id } }');
  expect(gone.data).toEqual({ userGroup: null });
  expect(gone.errors).toBeUndefined();
});

it('a members list naming an unknown user is a userError naming the field', async () => {
  const result = await gateway.queryData(
    'mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { id } userErrors { field code } } }',
    { input: { name: 'Ghosts', memberIds: ['nobody-here'] } },
  );
  expect(result.createUserGroup).toEqual({
    userGroup: null,
    userErrors: [{ field: ['input', 'memberIds'], code: 'INVALID_INPUT' }],
  });
});

it('user callers are FORBIDDEN on user group fields, without an upstream call', async () => {
  const token = await gateway.userToken('member-000');
  const before = gateway.emulator.log.length;
  const result = await gateway.query(
    '{ userGroup(id: "big-group") { id } userGroups { edges { cursor } } }',
    {},
    token,
  );
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  expect(gateway.emulator.log.length).toBe(before);
});

function instant(text: string): Instant {
  const parsed = Instant.parse(text);
  if (!parsed) throw new Error(`not an instant: ${text}`);
  return parsed;
}
