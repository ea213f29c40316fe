import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { CallerAuthError } from '../caller.js';
import type { GraphQLContext } from '../graphql/context.js';
import { authenticateToken, createTokenVerifier, type AuthenticatedToken } from '../security/authentication.js';
import { persistedDocumentFor, type PersistedDocuments } from '../security/persistedDocuments.js';
import { atExpiry } from './liveStream.js';
import type { WebSocketOperation } from './session.js';

/** graphql-ws's close codes: 4401 Unauthorized (also used when the token expires), 4403 Forbidden. */
const CLOSE_UNAUTHORIZED = 4401;

export interface WebSocketOptions {
  /** Callers' tokens are verified against it, as over HTTP. */
  apiSecret: string;
  /** Trusted-documents mode, as over HTTP. */
  persistedDocuments?: PersistedDocuments;
}

type Gateway = YogaServerInstance<Record<string, unknown>, GraphQLContext>;
type Connection = WebSocketOperation['liveConnection'];

function unauthorized(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/**
 * GraphQL over WebSocket (the graphql-ws protocol) on the gateway's own port and /graphql path.
 * The client authenticates in `connectionParams.authorization`, with the same tokens as over
 * HTTP; the socket closes (4401) when the token expires. Operations run through the gateway's
 * yoga plugins (query limits, authorization, masking) like HTTP requests.
 */
export function attachWebSocketTransport(
  server: Server,
  gateway: Gateway,
  options: WebSocketOptions,
): { close(): Promise<void> } {
  const verify = createTokenVerifier(options.apiSecret);
  const webSockets = new WebSocketServer({ server, path: '/graphql' });
  const connections = new WeakMap<object, Connection>();

  const disposable = useServer(
    {
      execute: (args) => (args.rootValue as { execute: (a: ExecutionArgs) => unknown }).execute(args) as never,
      subscribe: (args) => (args.rootValue as { subscribe: (a: ExecutionArgs) => unknown }).subscribe(args) as never,
      onConnect: (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        let authenticated: AuthenticatedToken;
        try {
          authenticated = authenticateToken(typeof authorization === 'string' ? authorization : null, verify);
        } catch (error) {
          if (error instanceof CallerAuthError) return false;
          throw error;
        }
        if (authenticated.caller.kind === 'anonymous') return false;
        const connection: Connection = { ...authenticated, subscriptions: { active: 0 } };
        connections.set(ctx.extra, connection);
        const socket = ctx.extra.socket;
        socket.once(
          'close',
          atExpiry(authenticated.expiresAtMs, () => socket.close(CLOSE_UNAUTHORIZED, 'the token has expired')),
        );
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const connection = connections.get(ctx.extra);
        if (!connection) return [unauthorized('the connection is not authenticated')];
        if (connection.expiresAtMs !== undefined && connection.expiresAtMs <= Date.now()) {
          ctx.extra.socket.close(CLOSE_UNAUTHORIZED, 'the token has expired');
          return [unauthorized('the token has expired')];
        }
        const initial: WebSocketOperation & Record<string, unknown> = {
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          liveConnection: connection,
        };
        const { schema, execute, subscribe, contextFactory, parse, validate } = gateway.getEnveloped(initial);
        let document;
        try {
          const text = options.persistedDocuments
            ? persistedDocumentFor(options.persistedDocuments, payload as never)
            : payload.query;
          document = parse(text);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    webSockets,
  );

  return {
    async close() {
      await disposable.dispose();
      await new Promise<void>((resolve) => webSockets.close(() => resolve()));
    },
  };
}
