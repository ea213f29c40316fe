import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HIVE_GATEWAY_BIN, type Upstream } from './contenders.js';

/** The peer's packages, from bench/package.json; their installed versions go into the results. */
const MESH_PACKAGES = [
  '@graphql-hive/gateway',
  '@graphql-mesh/compose-cli',
  '@omnigraph/openapi',
  '@graphql-mesh/transport-rest',
];

export type MeshReadiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether the mesh contender can run: it needs Stream's OpenAPI description (read where it is,
 * never copied into the project) and bench/'s own dependencies, installed here on demand.
 */
export function prepareMesh(root: string, openapiPath: string, install: boolean): MeshReadiness {
  if (!existsSync(openapiPath)) {
    return { ready: false, reason: `no OpenAPI description at ${openapiPath} (pass --openapi PATH)` };
  }
  if (existsSync(join(root, HIVE_GATEWAY_BIN))) return { ready: true };
  if (!install) return { ready: false, reason: 'bench/ dependencies are not installed (run npm ci --prefix bench)' };
  console.log('installing the mesh contender: npm ci --prefix bench');
  try {
    execFileSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  } catch (error) {
    return { ready: false, reason: `npm ci --prefix bench failed: ${error instanceof Error ? error.message : error}` };
  }
  return { ready: true };
}

/** Composes the supergraph with Mesh Compose (bench/mesh/mesh.config.ts) against this run's emulator. */
export function composeSupergraph(root: string, openapiPath: string, upstream: Upstream, output: string): void {
  execFileSync(
    process.execPath,
    [join(root, 'bench/node_modules/@graphql-mesh/compose-cli/esm/bin.js'), '-c', 'mesh.config.ts', '-o', output],
    {
      cwd: join(root, 'bench/mesh'),
      env: {
        ...process.env,
        MESH_OPENAPI_PATH: openapiPath,
        MESH_UPSTREAM_URL: upstream.origin,
        MESH_API_KEY: upstream.apiKey,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
}

export function meshVersions(root: string): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of MESH_PACKAGES) {
    try {
      versions[name] = (
        JSON.parse(readFileSync(join(root, 'bench/node_modules', name, 'package.json'), 'utf8')) as { version: string }
      ).version;
    } catch {
      versions[name] = 'not installed';
    }
  }
  return versions;
}
