import type { Caller } from '../caller.js';
import { createLoaders } from '../loaders/index.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Live } from './live.js';
import type { ConnectionSubscriptions } from './subscriptionCaps.js';

/** What a request's context knows of the live side: the hub, and what bounds its subscriptions. */
export interface LiveSession {
  live: Live;
  /** When the caller's token expires (ms since the epoch): its subscriptions end then. */
  expiresAtMs?: number;
  /** The WebSocket connection the operation came through; undefined over HTTP (SSE). */
  connection?: ConnectionSubscriptions;
}

/** What the WebSocket transport puts in the initial context of each operation. */
export interface WebSocketOperation {
  liveConnection: { caller: Caller; expiresAtMs?: number; subscriptions: ConnectionSubscriptions };
}

export function webSocketOperationOf(initial: object): WebSocketOperation['liveConnection'] | undefined {
  return (initial as Partial<WebSocketOperation>).liveConnection;
}

/**
 * A subscription's context outlives one event: before each event is read, the loaders are made
 * anew, so that nothing read for an earlier event is served again.
 */
export function renewLoaders(context: GraphQLContext): void {
  context.loaders = createLoaders(context.stream, context.caller);
}

/**
 * Who runs an operation and its live session: over WebSocket, the connection's verified caller;
 * over HTTP, the caller the authentication plugin verified for the request.
 */
export function liveCallerOf(
  initial: { request: Request },
  live: Live,
  authentication: { callerOf(request: Request): Caller; expiryOf(request: Request): number | undefined },
): { caller: Caller; session: LiveSession } {
  const connection = webSocketOperationOf(initial);
  if (connection) {
    return {
      caller: connection.caller,
      session: { live, expiresAtMs: connection.expiresAtMs, connection: connection.subscriptions },
    };
  }
  return {
    caller: authentication.callerOf(initial.request),
    session: { live, expiresAtMs: authentication.expiryOf(initial.request) },
  };
}
