import { DEFAULT_BASE_URL, DEFAULT_CONNECTIONS, DEFAULT_TIMEOUT_MS } from './rest/config.js';
import {
  loadPersistedDocuments,
  PersistedDocumentsError,
  type PersistedDocuments,
} from './security/persistedDocuments.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './security/queryLimits.js';
import { DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_UPLOAD_BYTES } from './security/requestBodyLimit.js';

export interface GatewayConfig {
  port: number;
  host: string;
  /** Real Stream credentials, or undefined to run against the in-process emulator. */
  stream?: { apiKey: string; apiSecret: string; baseUrl: string };
  timeoutMs: number;
  /** Connections kept open to Stream at most (the REST client's pool). */
  connections: number;
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
  /** Subscriptions one WebSocket connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** Subscriptions one caller (the server token, or one user) may hold at once, per process. */
  maxSubscriptionsPerCaller: number;
  /** Redis shared by the replicas (events, deduplication, task-poller locks); memory only when unset. */
  redisUrl?: string;
  /** Cache GraphQL reads (RESPONSE_CACHE=on), for this long at most (ms). */
  responseCache: boolean;
  responseCacheTtlMs: number;
  /** Requests per caller per window (0: unlimited), shared across replicas through Redis. */
  rateLimitRequests: number;
  rateLimitWindowSeconds: number;
  /** Requests left to a Stream endpoint at or below which the gateway stops calling it until the reset (0: off). */
  streamQuotaFloor: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value < 1) throw new ConfigError(`${name} must be a positive integer, got "${env[name]}"`);
  return value;
}

/** A TCP port; 0 lets the system pick a free one. */
function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value > 65535) throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${env[name]}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of list) {
    if (origin === '*') continue;
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigError(
        `${name} must list origins like https://app.example.com (scheme, host, port; no path), got "${origin}"`,
      );
    }
  }
  return list;
}

function persistedDocuments(env: NodeJS.ProcessEnv, name: string): PersistedDocuments | undefined {
  const path = env[name];
  if (!path) return undefined;
  try {
    return loadPersistedDocuments(path);
  } catch (error) {
    if (error instanceof PersistedDocumentsError) throw new ConfigError(`${name}: ${error.message}`);
    throw error;
  }
}

function redisUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  if (!value) return undefined;
  const protocol = URL.canParse(value) ? new URL(value).protocol : undefined;
  // The URL may hold a password: the message does not repeat it.
  if (protocol !== 'redis:' && protocol !== 'rediss:')
    throw new ConfigError(`${name} must be a redis:// or rediss:// URL`);
  return value;
}

function queryLimits(env: NodeJS.ProcessEnv): QueryLimits {
  return {
    maxTokens: integer(env, 'MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens),
    maxAliases: integer(env, 'MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives),
    maxDepth: integer(env, 'MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
    maxBreadth: integer(env, 'MAX_BREADTH', DEFAULT_QUERY_LIMITS.maxBreadth),
    maxCost: integer(env, 'MAX_COST', DEFAULT_QUERY_LIMITS.maxCost),
  };
}

/** Reads the gateway's configuration from the environment; a bad value is one clear ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const apiKey = env.STREAM_API_KEY;
  const apiSecret = env.STREAM_API_SECRET;
  if (Boolean(apiKey) !== Boolean(apiSecret)) {
    throw new ConfigError('set both STREAM_API_KEY and STREAM_API_SECRET, or neither to use the local emulator');
  }
  const baseUrl = env.STREAM_BASE_URL || DEFAULT_BASE_URL;
  const protocol = URL.canParse(baseUrl) ? new URL(baseUrl).protocol : undefined;
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new ConfigError(`STREAM_BASE_URL must be an http:// or https:// URL, got "${baseUrl}"`);
  }
  return {
    port: port(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    stream: apiKey && apiSecret ? { apiKey, apiSecret, baseUrl } : undefined,
    timeoutMs: positive(env, 'STREAM_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
    connections: positive(env, 'STREAM_CONNECTIONS', DEFAULT_CONNECTIONS),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES),
    maxRequestBytes: integer(env, 'MAX_REQUEST_BYTES', DEFAULT_MAX_REQUEST_BYTES),
    batchLimit: integer(env, 'BATCH_LIMIT', 0),
    queryLimits: queryLimits(env),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    persistedDocuments: persistedDocuments(env, 'PERSISTED_DOCUMENTS'),
    revealSecrets: flag(env, 'REVEAL_SECRETS', false),
    graphiql: flag(env, 'GRAPHIQL', true),
    introspection: flag(env, 'INTROSPECTION', true),
    maxSubscriptionsPerConnection: positive(env, 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 20),
    maxSubscriptionsPerCaller: positive(env, 'MAX_SUBSCRIPTIONS_PER_CALLER', 100),
    redisUrl: redisUrl(env, 'REDIS_URL'),
    responseCache: flag(env, 'RESPONSE_CACHE', false),
    responseCacheTtlMs: positive(env, 'RESPONSE_CACHE_TTL_MS', 30_000),
    rateLimitRequests: integer(env, 'RATE_LIMIT_REQUESTS', 0),
    rateLimitWindowSeconds: positive(env, 'RATE_LIMIT_WINDOW_SECONDS', 60),
    streamQuotaFloor: integer(env, 'STREAM_QUOTA_FLOOR', 0),
  };
}
