import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type GraphQLResult, type TestGateway } from '../support/gateway.js';

// Each scenario counts the requests the emulator logged while one GraphQL request ran.
let gateway: TestGateway;
beforeAll(async () => {
  // 40 aliases of one field are more than the default document limit allows.
  gateway = await startTestGateway({ data: 'demo' }, { queryLimits: { maxAliases: 50 } });
});
afterAll(() => gateway.close());

async function run(query: string, token?: string) {
  let result: GraphQLResult | undefined;
  const counts = await gateway.countUpstream(async () => {
    result = await gateway.query(query, undefined, token);
  });
  expect(result?.errors).toBeUndefined();
  return { data: result!.data, counts };
}

describe('polls with their creators and options', () => {
  it('costs one queryPolls: creators are embedded in the answer', async () => {
    const { data, counts } = await run(`{
      polls(first: 25) { edges { node { id createdBy { id name } options { id text } } } }
    }`);
    const polls = data.polls.edges.map((edge: any) => edge.node);
    expect(polls).toHaveLength(25);
    expect(polls.every((poll: any) => poll.createdBy?.name && poll.options.length >= 2)).toBe(true);
    expect(counts).toEqual({ total: 1, byOperation: { queryPolls: 1 } });
  });
});

describe("polls with their votes' users", () => {
  it('costs one queryPolls and one queryPollVotes per poll, and no user look-up: votes embed their voters', async () => {
    const { data, counts } = await run(`{
      polls(first: 25) { edges { node { id votes(first: 10) { edges { node { id user { id name } option { text } } } } } } }
    }`);
    const polls = data.polls.edges.map((edge: any) => edge.node);
    expect(polls).toHaveLength(25);
    const votes = polls.flatMap((poll: any) => poll.votes.edges.map((edge: any) => edge.node));
    expect(votes.length).toBeGreaterThan(200);
    // Anonymous polls hide their voters; every other vote names one.
    expect(votes.filter((vote: any) => vote.user?.name).length).toBeGreaterThan(150);
    expect(votes.every((vote: any) => vote.option === null || typeof vote.option.text === 'string')).toBe(true);
    expect(counts.byOperation).toEqual({ queryPolls: 1, queryPollVotes: 25 });
    expect(counts.total).toBeLessThanOrEqual(1 + 25 + 1);
  });

  it('looks up voters the answer does not embed in one batched queryUsers', async () => {
    const { state } = gateway.emulator;
    // Users missing from the emulator's records are voters it cannot embed.
    const voters = ['user-002', 'user-003', 'user-004', 'user-005', 'user-006'];
    const removed = voters.flatMap((id) => {
      const user = state.users.get(id);
      state.users.delete(id);
      return user ? [user] : [];
    });
    try {
      const { data, counts } = await run(`{
        polls(first: 25) { edges { node { votes(first: 10) { edges { node { userId user { id } } } } } } }
      }`);
      const votes = data.polls.edges.flatMap((edge: any) => edge.node.votes.edges.map((vote: any) => vote.node));
      const unembedded = votes.filter((vote: any) => voters.includes(vote.userId));
      expect(unembedded.length).toBeGreaterThan(0);
      expect(unembedded.every((vote: any) => vote.user === null)).toBe(true);
      expect(counts.byOperation).toEqual({ queryPolls: 1, queryPollVotes: 25, queryUsers: 1 });
    } finally {
      for (const user of removed) state.users.set(user.id, user);
    }
  });
});

