import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUserId } from '../../src/emulator/demo.js';
import { schemaSdl } from '../../src/schemaSdl.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { startFederatedGateway, type FederatedGateway } from './support/federatedGateway.js';
import { REVIEWS, REVIEWS_SDL, startReviewsSubgraph, type ReviewsSubgraph } from './support/reviewsSubgraph.js';

let stream: TestGateway;
let reviews: ReviewsSubgraph;
let federation: FederatedGateway;
let userToken: string;

beforeAll(async () => {
  stream = await startTestGateway({ data: 'demo' });
  reviews = await startReviewsSubgraph();
  federation = await startFederatedGateway([
    { name: 'stream', url: stream.url, typeDefs: parse(schemaSdl) },
    { name: 'reviews', url: reviews.url, typeDefs: REVIEWS_SDL },
  ]);
  userToken = await stream.userToken(demoUserId(1));
});

afterAll(async () => {
  await federation?.close();
  await reviews?.close();
  await stream?.close();
});

/** Upstream (Stream) requests made while `run` ran, by operation. */
async function upstreamOf(run: () => Promise<unknown>) {
  return (await stream.countUpstream(run)).byOperation;
}

describe('across both subgraphs', () => {
  it('extends a user read here with their reviews from the other subgraph', async () => {
    let result: any;
    const upstream = await upstreamOf(async () => {
      result = await federation.query(
        '{ user(id: "user-001") { id name reviews { id stars } } }',
        undefined,
        stream.serverToken,
      );
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.user).toEqual({
      id: 'user-001',
      name: 'Ada Lovelace',
      reviews: [
        { id: 'review-1', stars: 5 },
        { id: 'review-4', stars: 2 },
      ],
    });
    expect(upstream).toEqual({ queryUsers: 1 });
  });

  it('goes from polls here to their reviews there and back to the reviewers here: one queryPolls, one queryUsers', async () => {
    const query = /* GraphQL */ `
      {
        polls(first: 3, where: { id: { in: ["poll-01", "poll-02", "poll-03"] } }) {
          edges {
            node {
              id
              name
              reviews {
                id
                author {
                  id
                  name
                }
              }
            }
          }
        }
      }
    `;
    let result: any;
    const upstream = await upstreamOf(async () => {
      result = await federation.query(query, undefined, stream.serverToken);
    });
    expect(result.errors).toBeUndefined();
    const polls = result.data.polls.edges.map((edge: any) => edge.node);
    expect(polls.map((poll: any) => poll.id).sort()).toEqual(['poll-01', 'poll-02', 'poll-03']);
    const poll1 = polls.find((poll: any) => poll.id === 'poll-01');
    expect(poll1.reviews).toEqual([
      { id: 'review-1', author: { id: 'user-001', name: 'Ada Lovelace' } },
      { id: 'review-2', author: { id: 'user-002', name: expect.any(String) } },
    ]);
    expect(upstream).toEqual({ queryPolls: 1, queryUsers: 1 });
  });

  it('resolves the other subgraph’s references to users and polls here: one queryUsers, one queryPolls for all of them', async () => {
    const query = '{ reviews { id author { id name } poll { id name createdBy { id name } } } }';
    let result: any;
    const upstream = await upstreamOf(async () => {
      result = await federation.query(query, undefined, stream.serverToken);
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.reviews).toHaveLength(REVIEWS.length);
    expect(upstream).toEqual({ queryUsers: 1, queryPolls: 1 });

    // The same users and polls as a direct call reads them.
    const direct = await stream.query(
      '{ users(where: { id: { in: ["user-001", "user-002", "user-003", "user-004"] } }) { edges { node { id name } } } polls(first: 3, where: { id: { in: ["poll-01", "poll-02", "poll-03"] } }) { edges { node { id name createdBy { id name } } } } }',
    );
    const users = new Map(direct.data.users.edges.map(({ node }: any) => [node.id, node]));
    const polls = new Map(direct.data.polls.edges.map(({ node }: any) => [node.id, node]));
    for (const [index, review] of REVIEWS.entries()) {
      expect(result.data.reviews[index]).toEqual({
        id: review.id,
        author: users.get(review.authorId),
        poll: polls.get(review.pollId),
      });
    }
  });
});

describe('the caller’s token, forwarded by the federation gateway', () => {
  it('reaches both subgraphs as the caller sent it', async () => {
    const before = reviews.authorizations.length;
    const result = await federation.query('{ reviews { id author { id } } }', undefined, userToken);
    expect(result.errors).toBeUndefined();
    expect(reviews.authorizations.slice(before)).toEqual([`Bearer ${userToken}`]);
  });

  it('acts as the user it names: polls are read as that user', async () => {
    const start = stream.emulator.log.length;
    const result = await federation.query('{ reviews { poll { id ownVotes { id } } } }', undefined, userToken);
    expect(result.errors).toBeUndefined();
    const pollReads = stream.emulator.log.slice(start).filter((entry) => entry.operation === 'queryPolls');
    expect(pollReads).toHaveLength(1);
    expect(pollReads[0]?.query.user_id).toBe(demoUserId(1));
  });

  it('without a token: 401 UNAUTHENTICATED and nothing sent upstream, as a direct call', async () => {
    const query = '{ user(id: "user-001") { name } }';
    let federated: any;
    let direct: any;
    const upstream = await upstreamOf(async () => {
      federated = await federation.query(query, undefined, null);
      direct = await stream.query(query, undefined, null);
    });
    expect(upstream).toEqual({});
    expect(direct.status).toBe(401);
    expect(federated.status).toBe(direct.status);
    expect(federated.errors.map((error: any) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(direct.errors.map((error: any) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(federated.data?.user ?? null).toBeNull();
  });

  it('without a token, the other subgraph still answers but every field from here is refused', async () => {
    const upstream = await upstreamOf(async () => {
      const result = await federation.query('{ reviews { id author { name } } }', undefined, null);
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(new Set(result.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
      expect(result.errors?.every((error) => error.path?.[0] === 'reviews' && error.path.at(-1) === 'name')).toBe(true);
    });
    expect(upstream).toEqual({});
  });

  it('with a user token: FORBIDDEN on a server-only field, as a direct call, and nothing sent upstream', async () => {
    const query = '{ roles { name } }';
    let federated: any;
    let direct: any;
    const upstream = await upstreamOf(async () => {
      federated = await federation.query(query, undefined, userToken);
      direct = await stream.query(query, undefined, userToken);
    });
    expect(upstream).toEqual({});
    expect(direct.errors.map((error: any) => [error.extensions.code, error.path])).toEqual([['FORBIDDEN', ['roles']]]);
    expect(federated.errors.map((error: any) => [error.extensions.code, error.path])).toEqual([
      ['FORBIDDEN', ['roles']],
    ]);
    expect(federated.data?.roles ?? null).toBeNull();
  });

  it('with a server token: the server-only field answers', async () => {
    const result = await federation.query('{ roles { name } }', undefined, stream.serverToken);
    expect(result.errors).toBeUndefined();
    expect(result.data.roles.map((role: { name: string }) => role.name)).toContain('community-lead');
  });
});
