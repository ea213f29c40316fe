import { composeServices as composeWithApollo } from '@apollo/composition';
import { buildSchema, parse, type DocumentNode, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaSdl } from '../../src/schemaSdl.js';
import { compose as composeWithTheGuild } from './support/federatedGateway.js';
import { REVIEWS_SDL } from './support/reviewsSubgraph.js';
import { ENTITY_KEYS } from './support/entityKeys.js';

interface Subgraph {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/** One composer's answer: its error messages, or the supergraph and the API schema clients see. */
interface Composed {
  errors?: string[];
  supergraphSdl?: string;
  api?: GraphQLSchema;
}

const COMPOSERS: [string, (subgraphs: Subgraph[]) => Composed][] = [
  [
    '@theguild/federation-composition',
    (subgraphs) => {
      const result = composeWithTheGuild(subgraphs);
      if (result.errors) return { errors: result.errors.map((error) => error.message) };
      return { supergraphSdl: result.supergraphSdl, api: buildSchema(result.publicSdl) };
    },
  ],
  [
    '@apollo/composition',
    (subgraphs) => {
      const result = composeWithApollo(subgraphs);
      if (result.errors) return { errors: result.errors.map((error) => error.message) };
      return { supergraphSdl: result.supergraphSdl, api: result.schema.toAPISchema().toGraphQLJSSchema() };
    },
  ],
];

const stream = { name: 'stream', url: 'http://127.0.0.1:4001/graphql', typeDefs: parse(schemaSdl) };
const reviews = { name: 'reviews', url: 'http://127.0.0.1:4002/graphql', typeDefs: REVIEWS_SDL };

describe.each(COMPOSERS)('composed by %s', (_name, compose) => {
  it('composes with a subgraph that extends User and Poll, without errors', () => {
    const result = compose([stream, reviews]);
    expect(result.errors).toBeUndefined();
    const api = result.api!;
    const fieldsOf = (name: string) => Object.keys((api.getType(name) as GraphQLObjectType).getFields());
    expect(fieldsOf('User')).toEqual(expect.arrayContaining(['id', 'name', 'reviews']));
    expect(fieldsOf('Poll')).toEqual(expect.arrayContaining(['id', 'name', 'createdBy', 'reviews']));
    expect(String((api.getType('Review') as GraphQLObjectType).getFields().poll?.type)).toBe('Poll!');
    expect(fieldsOf('Query')).toEqual(expect.arrayContaining(['user', 'polls', 'reviews']));
    expect(fieldsOf('Query')).not.toContain('_entities');
  });

  it('declares each entity of this subgraph with its key in the supergraph', () => {
    const { supergraphSdl } = compose([stream, reviews]);
    for (const [type, key] of ENTITY_KEYS) {
      expect(supergraphSdl, type).toMatch(
        new RegExp(`type ${type}\\b[^{]*@join__type\\(graph: STREAM, key: "${key}"\\)`),
      );
    }
    expect(supergraphSdl).toMatch(/type User\b[^{]*@join__type\(graph: REVIEWS, key: "id"\)/);
  });

  it('reports a subgraph that contradicts this one', () => {
    const contradicting = parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
      type Query {
        topPoll: Poll
      }
      type Poll @key(fields: "id") {
        id: ID!
        voteCount: String!
      }
    `);
    const result = compose([stream, { name: 'other', url: 'http://127.0.0.1:4003/graphql', typeDefs: contradicting }]);
    expect(result.errors?.join('\n')).toMatch(/Poll\.voteCount/);
  });
});
