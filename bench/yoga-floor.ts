/**
 * The "yoga-floor" contender: the least a graphql-yoga server spends to answer S1–S3 in the
 * gateway's own documents. A schema of only the fields those documents ask for, built from SDL by
 * graphql-js; resolvers that make direct's REST calls with undici and return Stream's JSON as is (no
 * validation, decoding, dataloaders, auth, limits or error mapping); one JSON access-log line per
 * request with pino, as the gateway writes. What it costs over direct is what graphql-yoga and
 * graphql-js cost: the part of the gateway's CPU that keeping yoga (issue 15) leaves no way around.
 */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { pino } from 'pino';
import { Pool } from 'undici';

const port = Number(process.env.PORT ?? 4101);
const baseUrl = process.env.STREAM_BASE_URL ?? 'http://127.0.0.1:4010';
const apiKey = encodeURIComponent(process.env.STREAM_API_KEY ?? '');
const pool = new Pool(baseUrl, { connections: 64, pipelining: 1, keepAliveTimeout: 30_000 });
const log = pino();

interface Context {
  token: string;
}
interface Poll {
  id: string;
  created_by?: unknown;
}

async function call<T>(token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await pool.request({
    method,
    path: `${path}?api_key=${apiKey}`,
    headers: {
      authorization: token,
      'stream-auth-type': 'jwt',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  if (response.statusCode >= 300) throw new Error(`upstream answered ${response.statusCode}`);
  return JSON.parse(text) as T;
}

const edges = <T>(items: T[]) => ({ edges: items.map((node) => ({ node })) });

const schema = createSchema<Context>({
  typeDefs: /* GraphQL */ `
    type Query {
      app: App
      poll(id: ID!): Poll
      polls(first: Int!): PollConnection
    }
    type App {
      name: String!
    }
    type Poll {
      id: ID!
      name: String!
      options: [PollOption!]!
      createdBy: User
      votes(first: Int!): VoteConnection
    }
    type PollOption {
      id: ID!
      text: String!
    }
    type User {
      id: ID!
      name: String
    }
    type Vote {
      id: ID!
      user: User
    }
    type PollConnection {
      edges: [PollEdge!]!
    }
    type PollEdge {
      node: Poll!
    }
    type VoteConnection {
      edges: [VoteEdge!]!
    }
    type VoteEdge {
      node: Vote!
    }
  `,
  resolvers: {
    Query: {
      app: async (_root, _args, { token }) => (await call<{ app: unknown }>(token, 'GET', '/api/v2/app')).app,
      poll: async (_root, { id }: { id: string }, { token }) =>
        (await call<{ poll: unknown }>(token, 'GET', `/api/v2/polls/${encodeURIComponent(id)}`)).poll,
      polls: async (_root, { first }: { first: number }, { token }) =>
        edges((await call<{ polls: unknown[] }>(token, 'POST', '/api/v2/polls/query', { limit: first })).polls),
    },
    Poll: {
      createdBy: (poll: Poll) => poll.created_by,
      votes: async (poll: Poll, { first }: { first: number }, { token }) =>
        edges(
          (
            await call<{ votes: unknown[] }>(token, 'POST', `/api/v2/polls/${encodeURIComponent(poll.id)}/votes`, {
              limit: first,
            })
          ).votes,
        ),
    },
  },
});

const yoga = createYoga<{ token?: string }, Context>({
  schema,
  context: ({ request }) => ({ token: request.headers.get('authorization') ?? '' }),
  graphiql: false,
  landingPage: false,
  logging: false,
  plugins: [
    {
      onResponse({ request, response }) {
        log.info({ method: request.method, url: request.url, status: response.status }, 'request');
      },
    },
  ],
});

const server = createServer(yoga);
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.error(`yoga-floor contender on http://127.0.0.1:${port}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void pool.close().then(() => process.exit(0));
  });
}
