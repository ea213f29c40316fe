import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { createLive, type Live, type LiveOptions } from '../../src/live/live.js';
import { attachWebSocketTransport } from '../../src/live/webSocket.js';
import { createServerToken, createUserToken } from '../../src/rest/auth.js';
import type { StreamClient } from '../../src/rest/client.js';
import { createGateway, type GatewayOptions } from '../../src/yoga.js';
import { createLogger } from '../../src/observability/logger.js';
import { recordReachedOperations, rootFieldsOf } from './coverage.js';
import { captureLog, rememberSecrets } from './logCapture.js';
import { clientFor } from './emulator.js';

export interface GraphQLResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface TestGateway {
  emulator: Emulator;
  client: StreamClient;
  url: string;
  /** The same /graphql endpoint for graphql-ws clients. */
  wsUrl: string;
  /** The gateway's live hub: subscriptions' events and counts. */
  live: Live;
  serverToken: string;
  userToken(userId: string): Promise<string>;
  /** Posts a GraphQL request over HTTP; `token` defaults to the server token, `null` sends none. */
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResult<T>>;
  /**
   * Runs a hand-made GraphQL HTTP request (multipart uploads, GET, ...) and records the REST
   * operations it reached, like `query` does.
   */
  throughGraphQL<T>(run: () => Promise<T>, document?: string): Promise<T>;
  /** Upstream requests the emulator logged while `run` ran, by operation name. */
  countUpstream(run: () => Promise<unknown>): Promise<{ total: number; byOperation: Record<string, number> }>;
  /** `query`, with the upstream requests it made by operation name. */
  countedQuery(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<{ result: any; counts: Record<string, number> }>;
  /** `query`'s data, asserting that it answered no errors. */
  queryData(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<any>;
  close(): Promise<void>;
}

/** The real gateway over HTTP on loopback, in front of a real emulator over sockets. */
export async function startTestGateway(
  emulatorOptions: EmulatorOptions = {},
  {
    clientWrapper,
    ...gatewayOptions
  }: Partial<GatewayOptions> & {
    /** Wraps the client the gateway calls Stream with (fault injection). */
    clientWrapper?: (client: StreamClient) => StreamClient;
  } = {},
  liveOptions: Partial<LiveOptions> = {},
): Promise<TestGateway> {
  const emulator = await startEmulator({ data: 'empty', ...emulatorOptions });
  const client = clientFor(emulator, { timeoutMs: 2000 });
  const live = gatewayOptions.live ?? createLive({ client, ...liveOptions });
  rememberSecrets(emulator.apiSecret, emulator.apiKey);
  const gateway = createGateway({
    client: clientWrapper ? clientWrapper(client) : client,
    apiSecret: emulator.apiSecret,
    apiKey: emulator.apiKey,
    logError: () => {},
    // Real log lines, kept for the suite-wide scan for credentials (test/globalSetup.ts).
    log: createLogger({ level: 'info', secrets: [emulator.apiSecret, emulator.apiKey], destination: captureLog() }),
    live,
    ...gatewayOptions,
  });
  const server: Server = createServer(gateway);
  const webSockets = attachWebSocketTransport(server, gateway, {
    apiSecret: emulator.apiSecret,
    persistedDocuments: gatewayOptions.persistedDocuments,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const serverToken = await createServerToken(emulator.apiSecret);

  async function throughGraphQL<T>(run: () => Promise<T>, document = ''): Promise<T> {
    const start = emulator.log.length;
    try {
      return await run();
    } finally {
      recordReachedOperations(
        emulator.log.slice(start).map((entry) => entry.operation),
        rootFieldsOf(document),
      );
    }
  }

  async function query<T>(text: string, variables?: Record<string, unknown>, token: string | null = serverToken) {
    return throughGraphQL(() => post<T>(text, variables, token), text);
  }

  async function post<T>(text: string, variables: Record<string, unknown> | undefined, token: string | null) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
    return { status: response.status, ...body };
  }

  async function countUpstream(run: () => Promise<unknown>) {
    const start = emulator.log.length;
    await run();
    const entries = emulator.log.slice(start);
    const byOperation: Record<string, number> = {};
    for (const entry of entries) byOperation[entry.operation] = (byOperation[entry.operation] ?? 0) + 1;
    return { total: entries.length, byOperation };
  }

  return {
    emulator,
    client,
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    live,
    serverToken,
    userToken: (userId) => createUserToken(emulator.apiSecret, userId),
    query,
    throughGraphQL,
    countUpstream,
    async countedQuery(text, variables, token) {
      let result: GraphQLResult | undefined;
      const counts = await countUpstream(async () => {
        result = await query(text, variables, token);
      });
      return { result, counts: counts.byOperation };
    },
    async queryData(text, variables, token) {
      const result = await query(text, variables, token);
      expect(result.errors).toBeUndefined();
      return result.data;
    },
    async close() {
      await webSockets.close();
      await live.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await client.close();
      await emulator.close();
    },
  };
}
