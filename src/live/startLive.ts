import type { Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { GatewayConfig } from '../config.js';
import type { StreamClient } from '../rest/client.js';
import type { GraphQLContext } from '../schema/context.js';
import { createLive, type Live } from './live.js';
import { attachWebSocketTransport } from './webSocket.js';

type Gateway = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

/** The live side as `src/server.ts` runs it: the hub from the settings, then the WebSocket transport on the server. */
export function startLive(
  config: GatewayConfig,
  client: StreamClient,
  stream: { apiSecret: string },
): { hub: Live; attach(server: Server, gateway: Gateway): void; close(): Promise<void> } {
  const hub = createLive({
    client,
    caps: { perConnection: config.maxSubscriptionsPerConnection, perCaller: config.maxSubscriptionsPerCaller },
  });
  let webSockets: { close(): Promise<void> } | undefined;
  return {
    hub,
    attach(server, gateway) {
      webSockets = attachWebSocketTransport(server, gateway, {
        apiSecret: stream.apiSecret,
        persistedDocuments: config.persistedDocuments,
      });
    },
    async close() {
      await webSockets?.close();
      await hub.close();
    },
  };
}
