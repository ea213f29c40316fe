import { cleanEnv, makeValidator, str, type Spec, type ValidatorSpec } from 'envalid';
import {
  DEFAULT_BASE_URL,
  DEFAULT_BREAKER,
  DEFAULT_CONNECTIONS,
  DEFAULT_MAX_QUEUE,
  DEFAULT_TIMEOUT_MS,
  type CircuitBreakerConfig,
} from './rest/config.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './graphql/context.js';
import {
  loadPersistedDocuments,
  PersistedDocumentsError,
  type PersistedDocuments,
} from './security/persistedDocuments.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './security/queryLimits.js';
import { DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_UPLOAD_BYTES } from './security/requestBodyLimit.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface GatewayConfig {
  /** NODE_ENV=production: credentials required, GraphiQL and introspection off by default. */
  production: boolean;
  port: number;
  host: string;
  /** Real Stream credentials; undefined in demo mode, which runs the in-process emulator. */
  stream?: { apiKey: string; apiSecret: string; baseUrl: string };
  /** Demo mode: why it was chosen, for the loud line the server prints. */
  demo?: 'DEMO=true' | 'no credentials outside production';
  timeoutMs: number;
  /** Time for all of one GraphQL request's Stream calls together. */
  requestTimeoutMs: number;
  /** Connections kept open to Stream at most (the REST client's pool). */
  connections: number;
  /** Stream calls that may wait for a free connection; one more is refused at once. */
  maxQueue: number;
  breaker: CircuitBreakerConfig;
  /** Largest upload accepted through the multipart request, in bytes. */
  maxUploadBytes: number;
  /** Largest JSON request body, in bytes. */
  maxRequestBytes: number;
  /** Operations per batched request; 0 refuses batches. */
  batchLimit: number;
  queryLimits: QueryLimits;
  /** Browser origins allowed to call the gateway (CORS); `*` for any. */
  corsOrigins: string[];
  /** Trusted-documents mode: the manifest's documents, the only ones that run. */
  persistedDocuments?: PersistedDocuments;
  /** Show secret-bearing fields to server callers. */
  revealSecrets: boolean;
  graphiql: boolean;
  introspection: boolean;
  logLevel: LogLevel;
  /** Serve /metrics on this port instead of the main one; undefined: on the main port. */
  metricsPort?: number;
  /** OTLP/HTTP endpoint spans are exported to; undefined: tracing off. */
  otlpEndpoint?: string;
  serviceName: string;
  http: HttpSettings;
  shutdown: ShutdownSettings;
  /** How long a /ready answer about Stream is reused, in milliseconds. */
  readyCacheMs: number;
  /** Subscriptions one WebSocket connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** Subscriptions one caller (the server token, or one user) may hold at once, per process. */
  maxSubscriptionsPerCaller: number;
  /** Redis shared by the replicas (events, deduplication, task-poller locks, cache, limits); memory only when unset. */
  redisUrl?: string;
  /** Cache GraphQL reads (RESPONSE_CACHE=on), for this long at most (ms). */
  responseCache: boolean;
  responseCacheTtlMs: number;
  /** Requests per caller per window (0: unlimited), shared across replicas through Redis. */
  rateLimitRequests: number;
  rateLimitWindowSeconds: number;
  /** Query cost (the MAX_COST measure) per caller per window (0: unlimited), shared like the requests. */
  rateLimitCost: number;
  rateLimitCostWindowSeconds: number;
  /** Requests left to a Stream endpoint at or below which the gateway stops calling it until the reset (0: off). */
  streamQuotaFloor: number;
}

export interface HttpSettings {
  /** GraphQL requests handled at once; more are refused with 503 OVERLOADED. 0: no cap. */
  maxInFlight: number;
  /** Open client connections at most; 0: no cap. */
  maxConnections: number;
  keepAliveTimeoutMs: number;
  headersTimeoutMs: number;
  /** Time a client has to send a whole request (headers and body). */
  requestTimeoutMs: number;
}

