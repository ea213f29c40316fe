import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** A frame as V8's CPU and heap profiles give it: 0-based line and column in the running file. */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** V8's sampling heap profile: a call tree whose nodes carry the bytes sampled there. */
interface HeapProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapProfileNode[];
}

export interface ProfileSummary {
  /** Time the process was busy (idle samples left out). */
  busyMs: number;
  /** Self time by function, highest first. */
  functions: { name: string; where: string; selfMs: number; share: number }[];
  /** Self time by package (node_modules/<name>), project file or Node internals. */
  packages: { name: string; selfMs: number; share: number }[];
}

export interface AllocationSummary {
  /** Bytes sampled, collected or not. */
  sampledBytes: number;
  /** Bytes allocated by each function itself, highest first. */
  functions: { name: string; where: string; bytes: number; share: number }[];
  /** Bytes allocated by each package (node_modules/<name>), project file or Node internals. */
  packages: { name: string; bytes: number; share: number }[];
}

function packageOf(path: string): string {
  if (!path) return '(native)';
  if (path.startsWith('node:')) return 'node internals';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (match) return match[1]!;
  const own = /\/(src|bench)\/(.+)$/.exec(path);
  return own ? `${own[1]}/${own[2]}` : path;
}

/**
 * Frames of a bundled file (dist/server.js and its chunks) named by the source they came from,
 * through the file's source map (`<file>.map`): without it, the whole gateway is one file.
 * Frames of files without a map keep their own place.
 */
function sourceLocator(): (frame: CallFrame) => { path: string; line: number; name: string } {
  const maps = new Map<string, { map: SourceMap; dir: string } | null>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      let found: { map: SourceMap; dir: string } | null = null;
      if (url.startsWith('file://')) {
        const file = fileURLToPath(url);
        try {
          found = { map: new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))), dir: dirname(file) };
        } catch {
          // No map beside the file: it is not bundled.
        }
      }
      maps.set(url, found);
    }
    return maps.get(url)!;
  };
  return (frame) => {
    const own = { path: frame.url.replace(/^file:\/\//, ''), line: frame.lineNumber + 1, name: frame.functionName };
    const mapped = frame.url ? mapOf(frame.url) : null;
    if (!mapped) return own;
    const entry = mapped.map.findEntry(frame.lineNumber, frame.columnNumber ?? 0) as {
      originalSource?: string;
      originalLine?: number;
      name?: string;
    };
    if (!entry.originalSource) return own;
    return {
      path: resolve(mapped.dir, entry.originalSource),
      line: (entry.originalLine ?? 0) + 1,
      name: frame.functionName || entry.name || '',
    };
  };
}

/** A package's files from the package's name on, the project's from its root. */
function shortPath(path: string): string {
  if (path.includes('node_modules/')) return path.replace(/^.*node_modules\//, '');
  const root = `${process.cwd()}/`;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

/** Adds `amount` to a function's and its package's totals. */
function tally() {
  const locate = sourceLocator();
  const functions = new Map<string, { name: string; where: string; amount: number }>();
  const packages = new Map<string, number>();
  let total = 0;
  return {
    add(frame: CallFrame, amount: number, packageName?: string) {
      if (amount === 0) return;
      total += amount;
      const { path, line, name } = locate(frame);
      const where = path ? `${shortPath(path)}:${line}` : '';
      const key = `${name}@${where}`;
      const entry = functions.get(key) ?? { name: name || '(anonymous)', where, amount: 0 };
      entry.amount += amount;
      functions.set(key, entry);
      const pkg = packageName ?? packageOf(path);
      packages.set(pkg, (packages.get(pkg) ?? 0) + amount);
    },
    result(top: number) {
      const divisor = total || 1;
      return {
        total,
        functions: [...functions.values()]
          .sort((a, b) => b.amount - a.amount)
          .slice(0, top)
          .map((f) => ({ name: f.name, where: f.where, amount: f.amount, share: f.amount / divisor })),
        packages: [...packages.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([name, amount]) => ({ name, amount, share: amount / divisor })),
      };
    },
  };
}

/** Where a `node --cpu-prof` profile spent its time: self time per function and per package. */
export function summarizeProfile(path: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = tally();
  for (const [id, micros] of selfMicros) {
    const { callFrame } = byId.get(id)!;
    // Shares are of the time the process was busy: idle time depends on the load, not on the server.
    if (callFrame.functionName === '(idle)') continue;
    totals.add(callFrame, micros, callFrame.functionName === '(garbage collector)' ? '(gc)' : undefined);
  }
  const { total, functions, packages } = totals.result(top);
  return {
    busyMs: total / 1000,
    functions: functions.map(({ amount, ...f }) => ({ ...f, selfMs: amount / 1000 })),
    packages: packages.map(({ amount, ...p }) => ({ ...p, selfMs: amount / 1000 })),
  };
}

/** What a sampling heap profile (bench/alloc-sampler.mjs) says allocated: bytes per function and per package. */
export function summarizeAllocations(path: string, top = 25): AllocationSummary {
  const { head } = JSON.parse(readFileSync(path, 'utf8')) as { head: HeapProfileNode };
  const totals = tally();
  // The tree is as deep as the deepest stack: walked with a list, not by recursion.
  const pending = [head];
  for (let node = pending.pop(); node; node = pending.pop()) {
    totals.add(node.callFrame, node.selfSize);
    pending.push(...node.children);
  }
  const { total, functions, packages } = totals.result(top);
  return {
    sampledBytes: total,
    functions: functions.map(({ amount, ...f }) => ({ ...f, bytes: amount })),
    packages: packages.map(({ amount, ...p }) => ({ ...p, bytes: amount })),
  };
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6);

export function printProfileSummary(summary: ProfileSummary): void {
  console.log(`\nCPU profile of the gateway: ${summary.busyMs.toFixed(0)} ms busy (shares of that)`);
  console.log('  by package:');
  for (const p of summary.packages) console.log(`    ${pct(p.share)}  ${p.name}`);
  console.log('  by function (self time):');
  for (const f of summary.functions) console.log(`    ${pct(f.share)}  ${f.name}  ${f.where}`);
}

export function printAllocationSummary(summary: AllocationSummary): void {
  console.log(
    `\nAllocations of the gateway: ${(summary.sampledBytes / 1048576).toFixed(0)} MB sampled (shares of that)`,
  );
  console.log('  by package:');
  for (const p of summary.packages) console.log(`    ${pct(p.share)}  ${p.name}`);
  console.log('  by function (own allocations):');
  for (const f of summary.functions) console.log(`    ${pct(f.share)}  ${f.name}  ${f.where}`);
}
