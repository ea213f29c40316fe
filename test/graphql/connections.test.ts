import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAST_NEEDS_BEFORE } from '../../src/graphql/connections/connectionArgs.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
  await gateway.client.updateUsers({
    users: Object.fromEntries(['m-1', 'm-2', 'm-3'].map((id) => [id, { id, name: `Member ${id}` }])),
  });
  await gateway.client.createUserGroup({ id: 'conn-a', name: 'Conn A', member_ids: ['m-1', 'm-2', 'm-3'] });
  await gateway.client.createUserGroup({ id: 'conn-b', name: 'Conn B', member_ids: ['m-2'] });
});
afterAll(() => gateway.close());

const argsOf = async (field: string) => {
  const data = await gateway.queryData(`{ __schema { queryType { fields { name args { name } } } } }`);
  const found = data.__schema.queryType.fields.find((f: { name: string }) => f.name === field);
  return found.args.map((arg: { name: string }) => arg.name) as string[];
};

describe('connections', () => {
  it('give their items as nodes, the same as the edges’ nodes', async () => {
    const data = await gateway.queryData(`{ polls(first: 5) { nodes { id } edges { node { id } } } }`);
    expect(data.polls.nodes.length).toBe(5);
    expect(data.polls.nodes).toEqual(data.polls.edges.map((edge: { node: unknown }) => edge.node));
  });

  it('count a poll’s unfiltered votes (voteCount + answersCount), matching the items paged through, and no filtered ones', async () => {
    const { polls } = await gateway.queryData(`{ polls(first: 25) { nodes { id voteCount answersCount } } }`);
    const poll = polls.nodes.find((p: { voteCount: number }) => p.voteCount > 3);
    expect(poll).toBeDefined();
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount: number | undefined;
    do {
      const page: any = await gateway.queryData(
        `query ($id: ID!, $after: String) { pollVotes(pollId: $id, first: 3, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { id: poll.id, after },
      );
      totalCount = page.pollVotes.totalCount;
      ids.push(...page.pollVotes.nodes.map((vote: { id: string }) => vote.id));
      after = page.pollVotes.pageInfo.hasNextPage ? page.pollVotes.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBe(poll.voteCount + poll.answersCount);
    expect(new Set(ids).size).toBe(totalCount);
    const filtered = await gateway.queryData(
      `query ($id: ID!) { pollVotes(pollId: $id, first: 3, where: { isAnswer: { eq: false } }) { totalCount } }`,
      { id: poll.id },
    );
    expect(filtered.pollVotes.totalCount).toBeNull();
  });

  it('that Stream pages only forwards offer no last/before', async () => {
    for (const field of ['userGroups', 'searchUserGroups', 'searchRoles', 'blockLists']) {
      const args = await argsOf(field);
      expect(args, field).toEqual(expect.arrayContaining(['first', 'after']));
      expect(args, field).not.toContain('last');
      expect(args, field).not.toContain('before');
    }
    expect(await argsOf('polls')).toEqual(expect.arrayContaining(['last', 'before']));
  });

  it('give every group of a list its members as a connection, one getUserGroup per group', async () => {
    const { result, counts } = await gateway.countedQuery(
      `{ searchUserGroups(query: "Conn") { nodes { id members(first: 2) { totalCount nodes { userId user { name } } pageInfo { hasNextPage } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const groups = result.data.searchUserGroups.nodes;
    expect(groups.map((g: { id: string }) => g.id)).toEqual(['conn-a', 'conn-b']);
    expect(groups[0].members).toEqual({
      totalCount: 3,
      nodes: [
        { userId: 'm-1', user: { name: 'Member m-1' } },
        { userId: 'm-2', user: { name: 'Member m-2' } },
      ],
      pageInfo: { hasNextPage: true },
    });
    expect(groups[1].members.totalCount).toBe(1);
    expect(counts).toEqual({ searchUserGroups: 1, getUserGroup: 2, queryUsers: 1 });
  });

  it('read members from the end with last alone', async () => {
    const data = await gateway.queryData(
      `{ userGroup(id: "conn-a") { members(last: 2) { nodes { userId } pageInfo { hasPreviousPage hasNextPage } } } }`,
    );
    expect(data.userGroup.members).toEqual({
      nodes: [{ userId: 'm-2' }, { userId: 'm-3' }],
      pageInfo: { hasPreviousPage: true, hasNextPage: false },
    });
  });

  it('refuse a cursor they did not make as BAD_USER_INPUT', async () => {
    const result = await gateway.query(
      `{ userGroup(id: "conn-a") { members(after: "not-a-cursor") { nodes { userId } } } }`,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
    expect(result.data).toEqual({ userGroup: null });
  });
});

describe('page sizes', () => {
  it('are refused for what they are before any cost check or upstream call', async () => {
    // Costs far beyond the limit too: 500 polls × 500 votes.
    const { result, counts } = await gateway.countedQuery(
      `{ polls(first: 500) { nodes { id votes(first: 500) { nodes { id } } } } }`,
    );
    expect(result.data).toBeUndefined();
    expect(result.errors.map((e: any) => [e.message, e.extensions.code])).toEqual([
      ['first must be between 1 and 100, the most Stream answers at once', 'BAD_USER_INPUT'],
      ['first must be between 1 and 100, the most Stream answers at once', 'BAD_USER_INPUT'],
    ]);
    expect(counts).toEqual({});
  });

  it('follow each operation’s own maximum, given as variables too', async () => {
    const { result, counts } = await gateway.countedQuery(
      `query ($n: Int) { searchRoles(query: "a", first: $n) { nodes { name } } }`,
      { n: 26 },
    );
    expect(result.errors.map((e: any) => [e.message, e.extensions.code])).toEqual([
      ['first must be between 1 and 25, the most Stream answers at once', 'BAD_USER_INPUT'],
    ]);
    expect(counts).toEqual({});
    const zero = await gateway.query(`{ users(first: 0) { nodes { id } } }`);
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('within bounds leave a too costly document to the cost limit', async () => {
    const result = await gateway.query(
      `{ polls(first: 100) { nodes { id votes(first: 100) { nodes { id option { id } } } } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  });
});

describe('`last` without `before`', () => {
  const LISTS = [
    ['polls', '{ polls(last: 2) { nodes { id } } }'],
    ['users', '{ users(last: 2) { nodes { id } } }'],
    ['pollVotes', '{ pollVotes(pollId: "poll-03", last: 2) { nodes { id } } }'],
    ['Poll.votes', '{ poll(id: "poll-03") { votes(last: 2) { nodes { id } } } }'],
  ] as const;

  it.each(LISTS)('%s: refused with BAD_USER_INPUT saying why, before any list is read', async (name, query) => {
    const { result, counts } = await gateway.countedQuery(query);
    expect(result.errors?.map((error: any) => [error.extensions?.code, error.message])).toEqual([
      ['BAD_USER_INPUT', LAST_NEEDS_BEFORE],
    ]);
    for (const listRead of ['queryPolls', 'queryUsers', 'queryPollVotes'])
      expect(counts[listRead], name).toBeUndefined();
  });

  it('is explained in the descriptions of the lists that offer last', async () => {
    const data = await gateway.queryData(`{
      __schema { queryType { fields { name description args { name } } } }
      poll: __type(name: "Poll") { fields { name description } }
      option: __type(name: "PollOption") { fields { name description } }
    }`);
    const described = (fields: { name: string; description: string }[], name: string) =>
      fields.find((field) => field.name === name)?.description ?? '';
    for (const name of ['polls', 'users', 'pollVotes']) {
      expect(described(data.__schema.queryType.fields, name), name).toContain(LAST_NEEDS_BEFORE);
    }
    expect(described(data.poll.fields, 'votes')).toContain(LAST_NEEDS_BEFORE);
    expect(described(data.option.fields, 'votes')).toContain(LAST_NEEDS_BEFORE);
  });
});
