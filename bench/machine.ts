import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  kernel: string;
  /** 1-minute load average when the run started: above ~0.5 the machine was not quiet. */
  loadAverageAtStart: number;
}

export function machineInfo(): MachineInfo {
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    kernel: release(),
    loadAverageAtStart: loadavg()[0] ?? 0,
  };
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

/** The gateway's version and commit, and the libraries each contender is built on. */
export function projectVersions(root: string) {
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '';
  } catch {
    // not a git checkout
  }
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return {
    gateway: {
      [own.name]: `${own.version} (${commit}${dirty ? ', uncommitted changes in src/' : ''})`,
      'graphql-yoga': packageVersion(root, 'graphql-yoga'),
      graphql: packageVersion(root, 'graphql'),
      '@pothos/core': packageVersion(root, '@pothos/core'),
      undici: packageVersion(root, 'undici'),
      pino: packageVersion(root, 'pino'),
      '@opentelemetry/sdk-trace-node (gateway+tracing)': packageVersion(root, '@opentelemetry/sdk-trace-node'),
    },
    direct: { undici: packageVersion(root, 'undici') },
    loadGenerator: { autocannon: packageVersion(root, 'autocannon') },
  };
}