export interface ShutdownSettings {
  /** After SIGTERM, how long the gateway keeps serving with /ready at 503 before it stops accepting. */
  delayMs: number;
  /** How long in-flight requests may take to finish once the gateway stops accepting. */
  timeoutMs: number;
}

export class ConfigError extends Error {}

/** A whole number in [min, max]; `what` says so in the error. */
function wholeNumber(what: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return makeValidator<number>((raw) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) throw new Error(what);
    return value;
  });
}

const integer = wholeNumber('a non-negative integer', 0);
const positiveInteger = wholeNumber('a positive integer', 1);
/** A TCP port; 0 lets the system pick a free one. */
const port = wholeNumber('a port number from 0 to 65535', 0, 65535);
const percent = wholeNumber('a percentage from 1 to 100', 1, 100);

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];
const bool = makeValidator<boolean>((raw) => {
  if (TRUE.includes(raw.toLowerCase())) return true;
  if (FALSE.includes(raw.toLowerCase())) return false;
  throw new Error('true or false');
});

const logLevel = makeValidator<LogLevel>((raw) => {
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new Error(`one of ${LOG_LEVELS.join(', ')}`);
  return raw as LogLevel;
});

const redisUrl = makeValidator<string>((raw) => {
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : undefined;
  if (protocol !== 'redis:' && protocol !== 'rediss:') throw new Error('a redis:// or rediss:// URL');
  return raw;
});

const origins = makeValidator<string[]>((raw) => {
  const list = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of list) {
    if (origin !== '*' && (!URL.canParse(origin) || new URL(origin).origin !== origin)) {
      throw new Error(`origins like https://app.example.com (scheme, host, port; no path), not "${origin}"`);
    }
  }
  return list;
});

const httpUrl = makeValidator<string>((raw) => {
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : undefined;
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error('an http:// or https:// URL');
  return raw;
});

/** A setting of this gateway: envalid's spec, plus whether its value is a secret (docs/CONFIGURATION.md). */
type Setting<T> = ValidatorSpec<T> & { secret?: boolean };

function secret<T>(spec: ValidatorSpec<T>): Setting<T> {
  return Object.assign(spec, { secret: true });
}

/**
 * Every environment variable the gateway reads, with its meaning; docs/CONFIGURATION.md lists the
 * same names, and a test keeps the two equal. Defaults that differ in production take `production`.
 */
