import { DEFAULT_BASE_URL } from './rest/config.js';

export interface GatewayConfig {
  port: number;
  host: string;
  /** Real Stream credentials, or undefined to run against the in-process emulator. */
  stream?: { apiKey: string; apiSecret: string; baseUrl: string };
  timeoutMs: number;
  /** Largest upload accepted through the multipart request, in bytes. */
  maxUploadBytes: number;
  graphiql: boolean;
  introspection: boolean;
  production: boolean;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** Reads the gateway's configuration from the environment; a bad value is one clear ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const apiKey = env.STREAM_API_KEY;
  const apiSecret = env.STREAM_API_SECRET;
  if (Boolean(apiKey) !== Boolean(apiSecret)) {
    throw new ConfigError('set both STREAM_API_KEY and STREAM_API_SECRET, or neither to use the local emulator');
  }
  const baseUrl = env.STREAM_BASE_URL || DEFAULT_BASE_URL;
  try {
    new URL(baseUrl);
  } catch {
    throw new ConfigError(`STREAM_BASE_URL is not a URL: "${baseUrl}"`);
  }
  const production = env.NODE_ENV === 'production';
  return {
    port: integer(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    stream: apiKey && apiSecret ? { apiKey, apiSecret, baseUrl } : undefined,
    timeoutMs: integer(env, 'STREAM_TIMEOUT_MS', 3000),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_BYTES', 10 * 1024 * 1024),
    graphiql: flag(env, 'GRAPHIQL', true),
    introspection: flag(env, 'INTROSPECTION', true),
    production,
  };
}
