import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEmulatorAfterEach } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());
resetEmulatorAfterEach(() => gateway.emulator);

const POLLS_PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  polls(first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const VOTES_PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  poll(id: "poll-03") {
    voteCount
    answersCount
    votes(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

describe('reading polls', () => {
  it('poll(id) exposes the poll with its options, creator and own votes', async () => {
    const token = await gateway.userToken('user-001');
    const data = await gateway.queryData(
      `{ poll(id: "poll-01") {
          id name description votingVisibility enforceUniqueVote maxVotesAllowed allowAnswers allowUserSuggestedOptions isClosed
          voteCount answersCount voteCountsByOption custom createdAt updatedAt createdById
          latestVotesByOption { optionId option { optionId } user { id name } createdAt }
          createdBy { id name }
          options { optionId text custom }
          ownVotes { id optionId user { id } option { text } poll { id } }
          latestAnswers { answerText isAnswer }
        } }`,
      undefined,
      token,
    );
    const poll = data.poll;
    expect(poll).toMatchObject({
      id: 'poll-01',
      createdById: 'user-001',
      createdBy: { id: 'user-001', name: 'Ada Lovelace' },
    });
    expect(poll.options.length).toBeGreaterThanOrEqual(2);
    const counted = Object.values(poll.voteCountsByOption as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(counted).toBe(poll.voteCount);
    // Each option's latest votes, option by option, each naming an option of this poll.
    const optionIds = poll.options.map((option: any) => option.optionId);
    expect(poll.latestVotesByOption.length).toBeGreaterThan(0);
    for (const vote of poll.latestVotesByOption) {
      expect(optionIds).toContain(vote.optionId);
      expect(vote.option.optionId).toBe(vote.optionId);
      expect(typeof vote.createdAt).toBe('string');
    }
    const order = poll.latestVotesByOption.map((vote: any) => optionIds.indexOf(vote.optionId));
    expect(order).toEqual([...order].sort((a: number, b: number) => a - b));
    expect(poll.ownVotes.length).toBeGreaterThan(0);
    expect(poll.ownVotes.every((vote: any) => vote.user.id === 'user-001' && vote.poll.id === 'poll-01')).toBe(true);
    expect(
      poll.ownVotes.every((vote: any) => poll.options.some((option: any) => option.text === vote.option.text)),
    ).toBe(true);
  });

  it('a missing poll is null, not an error; its siblings still resolve', async () => {
    const { result, counts } = await gateway.countedQuery(
      `{ found: poll(id: "poll-02") { id } missing: poll(id: "nope") { id } }`,
    );
    expect(counts).toEqual({ getPoll: 2 });
    expect(result.data).toEqual({ found: { id: 'poll-02' }, missing: null });
    expect(result.errors).toBeUndefined();
  });

  it('walks every poll forward and back, each exactly once', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    let last: any;
    for (;;) {
      const page: any = (await gateway.queryData(POLLS_PAGE, { first: 15, after })).polls;
      forward.push(...page.edges.map((edge: any) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      last = page;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(50);
    expect(new Set(forward).size).toBe(50);
    // Newest first by default: poll-50 was created last.
    expect(forward[0]).toBe('poll-50');

    const backward: string[] = [];
    let before: string = last.pageInfo.startCursor;
    backward.unshift(...last.edges.map((edge: any) => edge.node.id));
    for (;;) {
      const page: any = (await gateway.queryData(POLLS_PAGE, { last: 15, before })).polls;
      backward.unshift(...page.edges.map((edge: any) => edge.node.id));
      expect(page.pageInfo.hasNextPage).toBe(true);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('a cursor from inside a page continues right after its item', async () => {
    const first: any = (await gateway.queryData(POLLS_PAGE, { first: 10 })).polls;
    const ids = first.edges.map((edge: any) => edge.node.id);
    const fromMiddle = await gateway.countedQuery(POLLS_PAGE, { first: 10, after: first.edges[4].cursor });
    const page = fromMiddle.result.data.polls;
    const next: any = (await gateway.queryData(POLLS_PAGE, { first: 5, after: first.pageInfo.endCursor })).polls;
    expect(page.edges.map((edge: any) => edge.node.id)).toEqual([
      ...ids.slice(5),
      ...next.edges.map((edge: any) => edge.node.id),
    ]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // The page the cursor came from is read again, then the rest from the page after it.
    expect(fromMiddle.counts).toEqual({ queryPolls: 2 });

    const backFromMiddle: any = (await gateway.queryData(POLLS_PAGE, { last: 3, before: first.edges[4].cursor })).polls;
    expect(backFromMiddle.edges.map((edge: any) => edge.node.id)).toEqual(ids.slice(1, 4));
    expect(backFromMiddle.pageInfo.hasPreviousPage).toBe(true);
  });

  it("walks a poll's votes forward and back, each exactly once", async () => {
    const forward: string[] = [];
    let after: string | null = null;
    let last: any;
    let total = 0;
    for (;;) {
      const poll: any = (await gateway.queryData(VOTES_PAGE, { first: 7, after })).poll;
      total = poll.voteCount + poll.answersCount;
      const page = poll.votes;
      forward.push(...page.edges.map((edge: any) => edge.node.id));
      last = page;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward.length).toBe(total);
    expect(new Set(forward).size).toBe(total);

    const backward: string[] = last.edges.map((edge: any) => edge.node.id);
    let before: string = last.pageInfo.startCursor;
    for (;;) {
      const page: any = (await gateway.queryData(VOTES_PAGE, { last: 7, before })).poll.votes;
      backward.unshift(...page.edges.map((edge: any) => edge.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('filters polls and votes with typed where inputs and Stream filters', async () => {
    const data = await gateway.queryData(`{
      mine: polls(where: { createdById: { eq: "user-001" } }, first: 100) { edges { node { createdById } } }
      closed: polls(where: { isClosed: { eq: true } }, filter: { voting_visibility: "public" }) { edges { node { id isClosed votingVisibility } } }
      some: polls(where: { id: { in: ["poll-04", "poll-05"] } }, orderBy: [{ field: CREATED_AT, direction: ASC }]) { edges { node { id } } }
      answers: pollVotes(pollId: "poll-05", where: { isAnswer: { eq: true } }, first: 100) { edges { node { isAnswer answerText option { id } } } }
      poll(id: "poll-06") { votes(where: { optionId: { eq: "option-000068" } }) { edges { node { optionId } } } }
    }`);
    expect(data.mine.edges.length).toBe(5);
    expect(data.closed.edges.length).toBeGreaterThan(0);
    expect(data.closed.edges.every((edge: any) => edge.node.isClosed && edge.node.votingVisibility === 'PUBLIC')).toBe(
      true,
    );
    expect(data.some.edges.map((edge: any) => edge.node.id)).toEqual(['poll-04', 'poll-05']);
    expect(data.answers.edges.length).toBeGreaterThan(0);
    expect(
      data.answers.edges.every((edge: any) => edge.node.isAnswer && edge.node.answerText && edge.node.option === null),
    ).toBe(true);
    expect(data.poll.votes.edges.length).toBeGreaterThan(0);
    expect(data.poll.votes.edges.every((edge: any) => edge.node.optionId === 'option-000068')).toBe(true);
  });

  it('reads one option of a poll', async () => {
    const { poll } = await gateway.queryData('{ poll(id: "poll-07") { options { id optionId text } } }');
    const option = poll.options[1];
    const data = await gateway.queryData(
      `{ pollOption(pollId: "poll-07", optionId: "${option.optionId}") { id optionId text custom } }`,
    );
    expect(data.pollOption).toEqual({ ...option, custom: {} });
    const missing = await gateway.query('{ pollOption(pollId: "poll-07", optionId: "nope") { id } }');
    expect(missing).toMatchObject({ data: { pollOption: null } });
    expect(missing.errors).toBeUndefined();
  });

  it('refuses page sizes beyond 100 and foreign cursors before any upstream call', async () => {
    const big = await gateway.countedQuery(POLLS_PAGE, { first: 500 });
    expect(big.result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
    const bad = await gateway.countedQuery(POLLS_PAGE, {
      first: 5,
      after: Buffer.from('{"o":3}').toString('base64url'),
    });
    expect(bad.result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
    const both = await gateway.countedQuery(POLLS_PAGE, { first: 5, last: 5 });
    expect(both.result.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const attempt of [big, bad, both]) expect(attempt.counts).toEqual({});
  });

  it('a bad Stream filter is BAD_USER_INPUT naming the field Stream names', async () => {
    const result = await gateway.query('{ polls(filter: { no_such_field: 1 }) { edges { node { id } } } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      streamCode: 4,
      fields: { filter: expect.any(String) },
    });
  });
});

describe('writing polls', () => {
  it('a user creates, changes and deletes their poll and its options', async () => {
    const token = await gateway.userToken('user-150');
    const created = await gateway.queryData(
      `mutation ($input: CreatePollInput!) { createPoll(input: $input) { poll { id name createdBy { id } options { optionId text custom } votingVisibility maxVotesAllowed custom } } }`,
      {
        input: {
          id: 'lunch',
          name: 'Lunch?',
          options: [{ text: 'Pizza', custom: { veggie: true } }, { text: 'Sushi' }],
          votingVisibility: 'ANONYMOUS',
          maxVotesAllowed: 2,
          custom: { team: 'core' },
        },
      },
      token,
    );
    const poll = created.createPoll.poll;
    expect(poll).toMatchObject({
      id: 'lunch',
      createdBy: { id: 'user-150' },
      votingVisibility: 'ANONYMOUS',
      maxVotesAllowed: 2,
      custom: { team: 'core' },
    });
    expect(poll.options.map((option: any) => option.text)).toEqual(['Pizza', 'Sushi']);

    const [pizza, sushi] = poll.options;
    const replaced = await gateway.queryData(
      `mutation ($input: UpdatePollInput!) { updatePoll(input: $input) { poll { name options { optionId text } enforceUniqueVote } } }`,
      {
        input: {
          id: 'lunch',
          name: 'Lunch today?',
          enforceUniqueVote: true,
          options: [{ id: sushi.optionId }, { id: pizza.optionId, text: 'Pizza!' }],
        },
      },
      token,
    );
    expect(replaced.updatePoll.poll).toEqual({
      name: 'Lunch today?',
      enforceUniqueVote: true,
      options: [
        { optionId: sushi.optionId, text: 'Sushi' },
        { optionId: pizza.optionId, text: 'Pizza!' },
      ],
    });

    const closed = await gateway.queryData(
      `mutation { updatePollPartial(input: { pollId: "lunch", set: { isClosed: true }, unset: [DESCRIPTION] }) { poll { isClosed description } } }`,
      undefined,
      token,
    );
    expect(closed.updatePollPartial.poll).toEqual({ isClosed: true, description: '' });

    const added = await gateway.queryData(
      `mutation { createPollOption(input: { pollId: "lunch", text: "Tacos", custom: { spicy: true } }) { pollOption { optionId text custom } poll { options { text } } } }`,
      undefined,
      token,
    );
    expect(added.createPollOption.pollOption).toMatchObject({ text: 'Tacos', custom: { spicy: true } });
    expect(added.createPollOption.poll.options.map((option: any) => option.text)).toContain('Tacos');
    const tacos = added.createPollOption.pollOption.optionId;

    const renamed = await gateway.queryData(
      `mutation ($id: ID!) { updatePollOption(input: { pollId: "lunch", id: $id, text: "Tacos al pastor" }) { pollOption { optionId text custom } } }`,
      { id: tacos },
      token,
    );
    expect(renamed.updatePollOption.pollOption).toEqual({ optionId: tacos, text: 'Tacos al pastor', custom: {} });

    const removedOption = await gateway.queryData(
      `mutation ($id: ID!) { deletePollOption(input: { pollId: "lunch", optionId: $id }) { deletedOptionId poll { id options { optionId } } userErrors { code } } }`,
      { id: tacos },
      token,
    );
    expect(removedOption.deletePollOption).toMatchObject({
      deletedOptionId: tacos,
      poll: { id: 'lunch' },
      userErrors: [],
    });
    const optionIds = removedOption.deletePollOption.poll.options.map(
      (option: { optionId: string }) => option.optionId,
    );
    expect(optionIds.length).toBeGreaterThan(0);
    expect(optionIds).not.toContain(tacos);

    const removed = await gateway.queryData(
      `mutation { deletePoll(input: { pollId: "lunch" }) { deletedId userErrors { code } } }`,
      undefined,
      token,
    );
    expect(removed.deletePoll).toEqual({ deletedId: 'lunch', userErrors: [] });
    const gone = await gateway.query('{ poll(id: "lunch") { id } }');
    expect(gone).toMatchObject({ data: { poll: null } });
    expect(gone.errors).toBeUndefined();
  });

  it("a user acting as someone else is FORBIDDEN before any upstream call; another's poll is FORBIDDEN by Stream", async () => {
    const token = await gateway.userToken('user-150');
    const asOther = await gateway.countedQuery(
      `mutation { createPoll(input: { name: "x", userId: "user-001" }) { poll { id } } }`,
      undefined,
      token,
    );
    expect(asOther.result.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(asOther.counts).toEqual({});

    // The gateway calls Stream as the server, so it checks who created the poll itself.
    const notMine = await gateway.countedQuery(
      `mutation { deletePoll(input: { pollId: "poll-01" }) { deletedId } }`,
      undefined,
      token,
    );
    expect(notMine.result.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(notMine.counts).toEqual({ queryPolls: 1 });
    expect((await gateway.queryData('{ poll(id: "poll-01") { id } }')).poll).toEqual({ id: 'poll-01' });
    for (const mutation of [
      `updatePollPartial(input: { pollId: "poll-01", set: { isClosed: true } }) { poll { id } }`,
      `updatePoll(input: { id: "poll-01", name: "mine now" }) { poll { id } }`,
      `createPollOption(input: { pollId: "poll-01", text: "sneaky" }) { pollOption { id } }`,
      `deletePollOption(input: { pollId: "poll-01", optionId: "x" }) { deletedId }`,
    ]) {
      const refused = await gateway.countedQuery(`mutation { ${mutation} }`, undefined, token);
      expect(refused.result.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(refused.counts).toEqual({ queryPolls: 1 });
    }
  });

  it("a user may add options to someone else's poll when it welcomes suggestions", async () => {
    const token = await gateway.userToken('user-150');
    const data = await gateway.queryData(
      `mutation { createPollOption(input: { pollId: "poll-06", text: "My idea" }) { pollOption { text } poll { allowUserSuggestedOptions } } }`,
      undefined,
      token,
    );
    expect(data.createPollOption).toEqual({
      pollOption: { text: 'My idea' },
      poll: { allowUserSuggestedOptions: true },
    });
  });

  it('a server creating a poll must name its creator; bad options are userErrors naming the option', async () => {
    const nobody = await gateway.countedQuery(`mutation { createPoll(input: { name: "x" }) { poll { id } } }`);
    expect(nobody.result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.userId': expect.any(String) },
    });
    expect(nobody.counts).toEqual({});

    const twice = await gateway.queryData(
      `mutation { createPoll(input: { name: "x", userId: "user-002", options: [{ text: "a" }, { text: "a" }] }) { poll { id } userErrors { field code } } }`,
    );
    expect(twice.createPoll).toEqual({
      poll: null,
      userErrors: [{ field: ['input', 'options', '1', 'text'], code: 'INVALID_INPUT' }],
    });
  });
});

describe('upstream failures', () => {
  it('a 429 from Stream is RATE_LIMITED', async () => {
    gateway.emulator.controls.forcedErrors.push({ status: 429, code: 9, operation: 'queryPolls' });
    const result = await gateway.query('{ polls(first: 2) { edges { node { id } } } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', streamCode: 9, httpStatus: 429 });
    expect(result.data).toEqual({ polls: null });
  });

  it('a 500 from Stream is UPSTREAM_ERROR, and only that field fails', async () => {
    gateway.emulator.controls.forcedErrors.push({ status: 500, code: -1, operation: 'queryPollVotes', times: 1 });
    const result = await gateway.query(`{
      poll(id: "poll-08") { id name votes(first: 3) { edges { node { id } } } }
      user(id: "user-001") { name }
    }`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['poll', 'votes'], extensions: { code: 'UPSTREAM_ERROR' } });
    expect(result.data).toEqual({
      poll: { id: 'poll-08', name: expect.any(String), votes: null },
      user: { name: 'Ada Lovelace' },
    });
  });

  it('an answer slower than the timeout is UPSTREAM_TIMEOUT', async () => {
    gateway.emulator.controls.latencyByOperation.queryPolls = 2500;
    const result = await gateway.query('{ polls(first: 1) { edges { node { id } } } user(id: "user-002") { id } }');
    expect(result.errors?.[0]).toMatchObject({ path: ['polls'], extensions: { code: 'UPSTREAM_TIMEOUT' } });
    expect(result.data?.user).toEqual({ id: 'user-002' });
  });
});
