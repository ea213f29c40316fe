import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kind, parse } from 'graphql';
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import type { Emulator } from './emulator/server.js';
import { createHttpLayer, serveMetrics } from './http/listener.js';
import { startLive } from './live/startLive.js';
import { createReadiness } from './http/readiness.js';
import { createLogger, type Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { startTracing, type Tracing } from './observability/tracing.js';
import { createServerToken, createUserToken } from './rest/auth.js';
import { createStreamClient } from './rest/client.js';
import { combineObservers, type UpstreamObserver } from './rest/observer.js';
import { createGateway } from './yoga.js';

const DEMO_USER = 'user-001';

interface Upstream {
  apiKey: string;
  apiSecret: string;
  baseUrl: string;
  emulator?: Emulator;
}

async function upstream(config: GatewayConfig): Promise<Upstream> {
  if (config.stream) return config.stream;
  // Loaded in demo mode only: a production gateway never holds the emulator in memory.
  const { startEmulator } = await import('./emulator/server.js');
  // A fresh secret each start: the printed tokens then open only this process's gateway.
  const emulator = await startEmulator({ data: 'demo', port: 0, apiSecret: randomBytes(24).toString('base64url') });
  return { apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, baseUrl: emulator.url, emulator };
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(new ConfigError(`cannot listen on HOST=${host} PORT=${port}: ${error.message}`)),
    );
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

function urlOf(address: AddressInfo, path: string): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${path}`;
}

/** Whether a developer is watching: coloured logs then, JSON lines everywhere else. */
function prettyLogs(config: GatewayConfig): boolean {
  if (config.production || !process.stdout.isTTY) return false;
  try {
    import.meta.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const target = await upstream(config);
  const log = createLogger({
    level: config.logLevel,
    secrets: [target.apiSecret, target.apiKey],
    pretty: prettyLogs(config),
  });
  const tracing: Tracing | undefined = config.otlpEndpoint
    ? await startTracing({ endpoint: config.otlpEndpoint, serviceName: config.serviceName })
    : undefined;
  const metrics = createMetrics({
    knownOperationNames: config.persistedDocuments ? operationNames(config.persistedDocuments) : undefined,
  });
  const observers: UpstreamObserver[] = [metrics.upstream, ...(tracing ? [tracing.upstream] : [])];
  const client = createStreamClient({
    ...target,
    timeoutMs: config.timeoutMs,
    connections: config.connections,
    maxQueue: config.maxQueue,
    breaker: config.breaker,
    observer: combineObservers(observers),
    onCircuitStateChange: (state) =>
      log[state === 'closed' ? 'info' : 'warn']({ circuit: state }, `circuit breaker towards Stream: ${state}`),
  });
  const live = startLive(config, client, target, log, metrics.registry);
  const demoHeaders = target.emulator
    ? { Authorization: `Bearer ${await createServerToken(target.apiSecret)}` }
    : undefined;
  const gateway = createGateway({
    live: live.hub,
    responseCache: live.responseCache,
    callerLimiter: live.callerLimiter,
    callerCostLimiter: live.callerCostLimiter,
    quotaGuard: live.quotaGuard,
    client,
    apiSecret: target.apiSecret,
    apiKey: target.apiKey,
    graphiql: config.graphiql,
    graphiqlHeaders: demoHeaders,
    introspection: config.introspection,
    maxUploadBytes: config.maxUploadBytes,
    maxRequestBytes: config.maxRequestBytes,
    batchLimit: config.batchLimit,
    queryLimits: config.queryLimits,
    corsOrigins: config.corsOrigins,
    persistedDocuments: config.persistedDocuments,
    revealSecrets: config.revealSecrets,
    requestTimeoutMs: config.requestTimeoutMs,
    log,
    plugins: [metrics.plugin, ...(tracing ? [tracing.plugin] : [])],
  });
  const readiness = createReadiness({
    // The smallest authenticated answer Stream has: one endpoint's server-side limits.
    probeStream: () => client.getRateLimits({ server_side: true, endpoints: 'GetRateLimits' }),
    cacheMs: config.readyCacheMs,
    upstreamBlocked: () => client.circuitState() !== 'closed',
  });
  const http = createHttpLayer({
    gateway,
    readiness,
    metrics: config.metricsPort === undefined ? metrics.registry : undefined,
    maxInFlight: config.http.maxInFlight,
    tracing,
  });
  metrics.watch({ inFlight: http.inFlight, circuitState: () => client.circuitState() });

  const server = createServer(
    {
      keepAliveTimeout: config.http.keepAliveTimeoutMs,
      headersTimeout: config.http.headersTimeoutMs,
      requestTimeout: config.http.requestTimeoutMs,
      // Node checks the two timeouts above on this interval (30 s by default): slow clients are cut on time.
      connectionsCheckingInterval: 1000,
    },
    http.listener,
  );
  if (config.http.maxConnections > 0) server.maxConnections = config.http.maxConnections;
  await live.connected();
  const address = await listen(server, config.port, config.host);
  // After listening: the WebSocket server would report a failure to listen as its own error.
  await live.attach(server, gateway);
  const metricsServer =
    config.metricsPort === undefined
      ? undefined
      : createServer((request, response) => {
          if ((request.url ?? '').split('?')[0] === '/metrics') void serveMetrics(metrics.registry, response);
          else response.writeHead(404).end();
        });
  const metricsAddress = metricsServer ? await listen(metricsServer, config.metricsPort!, config.host) : undefined;

  log.info(
    {
      url: urlOf(address, '/graphql'),
      metrics: urlOf(metricsAddress ?? address, '/metrics'),
      mode: target.emulator ? 'demo' : 'stream',
      tracing: tracing !== undefined,
      node: process.version,
    },
    'listening',
  );
  if (target.emulator) await announceDemo(config, target, urlOf(address, '/graphql'), log);

  const shutdown = createShutdown({
    server,
    metricsServer,
    log,
    config,
    notReady: readiness.stop,
    drain() {
      http.drain();
      // WebSockets hold their sockets until closed: the server would wait for them until the deadline.
      void live.close();
    },
    inFlight: http.inFlight,
    async release() {
      await client.close();
      await target.emulator?.close();
      await tracing?.shutdown();
    },
  });
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/** The operation names of the trusted documents: the only names metrics label. */
function operationNames(documents: ReadonlyMap<string, string>): Set<string> {
  const names = new Set<string>();
  for (const text of documents.values())
    for (const definition of parse(text).definitions)
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
  return names;
}

/** The demo's human-readable banner: where to click, and two tokens to paste. */
async function announceDemo(config: GatewayConfig, target: Upstream, url: string, log: Logger): Promise<void> {
  log.warn(
    { reason: config.demo },
    'DEMO MODE: serving the local Stream emulator with demo data, not a real Stream app (set STREAM_API_KEY and STREAM_API_SECRET for one)',
  );
  console.log(`GraphiQL: ${url}`);
  console.log(`Upstream: local Stream emulator with demo data at ${target.emulator!.url}`);
  console.log(
    `Server token (all operations):  {"Authorization": "Bearer ${await createServerToken(target.apiSecret)}"}`,
  );
  console.log(
    `Demo user token (${DEMO_USER}):  {"Authorization": "Bearer ${await createUserToken(target.apiSecret, DEMO_USER)}"}`,
  );
}

interface ShutdownOptions {
  server: Server;
  metricsServer?: Server;
  log: Logger;
  config: GatewayConfig;
  notReady(): void;
  drain(): void;
  inFlight(): number;
  /** Closes what serves the requests, once none is left: the upstream pool, the emulator, the exporter. */
  release(): Promise<void>;
}

/**
 * SIGTERM: /ready turns 503 while the gateway keeps serving for SHUTDOWN_DELAY_MS (load
 * balancers notice); then it stops accepting, answers with `Connection: close`, closes idle
 * sockets, lets in-flight requests finish within SHUTDOWN_TIMEOUT_MS and exits 0, or cuts
 * what is left past the deadline and exits 1.
 */
function createShutdown(options: ShutdownOptions) {
  let started = false;
  return async (signal: string): Promise<void> => {
    if (started) return;
    started = true;
    const { server, log, config } = options;
    options.notReady();
    log.info({ signal, delayMs: config.shutdown.delayMs, inFlight: options.inFlight() }, 'shutting down: not ready');
    if (config.shutdown.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdown.delayMs));
    options.drain();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A keep-alive socket whose request was already running when draining began turns idle once
    // its answer is sent: close such sockets as they become idle, rather than after keepAliveTimeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    options.metricsServer?.close();
    options.metricsServer?.closeAllConnections();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), config.shutdown.timeoutMs);
    });
    const outcome = await Promise.race([closed.then(() => 'drained' as const), deadline]);
    clearTimeout(timer);
    clearInterval(sweep);
    if (outcome === 'timeout') {
      log.error({ inFlight: options.inFlight() }, 'shutdown deadline passed: cutting the requests left');
      server.closeAllConnections();
    }
    await options.release().catch((error: unknown) => log.warn({ err: error }, 'closing after shutdown failed'));
    log.info({ outcome }, 'stopped');
    log.flush();
    process.exitCode = outcome === 'drained' ? 0 : 1;
    setImmediate(() => process.exit());
  };
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`configuration error: ${error.message}`);
  } else {
    console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
