import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

/**
 * A second subgraph, as another team would write it: reviews of the gateway's polls, written by
 * its users. It extends `User` and `Poll` by their `id` key and points back at them.
 */
export const REVIEWS_SDL = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    reviews: [Review!]!
  }

  type Review {
    id: ID!
    body: String!
    stars: Int!
    author: User!
    poll: Poll!
  }

  type User @key(fields: "id") {
    id: ID!
    reviews: [Review!]!
  }

  type Poll @key(fields: "id") {
    id: ID!
    reviews: [Review!]!
  }
`);

export interface Review {
  id: string;
  body: string;
  stars: number;
  authorId: string;
  pollId: string;
}

/** Reviews of demo-data polls by demo-data users (src/emulator/demo.ts). */
export const REVIEWS: readonly Review[] = [
  { id: 'review-1', body: 'Clear question, fair options.', stars: 5, authorId: 'user-001', pollId: 'poll-01' },
  { id: 'review-2', body: 'Needed one more option.', stars: 3, authorId: 'user-002', pollId: 'poll-01' },
  { id: 'review-3', body: 'Fun one.', stars: 4, authorId: 'user-003', pollId: 'poll-02' },
  { id: 'review-4', body: 'Too long to read.', stars: 2, authorId: 'user-001', pollId: 'poll-03' },
  { id: 'review-5', body: 'Would vote again.', stars: 5, authorId: 'user-004', pollId: 'poll-02' },
];

const resolvers = {
  Query: { reviews: () => REVIEWS },
  Review: {
    author: (review: Review) => ({ id: review.authorId }),
    poll: (review: Review) => ({ id: review.pollId }),
  },
  User: { reviews: (user: { id: string }) => REVIEWS.filter((review) => review.authorId === user.id) },
  Poll: { reviews: (poll: { id: string }) => REVIEWS.filter((review) => review.pollId === poll.id) },
};

export interface ReviewsSubgraph {
  url: string;
  /** The Authorization header of every request the subgraph received (null when absent). */
  authorizations: (string | null)[];
  close(): Promise<void>;
}

export async function startReviewsSubgraph(): Promise<ReviewsSubgraph> {
  const authorizations: (string | null)[] = [];
  const yoga = createYoga({
    schema: buildSubgraphSchema({ typeDefs: REVIEWS_SDL, resolvers }),
    logging: false,
    plugins: [{ onRequest: ({ request }) => void authorizations.push(request.headers.get('authorization')) }],
  });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    authorizations,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
