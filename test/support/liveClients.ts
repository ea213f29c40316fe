import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface SubscriptionResult<T = any> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, any> }[];
}

/** A running subscription: its results one by one (undefined once it ended), and a way to leave it. */
export interface TestSubscription<T = any> {
  next(): Promise<SubscriptionResult<T> | undefined>;
  close(): Promise<void>;
}

function fromIterator<T>(iterator: AsyncIterableIterator<SubscriptionResult<T>>, dispose: () => void) {
  return {
    async next() {
      const result = await iterator.next();
      return result.done ? undefined : result.value;
    },
    async close() {
      await iterator.return?.();
      dispose();
    },
  };
}

/** A subscription over SSE with graphql-sse's own client (distinct connections mode). */
export function sseSubscription<T = any>(
  url: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): TestSubscription<T> {
  const client = createSseClient({ url, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  return fromIterator(client.iterate<T>({ query, variables }) as never, () => client.dispose());
}

/** A graphql-ws client over a real WebSocket, authenticated with `connectionParams.authorization`. */
export function wsConnection(
  url: string,
  token: string | undefined,
  onClosed?: (event: { code: number; reason: string }) => void,
): WsClient {
  return createWsClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: onClosed ? { closed: (event) => onClosed(event as { code: number; reason: string }) } : {},
  });
}

export function wsSubscription<T = any>(
  client: WsClient,
  query: string,
  variables?: Record<string, unknown>,
): TestSubscription<T> {
  return fromIterator(client.iterate<T>({ query, variables }) as never, () => {});
}
