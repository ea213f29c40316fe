import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

/** Every `__typename` each id carries anywhere in an answer, as a normalizing client cache keys it. */
function typenamesById(value: unknown, found = new Map<string, Set<string>>()): Map<string, Set<string>> {
  if (Array.isArray(value)) {
    for (const item of value) typenamesById(item, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && typeof record.id === 'string') {
      const names = found.get(record.id) ?? new Set<string>();
      names.add(record.__typename);
      found.set(record.id, names);
    }
    for (const child of Object.values(record)) typenamesById(child, found);
  }
  return found;
}

const USER = '__typename id name';

describe('one User type', () => {
  it('gives a user one typename across users, viewer, user(id), Poll.createdBy, blocks and payloads', async () => {
    const token = await gateway.userToken('user-001');
    const asUser = await gateway.queryData(
      `{ viewer { ${USER} } me: user(id: "user-001") { ${USER} } blockedUsers { user { ${USER} } blockedUser { ${USER} } } }`,
      undefined,
      token,
    );
    const asServer = await gateway.queryData(`{
      users(first: 3) { edges { node { ${USER} blockedUsers { ${USER} } } } }
      user(id: "user-001") { ${USER} }
      polls(first: 25, where: { createdById: { eq: "user-001" } }) { edges { node { __typename id createdBy { ${USER} } } } }
      blockedUsers(userId: "user-050") { user { ${USER} } blockedUser { ${USER} } }
    }`);
    const renamed = await gateway.queryData(`mutation {
      updateUsersPartial(input: { users: [{ id: "user-001", set: { name: "Ada L." } }] }) { users { ${USER} } }
    }`);
    const answers = [asUser, asServer, renamed];
    const typenames = typenamesById(answers);
    for (const [id, names] of typenames) {
      if (id.startsWith('user-')) expect([id, [...names]]).toEqual([id, ['User']]);
    }
    // user-001 came from every kind of read at least once.
    const places = JSON.stringify(answers).split('"id":"user-001"').length - 1;
    expect(places).toBeGreaterThanOrEqual(7);
    expect(renamed.updateUsersPartial.users[0]).toEqual({ __typename: 'User', id: 'user-001', name: 'Ada L.' });
    await gateway.queryData(
      `mutation { updateUsersPartial(input: { users: [{ id: "user-001", set: { name: "Ada Lovelace" } }] }) { users { id } } }`,
    );
  });

  it('the schema has no FullUser, FullUserConnection or UserProfile any more', async () => {
    const data = await gateway.queryData(`{
      full: __type(name: "FullUser") { name }
      connection: __type(name: "FullUserConnection") { name }
      profile: __type(name: "UserProfile") { name }
      user: __type(name: "User") { name }
    }`);
    expect(data).toEqual({ full: null, connection: null, profile: null, user: { name: 'User' } });
  });

  it('reads unread counts and mutes of embedded users on demand, in one queryUsers for all of them', async () => {
    const { result, counts } = await gateway.countedQuery(`{
      polls(first: 25) { edges { node { createdBy { id unreadCount mutes { target { id } } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const creators = result.data.polls.edges.map((edge: any) => edge.node.createdBy);
    expect(new Set(creators.map((user: any) => user.id)).size).toBeGreaterThan(1);
    expect(creators.every((user: any) => typeof user.unreadCount === 'number')).toBe(true);
    const ada = creators.find((user: any) => user.id === 'user-001');
    expect(ada.mutes).toEqual([{ target: { id: 'user-007' } }]);
    expect(counts).toEqual({ queryPolls: 1, queryUsers: 1 });
  });

  it('costs nothing more for users listed by queryUsers, which carry those fields', async () => {
    const { result, counts } = await gateway.countedQuery(`{
      users(first: 10) { edges { node { id unreadCount channelMutes { createdAt } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.users.edges).toHaveLength(10);
    expect(counts).toEqual({ queryUsers: 1 });
  });

  it("refuses another user's unread counts to a user token, field by field", async () => {
    const token = await gateway.userToken('user-001');
    const result = await gateway.query(
      '{ me: user(id: "user-001") { unreadCount } other: user(id: "user-002") { id unreadCount } }',
      undefined,
      token,
    );
    expect(result.data).toEqual({
      me: { unreadCount: expect.any(Number) },
      other: { id: 'user-002', unreadCount: null },
    });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['other', 'unreadCount'], 'FORBIDDEN'],
    ]);
  });
});

describe('per-user relations', () => {
  it('make one request per distinct user, however often a user appears', async () => {
    const { result, counts } = await gateway.countedQuery(`{
      polls(first: 2) { edges { node { votes(first: 20) { edges { node { user {
        id
        polls(first: 1) { edges { node { id } } }
        devices { id }
        liveLocations { messageId }
        blocks { createdAt }
      } } } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const voters: string[] = result.data.polls.edges
      .flatMap((poll: any) => poll.node.votes.edges)
      .flatMap((vote: any) => (vote.node.user ? [vote.node.user.id] : []));
    const distinct = new Set(voters).size;
    expect(voters.length).toBeGreaterThan(distinct);
    expect(counts.queryPolls).toBe(1 + distinct);
    expect(counts.listDevices).toBe(distinct);
    expect(counts.getUserLiveLocations).toBe(distinct);
    expect(counts.getBlockedUsers).toBe(distinct);
  });

  it('still asks again for the same user with different arguments', async () => {
    const { result, counts } = await gateway.countedQuery(`{
      a: user(id: "user-001") { polls(first: 1) { edges { node { id } } } }
      b: user(id: "user-001") { polls(first: 1) { edges { node { id } } } }
      c: user(id: "user-001") { polls(first: 2) { edges { node { id } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.a).toEqual(result.data.b);
    expect(result.data.c.polls.edges).toHaveLength(2);
    expect(counts).toEqual({ queryUsers: 1, queryPolls: 2 });
  });
});