describe('blocked users', () => {
  it('costs one getBlockedUsers for both sides of every block', async () => {
    const { data, counts } = await run(`{
      blockedUsers(userId: "user-001") { user { id name } blockedUser { id name } createdAt }
    }`);
    expect(data.blockedUsers.map((block: any) => block.blockedUser.id)).toEqual([
      'user-013',
      'user-027',
      'user-042',
      'user-058',
      'user-099',
    ]);
    expect(data.blockedUsers.every((block: any) => block.user.name === 'Ada Lovelace')).toBe(true);
    expect(counts).toEqual({ total: 1, byOperation: { getBlockedUsers: 1 } });
  });

  it('reads the blocked users of a whole page of users in one extra queryUsers', async () => {
    const { data, counts } = await run(`{
      users(first: 30) { edges { node { id blockedUsers { id name } } } }
    }`);
    const users = data.users.edges.map((edge: any) => edge.node);
    expect(users[0]).toMatchObject({ id: 'user-001' });
    expect(users[0].blockedUsers.map((user: any) => user.id)).toContain('user-099');
    expect(counts).toEqual({ total: 2, byOperation: { queryUsers: 2 } });
  });
});

describe('one user asked for in many places', () => {
  it('is fetched once for 40 aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `u${i}: user(id: "user-007") { id name }`).join('\n');
    const { data, counts } = await run(`{ ${aliases} }`);
    expect(Object.keys(data)).toHaveLength(40);
    expect(new Set(Object.values(data).map((user: any) => user.name)).size).toBe(1);
    expect(counts).toEqual({ total: 1, byOperation: { queryUsers: 1 } });
  });

  it('is not fetched at all when an answer embeds it while the look-up waits', async () => {
    const { data, counts } = await run(`{
      poll(id: "poll-01") { createdBy { id } }
      creator: user(id: "user-001") { name }
    }`);
    expect(data.poll.createdBy.id).toBe('user-001');
    expect(data.creator.name).toBe('Ada Lovelace');
    expect(counts).toEqual({ total: 1, byOperation: { getPoll: 1 } });
  });

  it('is not fetched when a poll names it among the latest votes of an option', async () => {
    const latest = await gateway.client.getPoll({ poll_id: 'poll-03' });
    const voterId = Object.values(latest.poll.latest_votes_by_option)
      .flat()
      .map((vote) => vote.user?.id)
      .find((id) => id && id !== latest.poll.created_by_id);
    expect(voterId).toBeDefined();
    const { data, counts } = await run(`{
      poll(id: "poll-03") { latestVotesByOption { user { id } } }
      voter: user(id: "${voterId}") { id name }
    }`);
    expect(data.voter.id).toBe(voterId);
    expect(data.poll.latestVotesByOption.map((vote: any) => vote.user?.id)).toContain(voterId);
    expect(counts).toEqual({ total: 1, byOperation: { getPoll: 1 } });
  });

  it('batches users asked for from the answers of different calls into one queryUsers', async () => {
    const { data, counts } = await run(`{
      devices(userId: "user-001") { user { id } }
      liveLocations(userId: "user-002") { user { id } }
      a: user(id: "user-010") { id }
      b: user(id: "user-011") { id }
      missing: user(id: "nobody") { id }
    }`);
    expect(data.devices[0].user.id).toBe('user-001');
    expect(data.liveLocations[0].user.id).toBe('user-002');
    expect([data.a.id, data.b.id, data.missing]).toEqual(['user-010', 'user-011', null]);
    expect(counts.byOperation).toEqual({ listDevices: 1, getUserLiveLocations: 1, queryUsers: 1 });
    const lookup = gateway.emulator.log.filter((entry) => entry.operation === 'queryUsers').at(-1)!;
    const ids = JSON.parse(lookup.query.payload!).filter_conditions.id.$in;
    expect([...ids].sort()).toEqual(['nobody', 'user-001', 'user-002', 'user-010', 'user-011']);
  });

  it('reads the poll of votes from the answer that listed them', async () => {
    const { data, counts } = await run(`{
      poll(id: "poll-02") { votes(first: 20) { edges { node { poll { id name } option { id } } } } }
    }`);
    const votes = data.poll.votes.edges.map((edge: any) => edge.node);
    expect(votes.length).toBeGreaterThan(0);
    expect(votes.every((vote: any) => vote.poll.id === 'poll-02' && vote.option.id)).toBe(true);
    expect(counts).toEqual({ total: 2, byOperation: { getPoll: 1, queryPollVotes: 1 } });
  });
});
