import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Time the process was busy (idle samples left out). */
  busyMs: number;
  /** Self time by function, highest first. */
  functions: { name: string; where: string; selfMs: number; share: number }[];
  /** Self time by package (node_modules/<name>), project file or Node internals. */
  packages: { name: string; selfMs: number; share: number }[];
}

function packageOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1]!;
  const own = /\/(src|bench)\/(.+)$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

/** Where a `node --cpu-prof` profile spent its time: self time per function and per package. */
export function summarizeProfile(path: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const idleIds = new Set(
    profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id),
  );
  for (const id of idleIds) selfMicros.delete(id);
  // Shares are of the time the process was busy: idle time depends on the load, not on the server.
  const total = [...selfMicros.values()].reduce((sum, v) => sum + v, 0) || 1;

  const functions = new Map<string, { name: string; where: string; micros: number }>();
  const packages = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : '';
    const key = `${functionName}@${where}`;
    const entry = functions.get(key) ?? { name: functionName || '(anonymous)', where, micros: 0 };
    entry.micros += micros;
    functions.set(key, entry);
    const pkg = functionName === '(garbage collector)' ? '(gc)' : packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  }
  return {
    busyMs: total / 1000,
    functions: [...functions.values()]
      .sort((a, b) => b.micros - a.micros)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, selfMs: f.micros / 1000, share: f.micros / total })),
    packages: [...packages.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, selfMs: micros / 1000, share: micros / total })),
  };
}

export function printProfileSummary(summary: ProfileSummary): void {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6);
  console.log(`\nCPU profile of the gateway: ${summary.busyMs.toFixed(0)} ms busy (shares of that)`);
  console.log('  by package:');
  for (const p of summary.packages) console.log(`    ${pct(p.share)}  ${p.name}`);
  console.log('  by function (self time):');
  for (const f of summary.functions) console.log(`    ${pct(f.share)}  ${f.name}  ${f.where}`);
}