export function settingSpecs(production: boolean) {
  const optionalInteger = (desc: string) => integer({ desc, default: undefined });
  return {
    NODE_ENV: str({ desc: 'production turns on the safe defaults', default: 'development' }),
    DEMO: bool({ desc: 'run the in-process Stream emulator with demo data', default: undefined }),
    PORT: port({ desc: 'port the gateway listens on (0: any free port)', default: 4000 }),
    HOST: str({ desc: 'address the gateway listens on', default: '127.0.0.1' }),
    STREAM_API_KEY: secret(str({ desc: "the Stream app's API key", default: undefined })),
    STREAM_API_SECRET: secret(str({ desc: "the Stream app's API secret", default: undefined })),
    STREAM_BASE_URL: httpUrl({ desc: 'Stream API base URL', default: DEFAULT_BASE_URL }),
    STREAM_TIMEOUT_MS: positiveInteger({ desc: 'timeout of one Stream call', default: DEFAULT_TIMEOUT_MS }),
    REQUEST_TIMEOUT_MS: positiveInteger({
      desc: "time for all of one GraphQL request's Stream calls together",
      default: DEFAULT_REQUEST_TIMEOUT_MS,
    }),
    STREAM_CONNECTIONS: positiveInteger({ desc: 'sockets kept open to Stream', default: DEFAULT_CONNECTIONS }),
    STREAM_MAX_QUEUE: integer({
      desc: 'Stream calls waiting for a socket; one more is refused with OVERLOADED',
      default: DEFAULT_MAX_QUEUE,
    }),
    STREAM_BREAKER_CONSECUTIVE_FAILURES: positiveInteger({
      desc: 'Stream failures in a row that open the circuit breaker',
      default: DEFAULT_BREAKER.consecutiveFailures,
    }),
    STREAM_BREAKER_FAILURE_PERCENT: percent({
      desc: 'share of failed calls in the window that opens the breaker',
      default: DEFAULT_BREAKER.failureRate * 100,
    }),
    STREAM_BREAKER_WINDOW: positiveInteger({
      desc: 'calls the failure share is measured over',
      default: DEFAULT_BREAKER.windowSize,
    }),
    STREAM_BREAKER_COOLDOWN_MS: positiveInteger({
      desc: 'how long the breaker stays open before one probe goes through',
      default: DEFAULT_BREAKER.cooldownMs,
    }),
    MAX_UPLOAD_BYTES: integer({ desc: 'largest uploaded file', default: DEFAULT_MAX_UPLOAD_BYTES }),
    MAX_REQUEST_BYTES: integer({ desc: 'largest JSON request body', default: DEFAULT_MAX_REQUEST_BYTES }),
    BATCH_LIMIT: integer({ desc: 'operations per batched request (0: batches refused)', default: 0 }),
    MAX_TOKENS: integer({ desc: 'tokens per document', default: DEFAULT_QUERY_LIMITS.maxTokens }),
    MAX_ALIASES: integer({ desc: 'aliases per document', default: DEFAULT_QUERY_LIMITS.maxAliases }),
    MAX_DIRECTIVES: integer({ desc: 'directives per document', default: DEFAULT_QUERY_LIMITS.maxDirectives }),
    MAX_DEPTH: integer({ desc: 'selection depth', default: DEFAULT_QUERY_LIMITS.maxDepth }),
    MAX_BREADTH: integer({ desc: 'fields selected in a document', default: DEFAULT_QUERY_LIMITS.maxBreadth }),
    MAX_COST: integer({ desc: 'estimated cost of a document', default: DEFAULT_QUERY_LIMITS.maxCost }),
    CORS_ORIGINS: origins({ desc: 'browser origins allowed to call, comma-separated', default: [] }),
    PERSISTED_DOCUMENTS: str({ desc: 'trusted-documents manifest: only its documents run', default: undefined }),
    REVEAL_SECRETS: bool({ desc: 'show secret-bearing fields to server callers', default: false }),
    GRAPHIQL: bool({ desc: 'serve GraphiQL on GET /graphql', default: !production }),
    INTROSPECTION: bool({ desc: 'answer introspection queries', default: !production }),
    LOG_LEVEL: logLevel({ desc: 'lowest level logged', default: 'info' }),
    METRICS_PORT: port({ desc: 'serve /metrics on this port only', default: undefined }),
    OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl({ desc: 'OTLP/HTTP collector: turns tracing on', default: undefined }),
    OTEL_SERVICE_NAME: str({ desc: 'service name on exported spans', default: 'stream-graphql-gateway' }),
    MAX_IN_FLIGHT: integer({ desc: 'GraphQL requests at once; more get 503 OVERLOADED (0: no cap)', default: 512 }),
    MAX_CONNECTIONS: integer({ desc: 'open client connections (0: no cap)', default: 4096 }),
    KEEP_ALIVE_TIMEOUT_MS: positiveInteger({ desc: 'idle keep-alive socket lifetime', default: 5000 }),
    HEADERS_TIMEOUT_MS: positiveInteger({ desc: 'time to receive request headers', default: 10_000 }),
    HTTP_REQUEST_TIMEOUT_MS: positiveInteger({ desc: 'time to receive a whole request', default: 30_000 }),
    SHUTDOWN_DELAY_MS: integer({ desc: 'serving on after SIGTERM with /ready at 503', default: 0 }),
    SHUTDOWN_TIMEOUT_MS: positiveInteger({ desc: 'time in-flight requests get to finish', default: 25_000 }),
    READY_CACHE_MS: integer({ desc: 'how long /ready reuses its Stream check', default: 5000 }),
    MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInteger({
      desc: 'subscriptions one WebSocket connection may hold',
      default: 20,
    }),
    MAX_SUBSCRIPTIONS_PER_CALLER: positiveInteger({
      desc: 'subscriptions one caller may hold, per process',
      default: 100,
    }),
    REDIS_URL: secret(
      redisUrl({
        desc: 'Redis shared by the replicas (events, cache, locks, limits); memory when unset',
        default: undefined,
      }),
    ),
    RESPONSE_CACHE: bool({
      desc: 'cache GraphQL reads per caller, invalidated by mutations and webhooks',
      default: false,
    }),
    RESPONSE_CACHE_TTL_MS: positiveInteger({ desc: 'longest life of a cached read', default: 30_000 }),
    RATE_LIMIT_REQUESTS: integer({ desc: 'requests per caller per window (0: unlimited)', default: 0 }),
    RATE_LIMIT_WINDOW_SECONDS: positiveInteger({ desc: 'the per-caller window', default: 60 }),
    RATE_LIMIT_COST: integer({
      desc: 'query cost (as MAX_COST measures it) per caller per window (0: unlimited)',
      default: 0,
    }),
    RATE_LIMIT_COST_WINDOW_SECONDS: positiveInteger({ desc: 'the per-caller query cost window', default: 60 }),
    STREAM_QUOTA_FLOOR: integer({
      desc: 'Stream requests left to an endpoint at which the gateway stops calling it until the reset (0: off)',
      default: 0,
    }),
    // Each read by one place outside this module; listed here so that all settings are in one table.
    STREAM_EMULATOR_PORT: optionalInteger('port of `npm run emulator` (4010 by default)'),
  } satisfies Record<string, Setting<unknown>>;
}

