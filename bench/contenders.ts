import { join } from 'node:path';
import type { ContenderName } from './scenarios.js';
import { freePort, startService, type Service } from './services.js';

export interface Upstream {
  origin: string;
  apiKey: string;
  apiSecret: string;
}

/** A Node binary the contenders run on. */
export interface Runtime {
  /** `process.version` of the binary, e.g. v24.11.0. */
  version: string;
  bin: string;
}

export interface LaunchContext {
  root: string;
  logDir: string;
  upstream: Upstream;
  /** The direct server transpiled to JavaScript (bench/directBuild.ts). */
  directEntry: string;
  /** The yoga-floor server transpiled the same way. */
  floorEntry: string;
  /** Where the gateway+tracing contender exports spans (the harness's OTLP sink). */
  otlpEndpoint?: string;
  /** Where the mesh contender's composed supergraph is, when it takes part. */
  supergraphPath?: string;
}

export interface LaunchOptions {
  /** Node flags placed before the entry point (--expose-gc and the heap probe, --cpu-prof, ...). */
  nodeFlags?: string[];
  /** Added to the log file name, to tell apart several runs of one contender. */
  label?: string;
  ipc?: boolean;
  /** Default: the Node running the harness. */
  runtime?: Runtime;
  /** Settings added to the contender's environment. */
  env?: Record<string, string>;
}

export const HEAP_PROBE = 'bench/heap-probe.mjs';
/** Preloaded into the gateway for --alloc-profile. */
export const ALLOC_SAMPLER = 'bench/alloc-sampler.mjs';
export const HIVE_GATEWAY_BIN = 'bench/node_modules/@graphql-hive/gateway/dist/bin.js';
/** Stream calls the gateway lets wait for one of its 64 sockets during the benchmark. */
export const BENCH_STREAM_MAX_QUEUE = 4096;
/** The gateway's production entry, as the container's CMD runs it. */
export const GATEWAY_ENTRY = 'dist/server.js';
/**
 * The Node flags the container's CMD gives the production entry (test/service/dockerfile.test.ts
 * holds the two equal): Node 24's V8 lets the young generation grow to 128 MB under load, Node 20's
 * to 32 MB; 16 MB semi-spaces keep Node 20's size on both (docs/PERFORMANCE.md).
 */
export const GATEWAY_NODE_FLAGS = ['--max-semi-space-size=16'];

/**
 * The gateway as production runs it: compiled entry, NODE_ENV=production, JSON logs at info.
 * Tracing only for gateway+tracing; an OTLP endpoint in the harness's own environment is cleared.
 */
export function gatewayEnv(name: ContenderName, context: LaunchContext, port: number): Record<string, string> {
  if (name === 'gateway+tracing' && !context.otlpEndpoint) throw new Error('gateway+tracing needs the OTLP sink');
  return {
    STREAM_API_KEY: context.upstream.apiKey,
    STREAM_API_SECRET: context.upstream.apiSecret,
    STREAM_BASE_URL: context.upstream.origin,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    DEMO: '',
    RESPONSE_CACHE: name === 'gateway+cache' ? 'on' : '',
    OTEL_EXPORTER_OTLP_ENDPOINT: name === 'gateway+tracing' ? context.otlpEndpoint! : '',
    // Sized for the benchmark's fan-out (32 clients × 25 calls in S3), as an operator sizes it for
    // their traffic; the default 256 would refuse part of S3 with OVERLOADED.
    STREAM_MAX_QUEUE: String(BENCH_STREAM_MAX_QUEUE),
  };
}

/** The program and arguments that start a contender listening on `port` (after `node`). */
export function contenderCommand(
  name: ContenderName,
  context: LaunchContext,
  port: number,
): { args: string[]; env: Record<string, string> } {
  if (name === 'gateway' || name === 'gateway+tracing' || name === 'gateway+cache') {
    return { args: [...GATEWAY_NODE_FLAGS, GATEWAY_ENTRY], env: gatewayEnv(name, context, port) };
  }
  if (name === 'direct' || name === 'yoga-floor') {
    const { apiKey, apiSecret, origin } = context.upstream;
    return {
      args: [name === 'direct' ? context.directEntry : context.floorEntry],
      env: {
        STREAM_API_KEY: apiKey,
        STREAM_API_SECRET: apiSecret,
        STREAM_BASE_URL: origin,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
      },
    };
  }
  if (!context.supergraphPath) throw new Error('the mesh contender needs a composed supergraph');
  return {
    args: [
      join(context.root, HIVE_GATEWAY_BIN),
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
  };
}

/** Starts a contender as its own process on a free loopback port. */
export async function launch(
  name: ContenderName,
  context: LaunchContext,
  options: LaunchOptions = {},
): Promise<Service> {
  const port = await freePort();
  const command = contenderCommand(name, context, port);
  const runtimeLabel = options.runtime ? `-node${options.runtime.version.split('.')[0]!.slice(1)}` : '';
  return startService({
    name: `${name}${options.label ? `-${options.label}` : ''}${runtimeLabel}`,
    cwd: context.root,
    port,
    logDir: context.logDir,
    ipc: options.ipc,
    nodeBin: options.runtime?.bin,
    nodeArgs: [...(options.nodeFlags ?? []), ...command.args],
    env: { ...command.env, ...options.env },
    // The gateway's JSON lines go to a pipe the harness drains, as a container's log collector reads them.
    stdout: name.startsWith('gateway') || name === 'yoga-floor' ? 'drain' : 'log',
  });
}
