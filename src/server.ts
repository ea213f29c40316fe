import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import type { Emulator } from './emulator/server.js';
import { createServerToken, createUserToken } from './rest/auth.js';
import { startLive } from './live/startLive.js';
import { createStreamClient } from './rest/client.js';
import { createGateway } from './yoga.js';

const DEMO_USER = 'user-001';

async function upstream(
  config: GatewayConfig,
): Promise<{ apiKey: string; apiSecret: string; baseUrl: string; emulator?: Emulator }> {
  if (config.stream) return config.stream;
  const { startEmulator } = await import('./emulator/server.js');
  // A fresh secret each start: the printed tokens then open only this process's gateway.
  const emulator = await startEmulator({ data: 'demo', port: 0, apiSecret: randomBytes(24).toString('base64url') });
  return { apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, baseUrl: emulator.url, emulator };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const target = await upstream(config);
  const client = createStreamClient({ ...target, timeoutMs: config.timeoutMs, connections: config.connections });
  const live = startLive(config, client, target);
  const gateway = createGateway({
    live: live.hub,
    responseCache: live.responseCache,
    callerLimiter: live.callerLimiter,
    quotaGuard: live.quotaGuard,
    client,
    apiSecret: target.apiSecret,
    apiKey: target.apiKey,
    graphiql: config.graphiql,
    introspection: config.introspection,
    maxUploadBytes: config.maxUploadBytes,
    maxRequestBytes: config.maxRequestBytes,
    batchLimit: config.batchLimit,
    queryLimits: config.queryLimits,
    corsOrigins: config.corsOrigins,
    persistedDocuments: config.persistedDocuments,
    revealSecrets: config.revealSecrets,
  });
  // Slow clients may not hold a socket open for ever (defaults: 5 minutes per request).
  const server = createServer({ requestTimeout: 60_000, headersTimeout: 15_000 }, gateway);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new ConfigError(`cannot listen on HOST=${config.host} PORT=${config.port}: ${error.message}`)),
    );
    server.listen(config.port, config.host, resolve);
  });
  // After listening: the WebSocket server would report a failure to listen as its own error.
  await live.attach(server, gateway);

  // The address actually bound: with PORT=0 the system picked the port.
  const bound = server.address() as AddressInfo;
  const url = `http://${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}/graphql`;
  console.log(`GraphiQL: ${url}`);
  if (target.emulator) {
    console.log(
      `Upstream: local Stream emulator with demo data at ${target.emulator.url} (set STREAM_API_KEY and STREAM_API_SECRET for a real app)`,
    );
    console.log(
      `Server token (all operations):  {"Authorization": "Bearer ${await createServerToken(target.apiSecret)}"}`,
    );
    console.log(
      `Demo user token (${DEMO_USER}):  {"Authorization": "Bearer ${await createUserToken(target.apiSecret, DEMO_USER)}"}`,
    );
  } else {
    console.log(`Upstream: ${target.baseUrl}`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests`);
    server.close(() => {
      void client
        .close()
        .then(() => target.emulator?.close())
        .then(() => process.exit(0));
    });
    server.closeIdleConnections();
    // WebSockets hold their sockets until closed: server.close would wait for them for ever.
    void live.close();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`configuration error: ${error.message}`);
  } else {
    console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