export type SettingSpecs = ReturnType<typeof settingSpecs>;

/** The names, meanings and secrecy of every setting, for docs/CONFIGURATION.md and its test. */
export function describeSettings(production = false): { name: string; spec: Spec<unknown>; secret: boolean }[] {
  return Object.entries(settingSpecs(production)).map(([name, spec]) => ({
    name,
    spec: spec as Spec<unknown>,
    secret: (spec as Setting<unknown>).secret === true,
  }));
}

/** The environment with empty values removed: an empty variable means unset. */
function nonEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && value !== '') present[name] = value;
  return present;
}

function readEnv(env: NodeJS.ProcessEnv) {
  const present = nonEmpty(env);
  const production = present.NODE_ENV === 'production';
  const specs = settingSpecs(production);
  return cleanEnv(present, specs, {
    reporter: ({ errors }) => {
      const [name, error] = Object.entries(errors)[0] ?? [];
      if (!name) return;
      const raw = present[name];
      const expected = error instanceof Error ? error.message : String(error);
      if (raw === undefined) throw new ConfigError(`${name} is required`);
      // A secret's value (a key, a Redis URL with its password) is never repeated.
      const secretValue = (specs[name as keyof typeof specs] as Setting<unknown>).secret === true;
      throw new ConfigError(`${name} must be ${expected}${secretValue ? '' : `, got "${raw}"`}`);
    },
  });
}

function persistedDocuments(path: string | undefined): PersistedDocuments | undefined {
  if (!path) return undefined;
  try {
    return loadPersistedDocuments(path);
  } catch (error) {
    if (error instanceof PersistedDocumentsError) throw new ConfigError(`PERSISTED_DOCUMENTS: ${error.message}`);
    throw error;
  }
}

/**
 * Demo mode only when asked for, or implied outside production when no credentials are set.
 * In production, missing credentials are an error, never a quiet fall-back to demo data.
 */
