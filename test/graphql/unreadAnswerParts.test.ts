import { getNamedType, isNonNullType, isObjectType, parse, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/executableSchema.js';
import { dropUnreadParts, LATEST_VOTES_FIELDS, readsLatestVotes } from '../../src/graphql/unreadAnswerParts.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

const LATEST = new Set<string>(LATEST_VOTES_FIELDS);
const needsArguments = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/**
 * How a test asks for `field`: connections read two items (within the gateway's cost limit), and
 * object types get their own fields, `depth` levels down, but for the latest-votes ones.
 */
function fieldSelection(field: GraphQLField<unknown, unknown>, depth: number): string | undefined {
  if (LATEST.has(field.name) || needsArguments(field)) return undefined;
  const asked = field.args.some((arg) => arg.name === 'first') ? `${field.name}(first: 2)` : field.name;
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return asked;
  if (depth === 0) return undefined;
  const inner = Object.values(named.getFields())
    .map((child) => fieldSelection(child, depth - 1))
    .filter(Boolean)
    .join(' ');
  return `${asked} { ${inner || '__typename'} }`;
}

const POLLS = 10;
const nodesOf = (data: any) => data.polls.edges.map((edge: any) => edge.node);

/** A demo poll with latest votes and latest answers, so that a field reading them would show their loss. */
async function pollWithLatestVotes(): Promise<string> {
  const { polls } = await gateway.client.queryPolls({ limit: 100 });
  const poll = polls.find((p) => p.latest_answers.length > 0 && Object.keys(p.latest_votes_by_option).length > 0);
  expect(poll, 'the demo data has a poll with latest votes and answers').toBeDefined();
  return poll!.id;
}

describe("a request's answers lose only what its document cannot read", () => {
  it('every field of Poll and PollOption answers the same whether the latest votes were dropped or kept', async () => {
    // Asking for latestAnswers as well keeps the latest votes in that request's answers: a field
    // outside LATEST_VOTES_FIELDS that reads them answers differently in the first request.
    const pollId = await pollWithLatestVotes();
    // poll(id:) answers through getPoll, and polls through queryPolls: both are trimmed.
    const asked = (selection: string) => [
      `{ poll(id: "${pollId}") { id ${selection} } }`,
      `{ polls(first: 1, where: { id: { eq: "${pollId}" } }) { edges { node { id ${selection} } } } }`,
    ];
    for (const typeName of ['Poll', 'PollOption']) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      for (const field of Object.values(type.getFields())) {
        // Three levels reach a connection's nodes; under PollOption, whose selection repeats for
        // every option, two keep within the cost limit.
        const own = fieldSelection(field, typeName === 'Poll' ? 3 : 2);
        if (!own) continue;
        const selection = typeName === 'Poll' ? own : `options { ${own} }`;
        const [droppedById, droppedInPage] = await Promise.all(
          asked(selection).map((query) => gateway.queryData(query)),
        );
        const [keptById, keptInPage] = await Promise.all(
          asked(`${selection} keep: latestAnswers { id }`).map((query) => gateway.queryData(query)),
        );
        const withoutKeep = ({ keep: _keep, ...poll }: any) => poll;
        const why = `${typeName}.${field.name} reads the latest votes: name it in LATEST_VOTES_FIELDS`;
        expect(droppedById.poll, why).toEqual(withoutKeep(keptById.poll));
        expect(nodesOf(droppedInPage), why).toEqual(nodesOf(keptInPage).map(withoutKeep));
      }
    }
  });

  it('each latest-votes field, asked by alias or inside a fragment, answers what Stream holds', async () => {
    const { polls } = await gateway.client.queryPolls({ limit: POLLS });
    const data = await gateway.queryData(`
      { polls(first: ${POLLS}) { edges { node { id answers: latestAnswers { id } ...Latest options { optionId latestVotes { id } } } } } }
      fragment Latest on Poll { latestVotesByOption { id optionId } }`);
    const nodes = nodesOf(data);
    expect(nodes.map((node: any) => node.answers.map((vote: any) => vote.id))).toEqual(
      polls.map((poll) => poll.latest_answers.map((vote) => vote.id)),
    );
    expect(nodes.map((node: any) => node.latestVotesByOption.map((vote: any) => vote.id).sort())).toEqual(
      polls.map((poll) =>
        Object.values(poll.latest_votes_by_option)
          .flat()
          .map((vote) => vote.id)
          .sort(),
      ),
    );
    expect(
      nodes.map((node: any) => node.options.map((option: any) => option.latestVotes.map((vote: any) => vote.id))),
    ).toEqual(
      polls.map((poll) =>
        poll.options.map((option) => (poll.latest_votes_by_option[option.id] ?? []).map((vote) => vote.id)),
      ),
    );
  });
});

describe('readsLatestVotes', () => {
  it.each([
    ['{ polls { edges { node { latestAnswers { id } } } } }', true],
    ['{ a: poll(id: "p") { b: latestVotesByOption { optionId } } }', true],
    ['{ poll(id: "p") { ... on Poll { options { latestVotes { id } } } } }', true],
    ['{ poll(id: "p") { ...F } } fragment F on Poll { latestAnswers @skip(if: true) { id } }', true],
    ['subscription { pollUpdated(id: "p") { latestAnswers { id } } }', true],
    ['{ polls { edges { node { id name votes { edges { node { id } } } } } } }', false],
    ['{ poll(id: "p") { latestAnswersCount: id } }', false],
  ])('%s → %s', (document, expected) => {
    expect(readsLatestVotes(parse(document))).toBe(expected);
  });
});

describe('dropUnreadParts', () => {
  const poll = () => ({
    id: 'p',
    latest_votes_by_option: { o: [{ id: 'v' }] },
    latest_answers: [{ id: 'a' }],
    name: 'n',
  });

  it('empties the latest votes of the polls getPoll and queryPolls answer, and nothing else', () => {
    const page = { polls: [poll(), poll()] };
    dropUnreadParts('queryPolls', page);
    expect(page.polls).toEqual([
      { id: 'p', latest_votes_by_option: {}, latest_answers: [], name: 'n' },
      { id: 'p', latest_votes_by_option: {}, latest_answers: [], name: 'n' },
    ]);
    const one = { poll: poll() };
    dropUnreadParts('getPoll', one);
    expect(one.poll).toEqual({ id: 'p', latest_votes_by_option: {}, latest_answers: [], name: 'n' });
  });

  it('leaves what writes answer as it is: subscribers are told of it', () => {
    for (const write of ['updatePoll', 'updatePollPartial', 'createPoll']) {
      const answer = { poll: poll() };
      dropUnreadParts(write, answer);
      expect(answer.poll).toEqual(poll());
    }
  });
});
