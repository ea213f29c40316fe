import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollsOf } from '../../src/emulator/polls/store.js';
import { resetEmulatorAfterEach } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { recorded } from '../support/recorded.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

describe('typed where and orderBy', () => {
  it('polls: where with and/or/not and orderBy become Stream filter and sort', async () => {
    const { data, requests } = await recorded(
      gateway,
      'queryPolls',
      `{ polls(first: 100,
           where: {
             createdAt: { gte: "2000-01-01T00:00:00.5Z" }
             or: [{ isClosed: { eq: false } }, { maxVotesAllowed: { gte: 2, lte: 3 } }]
             not: { createdById: { in: ["user-002", "user-003"] } }
           }
           orderBy: [{ field: IS_CLOSED }, { field: NAME, direction: DESC }]
         ) { edges { node { id isClosed maxVotesAllowed createdById name } } } }`,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toMatchObject({
      filter: {
        created_at: { $gte: '2000-01-01T00:00:00.500Z' },
        $or: [{ is_closed: { $eq: false } }, { max_votes_allowed: { $gte: 2, $lte: 3 } }],
        $nor: [{ created_by_id: { $in: ['user-002', 'user-003'] } }],
      },
      sort: [
        { field: 'is_closed', direction: 1 },
        { field: 'name', direction: -1 },
      ],
    });
    const polls = data.polls.edges.map((edge: any) => edge.node);
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of polls) {
      expect(['user-002', 'user-003']).not.toContain(poll.createdById);
      expect(poll.isClosed === false || (poll.maxVotesAllowed >= 2 && poll.maxVotesAllowed <= 3)).toBe(true);
    }
    const closedFlags = polls.map((poll: any) => poll.isClosed);
    expect(closedFlags).toEqual([...closedFlags].sort());
  });

  it('polls: the raw filter escape hatch is joined with where by $and; autocomplete passes through', async () => {
    const { requests } = await recorded(
      gateway,
      'queryPolls',
      `{ polls(where: { name: { autocomplete: "lunch" } }, filter: { voting_visibility: "anonymous" }) { edges { node { id } } } }`,
    );
    expect(requests[0]!.body).toMatchObject({
      filter: { $and: [{ voting_visibility: 'anonymous' }, { name: { $autocomplete: 'lunch' } }] },
    });
  });

  it("votes: where and orderBy on a poll's votes become Stream filter and sort", async () => {
    const { data, requests } = await recorded(
      gateway,
      'queryPollVotes',
      `{ pollVotes(pollId: "poll-03", first: 100,
           where: { isAnswer: { eq: false }, userId: { in: ["user-001", "user-002", "user-003", "user-004", "user-005"] } }
           orderBy: [{ field: UPDATED_AT, direction: ASC }]
         ) { edges { node { id userId isAnswer updatedAt } } } }`,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]!.path).toBe('/api/v2/polls/poll-03/votes');
    expect(requests[0]!.body).toMatchObject({
      filter: {
        is_answer: { $eq: false },
        user_id: { $in: ['user-001', 'user-002', 'user-003', 'user-004', 'user-005'] },
      },
      sort: [{ field: 'updated_at', direction: 1 }],
    });
    const votes = data.pollVotes.edges.map((edge: any) => edge.node);
    const expected = pollsOf(gateway.emulator.state)
      .polls.get('poll-03')!
      .votes.filter(
        (vote) =>
          !vote.is_answer && ['user-001', 'user-002', 'user-003', 'user-004', 'user-005'].includes(vote.user_id),
      );
    expect(votes.map((vote: any) => vote.id).sort()).toEqual(expected.map((vote) => vote.id).sort());
  });
});

describe('typed patches', () => {
  it('set: PollPatch and unset: [PollField!] become snake_case set and unset', async () => {
    await gateway.queryData(
      `mutation { createPoll(input: { id: "patched", name: "Before", description: "Old", allowAnswers: true, userId: "user-001", options: [{ text: "A" }] }) { poll { id } } }`,
    );
    const { data, requests } = await recorded(
      gateway,
      'updatePollPartial',
      `mutation { updatePollPartial(input: {
          pollId: "patched",
          set: { name: "After", isClosed: true, maxVotesAllowed: 2, votingVisibility: ANONYMOUS, custom: { team: "core" } }
          unset: [DESCRIPTION, ALLOW_ANSWERS]
        }) { poll { name isClosed maxVotesAllowed votingVisibility custom description allowAnswers } } }`,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toMatchObject({
      set: {
        name: 'After',
        is_closed: true,
        max_votes_allowed: 2,
        voting_visibility: 'anonymous',
        custom: { team: 'core' },
      },
      unset: ['description', 'allow_answers'],
    });
    expect(data.updatePollPartial.poll).toEqual({
      name: 'After',
      isClosed: true,
      maxVotesAllowed: 2,
      votingVisibility: 'ANONYMOUS',
      custom: { team: 'core' },
      description: '',
      allowAnswers: false,
    });
  });
});

describe('typos in typed input are document validation errors, before any upstream call', () => {
  it.each([
    [
      'a where field Stream does not filter on',
      '{ polls(where: { votingVisibilty: { eq: "public" } }) { edges { cursor } } }',
    ],
    [
      'a PollField that does not exist',
      'mutation { updatePollPartial(input: { pollId: "poll-01", unset: [NAME] }) { poll { id } } }',
    ],
    ['a misspelt orderBy field', '{ polls(orderBy: [{ field: NMAE }]) { edges { cursor } } }'],
    ['an operator the field does not take', '{ polls(where: { isClosed: { in: [true] } }) { edges { cursor } } }'],
  ])('%s', async (_name, query) => {
    const { result, counts } = await gateway.countedQuery(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(counts).toEqual({});
  });
});

describe('bad typed input is BAD_USER_INPUT before any upstream call', () => {
  it.each([
    ['an empty in list', '{ polls(where: { id: { in: [] } }) { edges { cursor } } }'],
    ['a blank autocomplete', '{ polls(where: { name: { autocomplete: "  " } }) { edges { cursor } } }'],
    ['an empty or', '{ polls(where: { or: [] }) { edges { cursor } } }'],
    ['an empty and branch', '{ pollVotes(pollId: "poll-03", where: { and: [{}] }) { edges { cursor } } }'],
    ['a not that sets nothing', '{ pollVotes(pollId: "poll-03", where: { not: { id: {} } }) { edges { cursor } } }'],
    ['a time that is not RFC 3339', '{ polls(where: { createdAt: { gt: "yesterday" } }) { edges { cursor } } }'],
    [
      'a setting both set and unset',
      'mutation { updatePollPartial(input: { pollId: "poll-01", set: { isClosed: true }, unset: [IS_CLOSED] }) { poll { id } } }',
    ],
    [
      'a setting set to null',
      'mutation { updatePollPartial(input: { pollId: "poll-01", set: { description: null } }) { poll { id } } }',
    ],
  ])('%s', async (_name, query) => {
    const { result, counts } = await gateway.countedQuery(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(counts).toEqual({});
  });

  it('the same holds for a typo in a variable', async () => {
    const { result, counts } = await gateway.countedQuery(
      'query ($order: [PollOrder!]) { polls(orderBy: $order) { edges { cursor } } }',
      { order: [{ field: 'nmae' }] },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(counts).toEqual({});
  });
});
