import { randomUUID } from 'node:crypto';
import { S2_VOTES, S3_POLLS, S3_VOTES, type BenchData } from './benchData.js';
import type { RequestSpec } from './load.js';

export const CONTENDERS = ['direct', 'yoga-floor', 'gateway', 'gateway+tracing', 'gateway+cache', 'mesh'] as const;
export type ContenderName = (typeof CONTENDERS)[number];
export const SCENARIO_NAMES = ['S1', 'S2', 'S3', 'S4', 'S5'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** The API a contender speaks: the gateway with tracing or the response cache on takes the gateway's requests. */
export type Dialect = 'direct' | 'gateway' | 'mesh';
export const dialectOf = (contender: ContenderName): Dialect =>
  contender === 'gateway+tracing' || contender === 'gateway+cache' || contender === 'yoga-floor'
    ? 'gateway'
    : contender;

/**
 * S5 times the response cache: the gateway with it on (gateway+cache) against the direct client,
 * and gateway+cache takes part in S5 only. yoga-floor, the cost floor of a graphql-yoga server,
 * answers the read scenarios S1–S3.
 */
export const takesPart = (scenario: ScenarioName, contender: ContenderName): boolean => {
  if (scenario === 'S5') return contender === 'direct' || contender === 'gateway+cache';
  if (contender === 'yoga-floor') return scenario === 'S1' || scenario === 'S2' || scenario === 'S3';
  return contender !== 'gateway+cache';
};

/** The data every contender's answer is reduced to, so the harness can check they all returned the same. */
interface Voter {
  name: string | null;
}
interface PollData {
  optionCount?: number;
  creatorName: string | null;
  voters: (Voter | null)[];
}

interface DialectScenario {
  name: ScenarioName;
  title: string;
  request(contender: Dialect, data: BenchData): RequestSpec;
  /** A few figures from an answer, equal across contenders when they returned the same data. */
  summarize(contender: Dialect, body: any): Record<string, unknown>;
}

export interface Scenario {
  name: ScenarioName;
  title: string;
  request(contender: ContenderName, data: BenchData): RequestSpec;
  summarize(contender: ContenderName, body: any): Record<string, unknown>;
}

const graphql = (query: string, variables?: Record<string, unknown>): RequestSpec => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

const nodes = <T>(connection: { edges?: { node: T }[]; nodes?: T[] } | null | undefined): T[] =>
  connection?.nodes ?? connection?.edges?.map((edge) => edge.node) ?? [];

function pollFigures(poll: PollData) {
  return {
    options: poll.optionCount,
    creator: poll.creatorName,
    votes: poll.voters.length,
    namedVoters: poll.voters.filter((voter) => voter?.name).length,
  };
}

function pollsFigures(polls: PollData[]) {
  return {
    polls: polls.length,
    withCreator: polls.filter((poll) => poll.creatorName).length,
    votes: polls.reduce((sum, poll) => sum + poll.voters.length, 0),
    namedVoters: polls.reduce((sum, poll) => sum + poll.voters.filter((voter) => voter?.name).length, 0),
  };
}

const S1: DialectScenario = {
  name: 'S1',
  title: 'one call: the app name',
  request(contender) {
    if (contender === 'direct') return { method: 'GET', path: '/s1' };
    if (contender === 'gateway') return graphql('query S1 { app { name } }');
    return graphql('query S1 { GetApp { ... on GetApplicationResponse { app { name } } } }');
  },
  summarize(contender, body) {
    const app = contender === 'direct' ? body.app : contender === 'gateway' ? body.data?.app : body.data?.GetApp?.app;
    return { name: app?.name ?? null };
  },
};

const S2: DialectScenario = {
  name: 'S2',
  title: `one poll with options, creator and ${S2_VOTES} votes with voters`,
  request(contender, data) {
    const id = data.pollId!;
    if (contender === 'direct') return { method: 'GET', path: `/s2?poll=${encodeURIComponent(id)}&votes=${S2_VOTES}` };
    if (contender === 'gateway') {
      return graphql(
        `query S2($id: ID!) {
          poll(id: $id) {
            id name
            options { id text }
            createdBy { id name }
            votes(first: ${S2_VOTES}) { edges { node { id user { id name } } } }
          }
        }`,
        { id },
      );
    }
    // The generated schema has no link from a poll to its votes that runs in parallel with the
    // poll itself, so the closest request asks both root fields at once.
    const literal = JSON.stringify(id);
    return graphql(
      `query S2 {
        GetPoll(poll_id: ${literal}) {
          ... on PollResponse { poll { id name options { id text } created_by { id name } } }
        }
        QueryPollVotes(poll_id: ${literal}, input: { limit: ${S2_VOTES} }) {
          ... on PollVotesResponse { votes { id user { id name } } }
        }
      }`,
    );
  },
  summarize(contender, body) {
    if (contender === 'direct') {
      const poll = body.poll;
      return pollFigures({
        optionCount: poll?.options.length,
        creatorName: poll?.createdBy?.name ?? null,
        voters: (poll?.votes ?? []).map((v: any) => v.user),
      });
    }
    if (contender === 'gateway') {
      const poll = body.data?.poll;
      return pollFigures({
        optionCount: poll?.options?.length,
        creatorName: poll?.createdBy?.name ?? null,
        voters: nodes<any>(poll?.votes).map((vote) => vote.user),
      });
    }
    const poll = body.data?.GetPoll?.poll;
    return pollFigures({
      optionCount: poll?.options?.length,
      creatorName: poll?.created_by?.name ?? null,
      voters: (body.data?.QueryPollVotes?.votes ?? []).map((vote: any) => vote.user),
    });
  },
};

const S3: DialectScenario = {
  name: 'S3',
  title: `${S3_POLLS} polls, each with creator and ${S3_VOTES} votes with voters`,
  request(contender) {
    if (contender === 'direct') return { method: 'GET', path: `/s3?polls=${S3_POLLS}&votes=${S3_VOTES}` };
    if (contender === 'gateway') {
      return graphql(
        `query S3 {
          polls(first: ${S3_POLLS}) {
            edges { node {
              id name
              createdBy { id name }
              votes(first: ${S3_VOTES}) { edges { node { id user { id name } } } }
            } }
          }
        }`,
      );
    }
    // `votes` is the @resolveTo link that bench/mesh/mesh.config.ts adds to the generated schema.
    return graphql(
      `query S3 {
        QueryPolls(input: { limit: ${S3_POLLS} }) {
          ... on QueryPollsResponse { polls {
            id name
            created_by { id name }
            votes(limit: ${S3_VOTES}) { ... on PollVotesResponse { votes { id user { id name } } } }
          } }
        }
      }`,
    );
  },
  summarize(contender, body) {
    if (contender === 'direct') {
      return pollsFigures(
        (body.polls ?? []).map((poll: any) => ({
          creatorName: poll.createdBy?.name ?? null,
          voters: poll.votes.map((v: any) => v.user),
        })),
      );
    }
    if (contender === 'gateway') {
      return pollsFigures(
        nodes<any>(body.data?.polls).map((poll) => ({
          creatorName: poll.createdBy?.name ?? null,
          voters: nodes<any>(poll.votes).map((vote) => vote.user),
        })),
      );
    }
    return pollsFigures(
      (body.data?.QueryPolls?.polls ?? []).map((poll: any) => ({
        creatorName: poll.created_by?.name ?? null,
        voters: (poll.votes?.votes ?? []).map((vote: any) => vote.user),
      })),
    );
  },
};

/** A poll id never used before, so every create is a real create. */
const freshPollId = () => `bench-${randomUUID()}`;

const S4: DialectScenario = {
  name: 'S4',
  title: 'a mutation pair: create a poll, then delete it',
  request(contender, data) {
    const userId = data.userId!;
    if (contender === 'direct') {
      return { method: 'POST', path: '/s4', bodyFor: () => JSON.stringify({ id: freshPollId(), userId }) };
    }
    if (contender === 'gateway') {
      // Mutation fields run one after the other, so one document creates and then deletes.
      const query = `mutation S4($id: ID!, $userId: ID!) {
        createPoll(input: { id: $id, name: "Benchmark poll", userId: $userId }) { poll { id name } }
        deletePoll(input: { pollId: $id, userId: $userId }) { id }
      }`;
      return {
        method: 'POST',
        path: '/graphql',
        bodyFor: () => JSON.stringify({ query, variables: { id: freshPollId(), userId } }),
      };
    }
    const query = `mutation S4($input: CreatePollRequest_Input, $id: mutationInput_DeletePoll_poll_id!, $userId: String) {
      CreatePoll(input: $input) { ... on PollResponse { poll { id name } } }
      DeletePoll(poll_id: $id, user_id: $userId) { ... on Response { duration } }
    }`;
    return {
      method: 'POST',
      path: '/graphql',
      bodyFor: () => {
        const id = freshPollId();
        return JSON.stringify({
          query,
          variables: { input: { id, name: 'Benchmark poll', user_id: userId }, id, userId },
        });
      },
    };
  },
  summarize(contender, body) {
    if (contender === 'direct') return { created: Boolean(body.created?.id), deleted: Boolean(body.deleted?.id) };
    if (contender === 'gateway') {
      return { created: Boolean(body.data?.createPoll?.poll?.id), deleted: Boolean(body.data?.deletePoll?.id) };
    }
    return { created: Boolean(body.data?.CreatePoll?.poll?.id), deleted: Boolean(body.data?.DeletePoll?.duration) };
  },
};

const forContenders = (scenario: DialectScenario): Scenario => ({
  name: scenario.name,
  title: scenario.title,
  request: (contender, data) => scenario.request(dialectOf(contender), data),
  summarize: (contender, body) => scenario.summarize(dialectOf(contender), body),
});

/** S2's request, read again and again: with RESPONSE_CACHE=on, every read after the first is a hit. */
const S5: DialectScenario = {
  ...S2,
  name: 'S5',
  title: `S2's poll page read repeatedly, the gateway's response cache on (gateway+cache)`,
};

export const scenarios: Record<ScenarioName, Scenario> = {
  S1: forContenders(S1),
  S2: forContenders(S2),
  S3: forContenders(S3),
  S4: forContenders(S4),
  S5: forContenders(S5),
};
