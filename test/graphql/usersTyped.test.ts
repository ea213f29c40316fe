import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEmulatorAfterEach } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { recorded } from '../support/recorded.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

/** The JSON payload queryUsers carries in its query string. */
const payloadOf = (request: { query: Record<string, string> }) => JSON.parse(request.query.payload!);

const USER_FIELDS = 'id name role teams banned createdAt lastActive';

describe('users: typed where and orderBy', () => {
  it('where with and/or/not and orderBy become Stream filter_conditions and sort, and the answer satisfies them', async () => {
    const pivot = (await gateway.queryData('{ user(id: "user-040") { createdAt } }')).user.createdAt;
    const { data, requests } = await recorded(
      gateway,
      'queryUsers',
      `query ($since: DateTime!) { users(first: 100,
           where: {
             createdAt: { gte: $since }
             teams: { contains: "red" }
             or: [{ role: { in: ["admin", "moderator"] } }, { banned: { eq: false } }]
             not: { id: { in: ["user-050", "user-051"] } }
           }
           orderBy: [{ field: NAME, direction: DESC }]
         ) { edges { node { ${USER_FIELDS} } } } }`,
      { since: pivot },
    );
    expect(requests).toHaveLength(1);
    expect(payloadOf(requests[0]!)).toMatchObject({
      filter_conditions: {
        created_at: { $gte: pivot },
        teams: { $contains: 'red' },
        $or: [{ role: { $in: ['admin', 'moderator'] } }, { banned: { $eq: false } }],
        $nor: [{ id: { $in: ['user-050', 'user-051'] } }],
      },
      sort: [{ field: 'name', direction: -1 }],
    });
    const users = data.users.edges.map((edge: any) => edge.node);
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) {
      expect(Date.parse(user.createdAt)).toBeGreaterThanOrEqual(Date.parse(pivot));
      expect(user.teams).toContain('red');
      expect(['user-050', 'user-051']).not.toContain(user.id);
      expect(['admin', 'moderator'].includes(user.role) || user.banned === false).toBe(true);
    }
    const names = users.map((user: any) => user.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it('name autocomplete and the raw filter escape hatch are joined by $and', async () => {
    const { data, requests } = await recorded(
      gateway,
      'queryUsers',
      `{ users(where: { name: { autocomplete: "Ada" } }, filter: { premium: true }) { edges { node { id name } } } }`,
    );
    expect(payloadOf(requests[0]!).filter_conditions).toEqual({
      $and: [{ premium: true }, { name: { $autocomplete: 'Ada' } }],
    });
    const names = data.users.edges.map((edge: any) => edge.node.name);
    expect(names).toContain('Ada Lovelace');
    for (const name of names) expect(name).toMatch(/(^|\W)ada/i);
  });

  it('orders by last activity, as Stream is told', async () => {
    const { data, requests } = await recorded(
      gateway,
      'queryUsers',
      `{ users(first: 20, where: { lastActive: { lt: "2100-01-01T00:00:00Z" } }, orderBy: [{ field: LAST_ACTIVE, direction: DESC }]) { edges { node { lastActive } } } }`,
    );
    expect(payloadOf(requests[0]!)).toMatchObject({
      filter_conditions: { last_active: { $lt: '2100-01-01T00:00:00.000Z' } },
      sort: [{ field: 'last_active', direction: -1 }],
    });
    const times = data.users.edges.map((edge: any) => Date.parse(edge.node.lastActive));
    expect(times.length).toBe(20);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('users: typed patches', () => {
  it('set: UserPatch, unset: [UserField!] and unsetCustom become Stream set and unset', async () => {
    await gateway.queryData(
      `mutation { upsertUsers(input: { users: [{ id: "patched", name: "Before", image: "https://example.test/a.png", teams: ["red"], custom: { rank: 1, city: "Oslo" } }] }) { users { id } } }`,
    );
    const { data, requests } = await recorded(
      gateway,
      'updateUsersPartial',
      `mutation { updateUsersPartial(input: { users: [{
          id: "patched"
          set: { name: "After", language: "nl", invisible: true, teams: ["blue", "gold"], teamsRole: { blue: "admin" }, privacySettings: { readReceipts: false }, custom: { rank: 2 } }
          unset: [IMAGE]
          unsetCustom: ["city"]
        }] }) { users { name language invisible teams teamsRole image custom privacySettings { readReceipts { enabled } } } } }`,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toEqual({
      users: [
        {
          id: 'patched',
          set: {
            name: 'After',
            language: 'nl',
            invisible: true,
            teams: ['blue', 'gold'],
            teams_role: { blue: 'admin' },
            privacy_settings: { read_receipts: { enabled: false } },
            rank: 2,
          },
          unset: ['image', 'city'],
        },
      ],
    });
    expect(data.updateUsersPartial.users).toEqual([
      {
        name: 'After',
        language: 'nl',
        invisible: true,
        teams: ['blue', 'gold'],
        teamsRole: { blue: 'admin' },
        image: null,
        custom: { rank: 2 },
        privacySettings: { readReceipts: { enabled: false } },
      },
    ]);
  });
});

describe('users: typos are document validation errors, before any upstream call', () => {
  it.each([
    ['a where field Stream does not filter on', '{ users(where: { nmae: { eq: "Ada" } }) { edges { cursor } } }'],
    ['a misspelt orderBy field', '{ users(orderBy: [{ field: NMAE }]) { edges { cursor } } }'],
    ['an operator the field does not take', '{ users(where: { banned: { in: [true] } }) { edges { cursor } } }'],
    ['a removed v1 argument', '{ users(ids: ["user-001"]) { edges { cursor } } }'],
    [
      'a UserField that does not exist',
      'mutation { updateUsersPartial(input: { users: [{ id: "user-001", unset: [ROLE] }] }) { users { id } } }',
    ],
  ])('%s', async (_name, query) => {
    const { result, counts } = await gateway.countedQuery(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(counts).toEqual({});
  });
});

describe('users: bad typed input is BAD_USER_INPUT before any upstream call', () => {
  it.each([
    ['an empty in list', '{ users(where: { id: { in: [] } }) { edges { cursor } } }', 'where.id.in'],
    ['an empty teams list', '{ users(where: { teams: { in: [] } }) { edges { cursor } } }', 'where.teams.in'],
    [
      'a blank autocomplete',
      '{ users(where: { name: { autocomplete: " " } }) { edges { cursor } } }',
      'where.name.autocomplete',
    ],
    ['an empty or', '{ users(where: { or: [] }) { edges { cursor } } }', 'where.or'],
    [
      'a field both set and unset',
      'mutation { updateUsersPartial(input: { users: [{ id: "user-001", set: { name: "X" }, unset: [NAME] }] }) { users { id } } }',
      'input.users[0].unset',
    ],
    [
      'a custom field both set and unset',
      'mutation { updateUsersPartial(input: { users: [{ id: "user-001", set: { custom: { city: "Rome" } }, unsetCustom: ["city"] }] }) { users { id } } }',
      'input.users[0].unset',
    ],
    [
      'a custom field with a built-in name',
      'mutation { updateUsersPartial(input: { users: [{ id: "user-001", set: { custom: { role: "admin" } } }] }) { users { id } } }',
      'input.users[0].set.custom',
    ],
    [
      'a field set to null',
      'mutation { updateUsersPartial(input: { users: [{ id: "user-001", set: { image: null } }] }) { users { id } } }',
      'input.users[0].set.image',
    ],
  ])('%s', async (_name, query, field) => {
    const { result, counts } = await gateway.countedQuery(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { [field]: expect.any(String) },
    });
    expect(counts).toEqual({});
  });

  it('the same holds for a typo in a variable', async () => {
    const { result, counts } = await gateway.countedQuery(
      'query ($where: UserWhere) { users(where: $where) { edges { cursor } } }',
      { where: { name: { autocompleet: 'Ada' } } },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(counts).toEqual({});
  });
});
