import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeAllocations, summarizeProfile } from '../../bench/profiles.js';

/**
 * The bench's profile summaries (bench/profiles.ts) over a real esbuild bundle with its source map,
 * as the gateway's dist/server.js is: frames in the bundle are named by the package or project file
 * they came from. Profiles are written by hand, so every figure below is known.
 */

let dir: string;
const frames: Record<'library' | 'own' | 'plain', { url: string; lineNumber: number; columnNumber: number }> =
  {} as never;

/** The 0-based line and column where `text` starts in `source`. */
function positionOf(source: string, text: string): { lineNumber: number; columnNumber: number } {
  const at = source.indexOf(text);
  expect(at, `${text} in the bundle`).toBeGreaterThanOrEqual(0);
  const before = source.slice(0, at).split('\n');
  return { lineNumber: before.length - 1, columnNumber: before.at(-1)!.length };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bench-profiles-'));
  mkdirSync(join(dir, 'node_modules/alpha-lib'), { recursive: true });
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'node_modules/alpha-lib/index.js'),
    'export function alphaWork(n) {\n  let sum = 0;\n  for (let i = 0; i < n; i++) sum += i;\n  return sum;\n}\n',
  );
  writeFileSync(
    join(dir, 'src/own.ts'),
    "import { alphaWork } from 'alpha-lib';\n\nexport function ownWork(): number {\n  return alphaWork(3) + 1;\n}\n",
  );
  // Whitespace minified: both functions on one line, told apart only by their columns.
  await build({
    entryPoints: [join(dir, 'src/own.ts')],
    outfile: join(dir, 'dist/out.js'),
    bundle: true,
    format: 'esm',
    minifyWhitespace: true,
    sourcemap: true,
    logLevel: 'silent',
  });
  const bundle = readFileSync(join(dir, 'dist/out.js'), 'utf8');
  const bundleUrl = pathToFileURL(join(dir, 'dist/out.js')).href;
  frames.library = { url: bundleUrl, ...positionOf(bundle, 'function alphaWork') };
  frames.own = { url: bundleUrl, ...positionOf(bundle, 'function ownWork') };
  expect(frames.library.lineNumber).toBe(frames.own.lineNumber);
  // A file with no map beside it keeps its own name.
  writeFileSync(join(dir, 'plain.js'), 'export const x = 1;\n');
  frames.plain = { url: pathToFileURL(join(dir, 'plain.js')).href, lineNumber: 0, columnNumber: 0 };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const frame = (name: string, place: { url: string; lineNumber: number; columnNumber: number } | undefined) => ({
  functionName: name,
  scriptId: '0',
  url: place?.url ?? '',
  lineNumber: place?.lineNumber ?? -1,
  columnNumber: place?.columnNumber ?? -1,
});

describe('the CPU profile summary', () => {
  it('gives a bundle’s time to the packages and files its code came from, and leaves idle time out', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', undefined), children: [2, 3, 4, 5, 6] },
        { id: 2, callFrame: frame('alphaWork', frames.library) },
        { id: 3, callFrame: frame('ownWork', frames.own) },
        { id: 4, callFrame: frame('(garbage collector)', undefined) },
        { id: 5, callFrame: frame('(idle)', undefined) },
        { id: 6, callFrame: frame('x', frames.plain) },
      ],
      samples: [2, 2, 2, 3, 4, 5, 6],
      timeDeltas: [100, 100, 100, 100, 50, 5000, 50],
    };
    const summary = summarizeProfile(written('cpu.cpuprofile', profile));
    expect(summary.busyMs).toBe(0.5);
    expect(summary.packages.map(({ name, selfMs }) => [name, selfMs])).toEqual([
      ['alpha-lib', 0.3],
      ['src/own.ts', 0.1],
      ['(gc)', 0.05],
      [join(dir, 'plain.js'), 0.05],
    ]);
    expect(summary.functions[0]).toEqual({ name: 'alphaWork', where: 'alpha-lib/index.js:1', selfMs: 0.3, share: 0.6 });
    expect(summary.functions[1]).toMatchObject({ name: 'ownWork', where: `${join(dir, 'src/own.ts')}:3` });
  });
});

describe('the allocation summary', () => {
  it('adds up the bytes each frame allocated, wherever it is in the call tree, by source', () => {
    const node = (name: string, place: typeof frames.own | undefined, selfSize: number, children: unknown[] = []) => ({
      callFrame: frame(name, place),
      selfSize,
      id: 0,
      children,
    });
    const head = node('(root)', undefined, 0, [
      node('alphaWork', frames.library, 4096),
      node('ownWork', frames.own, 1024, [node('alphaWork', frames.library, 2048)]),
    ]);
    const summary = summarizeAllocations(written('alloc.heapprofile', { head, samples: [] }));
    expect(summary.sampledBytes).toBe(7168);
    expect(summary.packages.map(({ name, bytes }) => [name, bytes])).toEqual([
      ['alpha-lib', 6144],
      ['src/own.ts', 1024],
    ]);
    expect(summary.functions.map(({ name, bytes }) => [name, bytes])).toEqual([
      ['alphaWork', 6144],
      ['ownWork', 1024],
    ]);
  });
});