function upstream(env: ReturnType<typeof readEnv>, production: boolean): Pick<GatewayConfig, 'stream' | 'demo'> {
  const apiKey = env.STREAM_API_KEY;
  const apiSecret = env.STREAM_API_SECRET;
  if (env.DEMO === true) {
    if (apiKey || apiSecret)
      throw new ConfigError('DEMO=true runs the local emulator: unset STREAM_API_KEY and STREAM_API_SECRET');
    return { demo: 'DEMO=true' };
  }
  if (!apiKey && !apiSecret && !production && env.DEMO === undefined)
    return { demo: 'no credentials outside production' };
  if (!apiKey)
    throw new ConfigError(
      'STREAM_API_KEY is required (with STREAM_API_SECRET), or set DEMO=true for the local emulator',
    );
  if (!apiSecret)
    throw new ConfigError(
      'STREAM_API_SECRET is required (with STREAM_API_KEY), or set DEMO=true for the local emulator',
    );
  return { stream: { apiKey, apiSecret, baseUrl: env.STREAM_BASE_URL } };
}

/** Reads the gateway's configuration from the environment; a bad value is one clear ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const read = readEnv(env);
  const production = read.NODE_ENV === 'production';
  return {
    production,
    port: read.PORT,
    host: read.HOST,
    ...upstream(read, production),
    timeoutMs: read.STREAM_TIMEOUT_MS,
    requestTimeoutMs: read.REQUEST_TIMEOUT_MS,
    connections: read.STREAM_CONNECTIONS,
    maxQueue: read.STREAM_MAX_QUEUE,
    breaker: {
      consecutiveFailures: read.STREAM_BREAKER_CONSECUTIVE_FAILURES,
      failureRate: read.STREAM_BREAKER_FAILURE_PERCENT / 100,
      windowSize: read.STREAM_BREAKER_WINDOW,
      minimumCalls: Math.min(DEFAULT_BREAKER.minimumCalls, read.STREAM_BREAKER_WINDOW),
      cooldownMs: read.STREAM_BREAKER_COOLDOWN_MS,
    },
    maxUploadBytes: read.MAX_UPLOAD_BYTES,
    maxRequestBytes: read.MAX_REQUEST_BYTES,
    batchLimit: read.BATCH_LIMIT,
    queryLimits: {
      maxTokens: read.MAX_TOKENS,
      maxAliases: read.MAX_ALIASES,
      maxDirectives: read.MAX_DIRECTIVES,
      maxDepth: read.MAX_DEPTH,
      maxBreadth: read.MAX_BREADTH,
      maxCost: read.MAX_COST,
    },
    corsOrigins: read.CORS_ORIGINS,
    persistedDocuments: persistedDocuments(read.PERSISTED_DOCUMENTS),
    revealSecrets: read.REVEAL_SECRETS,
    graphiql: read.GRAPHIQL,
    introspection: read.INTROSPECTION,
    logLevel: read.LOG_LEVEL,
    metricsPort: read.METRICS_PORT,
    otlpEndpoint: read.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: read.OTEL_SERVICE_NAME,
    http: {
      maxInFlight: read.MAX_IN_FLIGHT,
      maxConnections: read.MAX_CONNECTIONS,
      keepAliveTimeoutMs: read.KEEP_ALIVE_TIMEOUT_MS,
      headersTimeoutMs: read.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: read.HTTP_REQUEST_TIMEOUT_MS,
    },
    shutdown: { delayMs: read.SHUTDOWN_DELAY_MS, timeoutMs: read.SHUTDOWN_TIMEOUT_MS },
    readyCacheMs: read.READY_CACHE_MS,
    maxSubscriptionsPerConnection: read.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxSubscriptionsPerCaller: read.MAX_SUBSCRIPTIONS_PER_CALLER,
    redisUrl: read.REDIS_URL,
    responseCache: read.RESPONSE_CACHE,
    responseCacheTtlMs: read.RESPONSE_CACHE_TTL_MS,
    rateLimitRequests: read.RATE_LIMIT_REQUESTS,
    rateLimitWindowSeconds: read.RATE_LIMIT_WINDOW_SECONDS,
    rateLimitCost: read.RATE_LIMIT_COST,
    rateLimitCostWindowSeconds: read.RATE_LIMIT_COST_WINDOW_SECONDS,
    streamQuotaFloor: read.STREAM_QUOTA_FLOOR,
  };
}
