import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollsOf } from '../../src/emulator/polls/store.js';
import { resetEmulatorAfterEach } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

const storedVotes = (pollId: string) => pollsOf(gateway.emulator.state).polls.get(pollId)!.votes;

describe('tallies on the option', () => {
  it("each option's voteCount, latestVotes and votes match the votes the emulator holds", async () => {
    const { result, counts } = await gateway.countedQuery(`{
      poll(id: "poll-03") {
        options {
          optionId voteCount
          latestVotes { id optionId }
          votes(first: 100) { edges { node { id optionId user { id } } } pageInfo { hasNextPage } }
          poll { id }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const options = result.data.poll.options;
    const votes = storedVotes('poll-03').filter((vote) => !vote.is_answer);
    expect(votes.length).toBeGreaterThan(0);
    for (const option of options) {
      const mine = votes.filter((vote) => vote.option_id === option.optionId);
      expect(option.voteCount).toBe(mine.length);
      expect(option.poll).toEqual({ id: 'poll-03' });
      const listed = option.votes.edges.map((edge: any) => edge.node);
      expect(option.votes.pageInfo.hasNextPage).toBe(false);
      expect(listed.map((vote: any) => vote.id).sort()).toEqual(mine.map((vote) => vote.id).sort());
      for (const latest of option.latestVotes) {
        expect(latest.optionId).toBe(option.optionId);
        expect(mine.map((vote) => vote.id)).toContain(latest.id);
      }
    }
    expect(options.some((option: any) => option.voteCount > 0)).toBe(true);
    // One getPoll, one queryPollVotes per option (Stream pages per option filter); voters come
    // embedded, and the option's poll is the one it was read with.
    expect(counts).toEqual({ getPoll: 1, queryPollVotes: options.length });
  });

  it('an option read on its own loads its poll for its tallies, batched across options', async () => {
    const { poll } = await gateway.queryData('{ poll(id: "poll-05") { options { optionId voteCount } } }');
    const [first, second] = poll.options;
    const { result, counts } = await gateway.countedQuery(
      `query ($a: ID!, $b: ID!) {
        a: pollOption(pollId: "poll-05", optionId: $a) { optionId voteCount poll { id } }
        b: pollOption(pollId: "poll-05", optionId: $b) { optionId voteCount poll { id } }
      }`,
      { a: first.optionId, b: second.optionId },
    );
    expect(result.data).toEqual({
      a: { optionId: first.optionId, voteCount: first.voteCount, poll: { id: 'poll-05' } },
      b: { optionId: second.optionId, voteCount: second.voteCount, poll: { id: 'poll-05' } },
    });
    expect(counts).toEqual({ getPollOption: 2, queryPolls: 1 });
  });

  it('the deprecated voteCountsByOption agrees with the option tallies', async () => {
    const { poll } = await gateway.queryData(
      '{ poll(id: "poll-06") { voteCountsByOption options { optionId voteCount } } }',
    );
    for (const option of poll.options) {
      expect(option.voteCount).toBe(poll.voteCountsByOption[option.optionId] ?? 0);
    }
  });
});

describe("options in Apollo Client's InMemoryCache", () => {
  it('two polls with the same option id stay apart without a type policy', async () => {
    for (const [id, text] of [
      ['cache-a', 'Yes please'],
      ['cache-b', 'Yes, absolutely'],
    ]) {
      await gateway.queryData(
        `mutation ($id: ID!) {
          createPoll(input: { id: $id, name: "Same option ids", userId: "user-001", options: [{ text: "placeholder" }] }) { poll { id } }
        }`,
        { id },
      );
      await gateway.queryData(
        `mutation ($id: ID!, $text: String!) {
          updatePoll(input: { id: $id, name: "Same option ids", userId: "user-001", options: [{ id: "yes", text: $text }] }) { poll { id } }
        }`,
        { id, text },
      );
    }
    pollsOf(gateway.emulator.state).castVote('cache-a', 'user-002', { optionId: 'yes' });

    const cache = new InMemoryCache();
    const client = new ApolloClient({
      cache,
      link: new HttpLink({
        uri: gateway.url,
        headers: { authorization: `Bearer ${gateway.serverToken}` },
      }),
    });
    const { data } = await client.query<any>({
      query: gql`
        query TwoPolls {
          a: poll(id: "cache-a") {
            id
            options {
              id
              optionId
              text
              voteCount
            }
          }
          b: poll(id: "cache-b") {
            id
            options {
              id
              optionId
              text
              voteCount
            }
          }
        }
      `,
    });
    expect(data.a.options).toEqual([expect.objectContaining({ optionId: 'yes', text: 'Yes please', voteCount: 1 })]);
    expect(data.b.options).toEqual([
      expect.objectContaining({ optionId: 'yes', text: 'Yes, absolutely', voteCount: 0 }),
    ]);
    expect(data.a.options[0].id).not.toBe(data.b.options[0].id);
    const stored = Object.keys(cache.extract()).filter((key) => key.startsWith('PollOption:'));
    expect(stored).toHaveLength(2);
  });
});
