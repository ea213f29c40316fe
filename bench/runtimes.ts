import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from './contenders.js';

export const currentRuntime = (): Runtime => ({ version: process.version, bin: process.execPath });

function versionOf(bin: string): string {
  return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
}

export type RuntimeLookup = { runtime: Runtime } | { reason: string };

/**
 * A Node 24 binary for the contenders: the one given, or npm's `node` package (which ships the
 * official binary) installed once under node_modules/.cache, without touching package.json.
 */
export function node24(root: string, given: string | undefined, install: boolean): RuntimeLookup {
  const prefix = join(root, 'node_modules/.cache/node24');
  const bin = given ?? join(prefix, 'node_modules/node/bin/node');
  if (!existsSync(bin)) {
    if (given) return { reason: `no Node binary at ${given}` };
    if (!install) return { reason: `no Node 24 at ${bin} (run without --no-install, or pass --node24-bin PATH)` };
    console.log(`installing Node 24: npm install --no-save --prefix ${prefix} node@24`);
    try {
      execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'node@24'], {
        cwd: root,
        stdio: 'inherit',
      });
    } catch (error) {
      return { reason: `npm install node@24 failed: ${error instanceof Error ? error.message : error}` };
    }
  }
  try {
    const version = versionOf(bin);
    if (!version.startsWith('v24.')) return { reason: `${bin} is Node ${version}, not 24` };
    return { runtime: { version, bin } };
  } catch (error) {
    return { reason: `${bin} does not run: ${error instanceof Error ? error.message : error}` };
  }
}
