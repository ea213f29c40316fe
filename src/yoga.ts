import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { authenticateCaller, CallerAuthError, type Caller } from './caller.js';
import type { StreamClient } from './rest/client.js';
import { createGraphQLContext, type GraphQLContext } from './schema/context.js';
import { schema } from './schema/index.js';

export interface GatewayOptions {
  client: StreamClient;
  /** The Stream API secret: callers' tokens are verified against it. */
  apiSecret: string;
  graphiql?: boolean;
  introspection?: boolean;
  maxUploadBytes?: number;
  /** Show secret-bearing fields (push keys, SNS/SQS and storage credentials) to server callers. */
  revealSecrets?: boolean;
  /** Where unexpected errors are logged; they reach callers only as a masked message and an id. */
  logError?: (requestId: string, error: unknown) => void;
}

export const DEFAULT_QUERY = /* GraphQL */ `# Paste a token from the gateway's start-up output into Headers:
# { "Authorization": "Bearer <token>" }
query Demo {
  task(id: "unknown-task") {
    id
    status
  }
}
`;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Reports the upstream calls a request made and the lowest rate-limit headroom among them. */
function upstreamExtensions(): Plugin<GraphQLContext> {
  return {
    onExecute: () => ({
      onExecuteDone: ({ args, result, setResult }) => {
        const { upstream } = args.contextValue;
        if (!('data' in result || 'errors' in result) || !upstream) return;
        const lowest = upstream.lowest;
        setResult({
          ...result,
          extensions: {
            ...result.extensions,
            upstream: {
              requests: upstream.calls,
              ...(lowest ? { rateLimit: { limit: lowest.limit, remaining: lowest.remaining, reset: lowest.reset.toISOString() } } : {}),
            },
          },
        });
      },
    }),
  };
}

export function createGateway(options: GatewayOptions): YogaServerInstance<Record<string, unknown>, GraphQLContext> {
  const secret = new TextEncoder().encode(options.apiSecret);
  const logError = options.logError ?? ((requestId, error) => console.error(`[${requestId}] unexpected error`, error));
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql === false ? false : { defaultQuery: DEFAULT_QUERY, title: 'Stream GraphQL gateway' },
    multipart: true,
    maskedErrors: {
      maskError(error) {
        const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
        if (original instanceof GraphQLError && original.extensions?.code) return original;
        if (error instanceof GraphQLError && !error.originalError) return error;
        const requestId = randomUUID();
        logError(requestId, original);
        return new GraphQLError('Unexpected error.', {
          nodes: error instanceof GraphQLError ? error.nodes : undefined,
          path: error instanceof GraphQLError ? error.path : undefined,
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        });
      },
    },
    plugins: [upstreamExtensions()],
    context: async ({ request }) => {
      let caller: Caller;
      try {
        caller = await authenticateCaller(request.headers.get('authorization'), secret);
      } catch (error) {
        if (error instanceof CallerAuthError) throw unauthenticated(error.message);
        throw error;
      }
      if (caller.kind === 'anonymous') throw unauthenticated('send a Stream token in the Authorization header');
      return createGraphQLContext(options.client, caller, options.revealSecrets ?? false);
    },
  });
}
