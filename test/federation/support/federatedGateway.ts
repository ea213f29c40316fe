import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { composeServices, type CompositionResult } from '@theguild/federation-composition';
import { GraphQLError, print, type DocumentNode } from 'graphql';

export interface SubgraphDefinition {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

type GatewayConfig = Parameters<typeof createGatewayRuntime>[0];
type Transports = NonNullable<GatewayConfig['transports']>;

/** Composes subgraphs into a supergraph as a federation gateway's build step would. */
export function compose(subgraphs: readonly SubgraphDefinition[]): CompositionResult {
  return composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs })));
}

/**
 * The runtime loads `@graphql-mesh/transport-http` for `http` subgraphs; that package is not a
 * dependency of this project, so the test gives it an equivalent: GraphQL over HTTP POST through
 * the fetch the runtime passes in, which carries its plugins' hooks (header propagation among them).
 */
const httpTransport: Transports = {
  http: {
    getSubgraphExecutor: ({ transportEntry, fetch }) => {
      if (!fetch || !transportEntry.location)
        throw new Error(`subgraph ${transportEntry.subgraph}: no fetch or location`);
      const location = transportEntry.location;
      return async (request) => {
        const response = await fetch(
          location,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json, application/json',
            },
            body: JSON.stringify({
              query: print(request.document),
              variables: request.variables,
              operationName: request.operationName,
            }),
          },
          request.context,
          request.info,
        );
        return response.json();
      };
    },
  },
};

/**
 * The gateway turns a subgraph's errors into errors of its own answer, answered with 200; a
 * subgraph refusing the caller's token becomes the 401 a direct call gets.
 */
function useUnauthenticatedStatus(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
      const errors = result.errors.map((error) =>
        error.extensions?.code === 'UNAUTHENTICATED'
          ? new GraphQLError(error.message, {
              path: error.path,
              extensions: { ...error.extensions, http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
            })
          : error,
      );
      setResult({ ...result, errors });
    },
  };
}

export interface FederatedGateway {
  url: string;
  supergraphSdl: string;
  /** Posts a query to the federation gateway; `token` is sent as `Authorization: Bearer`, none when null. */
  query<T = any>(
    text: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<{
    status: number;
    data?: T;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  }>;
  close(): Promise<void>;
}

/** A Hive gateway over the given subgraphs, on loopback, forwarding the caller's Authorization header. */
export async function startFederatedGateway(subgraphs: readonly SubgraphDefinition[]): Promise<FederatedGateway> {
  const composed = compose(subgraphs);
  if (composed.errors) throw new Error(`composition failed:\n${composed.errors.map((e) => e.message).join('\n')}`);
  const runtime = createGatewayRuntime({
    supergraph: composed.supergraphSdl,
    transports: httpTransport,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
    },
    plugins: () => [useUnauthenticatedStatus()],
    maskedErrors: false,
    logging: false,
  });
  const server: Server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    supergraphSdl: composed.supergraphSdl,
    async query(text, variables, token = null) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: text, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
