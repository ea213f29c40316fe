import { join } from 'node:path';
import type { ContenderName } from './scenarios.js';
import { freePort, startService, type Service } from './services.js';

export interface Upstream {
  origin: string;
  apiKey: string;
  apiSecret: string;
}

export interface LaunchContext {
  root: string;
  logDir: string;
  upstream: Upstream;
  /** Where the mesh contender's composed supergraph is, when it takes part. */
  supergraphPath?: string;
}

export interface LaunchOptions {
  /** Node flags placed before the entry point (--expose-gc and the heap probe, --cpu-prof, ...). */
  nodeFlags?: string[];
  /** Added to the log file name, to tell apart several runs of one contender. */
  label?: string;
  ipc?: boolean;
}

export const HEAP_PROBE = 'bench/heap-probe.mjs';
export const HIVE_GATEWAY_BIN = 'bench/node_modules/@graphql-hive/gateway/dist/bin.js';

/** Starts a contender as its own process on a free loopback port. */
export async function launch(
  name: ContenderName,
  context: LaunchContext,
  options: LaunchOptions = {},
): Promise<Service> {
  const { root, upstream } = context;
  const port = await freePort();
  const flags = options.nodeFlags ?? [];
  const common = {
    name: options.label ? `${name}-${options.label}` : name,
    cwd: root,
    port,
    logDir: context.logDir,
    ipc: options.ipc,
  };
  const streamEnv = {
    STREAM_API_KEY: upstream.apiKey,
    STREAM_API_SECRET: upstream.apiSecret,
    STREAM_BASE_URL: upstream.origin,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
  };
  if (name === 'gateway') {
    return startService({ ...common, nodeArgs: [...flags, '--import', 'tsx', 'src/server.ts'], env: streamEnv });
  }
  if (name === 'direct') {
    return startService({
      ...common,
      nodeArgs: [...flags, '--import', 'tsx', 'bench/direct-server.ts'],
      env: streamEnv,
    });
  }
  if (!context.supergraphPath) throw new Error('the mesh contender needs a composed supergraph');
  return startService({
    ...common,
    nodeArgs: [
      ...flags,
      join(root, HIVE_GATEWAY_BIN),
      'supergraph',
      context.supergraphPath,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--fork',
      '1',
    ],
    env: { NODE_ENV: 'production' },
  });
}
