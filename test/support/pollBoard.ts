import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT, startProcess, type ServerProcess } from './serverProcess.js';

const run = promisify(execFile);

/** The example frontend (examples/poll-board): its own package.json and lock, installed apart. */
export const POLL_BOARD = join(PROJECT_ROOT, 'examples/poll-board');

function readJson(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every pinned dependency of the example is installed at its pinned version. */
function installed(): boolean {
  const manifest = readJson(join(POLL_BOARD, 'package.json'));
  const wanted: Record<string, string> = { ...manifest.dependencies, ...manifest.devDependencies };
  return Object.entries(wanted).every(([name, version]) => {
    const path = join(POLL_BOARD, 'node_modules', name, 'package.json');
    return existsSync(path) && readJson(path).version === version;
  });
}

async function npm(args: string[]): Promise<void> {
  await run('npm', args, { cwd: POLL_BOARD, maxBuffer: 16 * 1024 * 1024 });
}

/**
 * Installs the example from its lock (skipped when node_modules already holds every pinned
 * version), then builds it: codegen from ../../schema.graphql, `tsc --strict`, `vite build`.
 * A failing step rejects with npm's output.
 */
export async function buildPollBoard(): Promise<void> {
  if (!installed()) await npm(['ci', '--no-audit', '--no-fund']);
  await npm(['run', 'build', '--silent']);
}

export interface PollBoardServer {
  /** Where the built app is served, ending in `/`. */
  url: string;
  origin: string;
  close(): void;
}

/** The built app (dist/) served on loopback by `vite preview`, on a free port. */
export async function servePollBoard(): Promise<PollBoardServer> {
  const vite = join(POLL_BOARD, 'node_modules/vite/bin/vite.js');
  const preview: ServerProcess = startProcess(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', '0', '--strictPort'],
    { cwd: POLL_BOARD },
  );
  const [, url] = await preview.waitFor(/Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/);
  return { url: url!, origin: new URL(url!).origin, close: () => preview.kill() };
}
