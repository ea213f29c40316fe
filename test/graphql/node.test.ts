import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
  await gateway.client.createUserGroup({ id: 'node-group', name: 'Node group', member_ids: ['user-001'] });
});
afterAll(() => gateway.close());

const globalIdOf = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('Node', () => {
  it('keeps Stream’s id in `id` and gives every node a globalId that node(id:) reads back', async () => {
    const data = await gateway.queryData(
      `{ user(id: "user-001") { id globalId } polls(first: 1) { nodes { id globalId } } }`,
    );
    expect(data.user.id).toBe('user-001');
    expect(data.user.globalId).toBe(globalIdOf('User', 'user-001'));
    const poll = data.polls.nodes[0];
    const back = await gateway.queryData(
      `query ($u: ID!, $p: ID!) { u: node(id: $u) { __typename globalId ... on User { id } } p: node(id: $p) { __typename ... on Poll { id } } }`,
      { u: data.user.globalId, p: poll.globalId },
    );
    expect(back).toEqual({
      u: { __typename: 'User', globalId: data.user.globalId, id: 'user-001' },
      p: { __typename: 'Poll', id: poll.id },
    });
  });

  it('loads nodes(ids:) in batches: many users cost one queryUsers, in the order asked, null for unknown ids', async () => {
    const ids = ['user-003', 'user-001', 'nobody-here', 'user-002'].map((id) => globalIdOf('User', id));
    const { result, counts } = await gateway.countedQuery(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on User { id } } }`,
      { ids },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes).toEqual([{ id: 'user-003' }, { id: 'user-001' }, null, { id: 'user-002' }]);
    expect(counts).toEqual({ queryUsers: 1 });
  });

  it('reads the other by-id entities by globalId', async () => {
    const data = await gateway.queryData(
      `{ userGroup(id: "node-group") { globalId } roles { globalId name } permissions { globalId id } }`,
    );
    const role = data.roles[0];
    const permission = data.permissions[0];
    const back = await gateway.queryData(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on UserGroup { id } ... on Role { name } ... on Permission { id } } }`,
      { ids: [data.userGroup.globalId, role.globalId, permission.globalId] },
    );
    expect(back.nodes).toEqual([
      { __typename: 'UserGroup', id: 'node-group' },
      { __typename: 'Role', name: role.name },
      { __typename: 'Permission', id: permission.id },
    ]);
  });

  it('refuses a user token the nodes its root reads refuse, and still answers the others', async () => {
    const token = await gateway.userToken('user-001');
    const ids = [globalIdOf('UserGroup', 'node-group'), globalIdOf('User', 'user-001')];
    const { result, counts } = await gateway.countedQuery(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on User { id } } }`,
      { ids },
      token,
    );
    expect(result.data.nodes).toEqual([null, { __typename: 'User', id: 'user-001' }]);
    expect(result.errors.map((e: any) => [e.path, e.extensions.code])).toEqual([[['nodes', 0], 'FORBIDDEN']]);
    expect(counts.getUserGroup).toBeUndefined();
  });

  it('is the cache identity Apollo uses (`__typename:id`) and the federation key (`id`) without a separate scheme', async () => {
    const { _service } = await gateway.queryData(`{ _service { sdl } }`);
    expect(_service.sdl).toMatch(/type User implements [^{]*\bNode\s+@key\(fields: "id"\)/);
    expect(_service.sdl).toMatch(/type Poll implements [^{]*\bNode\s+@key\(fields: "id"\)/);
    expect(_service.sdl).toMatch(/interface Node\s*{[^}]*globalId: ID!/);
  });

  it('answers a malformed global id, or one of a type that is no Node, with BAD_USER_INPUT', async () => {
    for (const id of ['not-a-global-id', globalIdOf('PageInfo', 'x'), globalIdOf('Nothing', 'x')]) {
      const result = await gateway.query(`query ($id: ID!) { node(id: $id) { globalId } }`, { id });
      expect(
        result.errors?.map((e) => e.extensions?.code),
        id,
      ).toEqual(['BAD_USER_INPUT']);
    }
  });

  describe('PollOption', () => {
    const OPTIONS = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename globalId ... on PollOption { id optionId text poll { id } } } }`;

    it('reads options of several polls back by their `id`, which is their globalId, with one queryPolls', async () => {
      const data = await gateway.queryData(
        `{ polls(first: 3) { nodes { id options { id globalId optionId text } } } }`,
      );
      const options = data.polls.nodes.flatMap((poll: any) =>
        poll.options.map((option: any) => ({ ...option, pollId: poll.id })),
      );
      expect(options.length).toBeGreaterThan(3);
      for (const option of options) expect(option.globalId).toBe(option.id);
      const { result, counts } = await gateway.countedQuery(OPTIONS, { ids: options.map((option: any) => option.id) });
      expect(result.errors).toBeUndefined();
      expect(result.data.nodes).toEqual(
        options.map((option: any) => ({
          __typename: 'PollOption',
          globalId: option.id,
          id: option.id,
          optionId: option.optionId,
          text: option.text,
          poll: { id: option.pollId },
        })),
      );
      expect(counts).toEqual({ queryPolls: 1 });
    });

    it('answers null for an option its poll does not have, an unknown poll, and a key that is no [pollId, optionId] pair', async () => {
      const { polls } = await gateway.queryData(`{ polls(first: 1) { nodes { id options { optionId } } } }`);
      const poll = polls.nodes[0];
      const ids = [
        globalIdOf('PollOption', JSON.stringify([poll.id, 'no-such-option'])),
        globalIdOf('PollOption', JSON.stringify(['no-such-poll', poll.options[0].optionId])),
        globalIdOf('PollOption', 'not-json'),
        globalIdOf('PollOption', JSON.stringify([poll.id])),
        globalIdOf('PollOption', JSON.stringify([poll.id, poll.options[0].optionId])),
      ];
      const result = await gateway.query(OPTIONS, { ids });
      expect(result.errors).toBeUndefined();
      expect(result.data.nodes.map((node: any) => node?.optionId ?? null)).toEqual([
        null,
        null,
        null,
        null,
        poll.options[0].optionId,
      ]);
    });

    it('is readable by a user token, as the poll it belongs to is', async () => {
      const token = await gateway.userToken('user-001');
      const { polls } = await gateway.queryData(`{ polls(first: 1) { nodes { options { id } } } }`, undefined, token);
      const id = polls.nodes[0].options[0].id;
      const data = await gateway.queryData(`query ($id: ID!) { node(id: $id) { globalId } }`, { id }, token);
      expect(data.node).toEqual({ globalId: id });
    });
  });
});

it('nodes(ids:) costs what is selected once per id, so many ids passed as a variable meet the cost limit before any call', async () => {
  const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on User { polls(first: 50) { nodes { id } } } } }`;
  const one = await gateway.countedQuery(query, { ids: [globalIdOf('User', 'user-001')] });
  expect(one.result.errors).toBeUndefined();
  const many = Array.from({ length: 100 }, (_, n) => globalIdOf('User', `user-${String(n + 1).padStart(3, '0')}`));
  const refused = await gateway.countedQuery(query, { ids: many });
  expect(refused.result.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  expect(refused.counts).toEqual({});
});
