import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineInfo } from './machine.js';
import { table } from './report.js';
import type { BenchResults } from './results.js';

/** What bench/webhookLatency.ts records for one run. */
interface EventLatency {
  startedAt: string;
  command: string;
  replicas: number;
  mode: string;
  events: number;
  p50Ms: number;
  p99Ms: number;
  machine: MachineInfo;
}

const newestFirst = (dir: string, matches: (name: string) => boolean) =>
  readdirSync(dir).filter(matches).sort().reverse();

/** The latest recorded run holding S5 figures, full or focused. */
function latestS5(dir: string): { results: BenchResults; file: string } | undefined {
  for (const name of newestFirst(dir, (file) => /-(full|partial)\.json$/.test(file))) {
    const results = JSON.parse(readFileSync(join(dir, name), 'utf8')) as BenchResults;
    if (results.results.some((r) => r.scenario === 'S5')) return { results, file: `bench/results/${name}` };
  }
  return undefined;
}

function s5Section(dir: string): string {
  const run = latestS5(dir);
  if (!run) return 'No S5 run recorded yet: `npm run bench -- --contenders direct,gateway+cache --scenarios S5`.';
  const { results, file } = run;
  const rows = results.results
    .filter((r) => r.scenario === 'S5')
    .map((r) => [
      r.contender,
      `${r.latencyMs} ms`,
      r.median.requestsPerSecond.toFixed(0),
      r.median.latencyMs.p50.toFixed(2),
      r.unloaded ? r.unloaded.latencyMs.p50.toFixed(2) : '–',
      String(results.upstream.S5?.[r.contender]?.perOp ?? '–'),
    ]);
  const targets = results.targets
    .filter((t) => t.scenario === 'S5')
    .map(
      (t) =>
        `- ${t.target}${t.latencyMs === undefined ? '' : ` (${t.latencyMs} ms)`}: ${Number.isInteger(t.value) ? t.value : t.value.toFixed(2)}, goal ${t.goal}: ${t.met ? 'met' : '**missed**'}`,
    );
  const { machine, settings } = results;
  return [
    `S5 reads S2's poll page again and again from the gateway with \`RESPONSE_CACHE=on\` (gateway+cache) and from the direct client (no cache). The first read fills the cache; **upstream/op on hits** counts the emulator's log over ${settings.probeRequests} sequential reads after it.`,
    [
      `- Date: ${results.startedAt}; command: \`${results.command}\`; results: \`${file}\``,
      `- Machine: ${machine.cores} cores (${machine.cpuModel}), Node ${machine.node}, load average ${machine.loadAverageAtStart.toFixed(2)} at start`,
      `- ${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ${settings.rounds} × ${settings.durationSeconds} s rounds (median reported)`,
    ].join('\n'),
    table(['contender', 'emulator latency', 'req/s', 'p50 ms', 'p50 ms, 1 connection', 'upstream/op on hits'], rows),
    targets.join('\n'),
  ].join('\n\n');
}

function latencySection(dir: string): string {
  const runs = [1, 2]
    .map((replicas) => newestFirst(dir, (name) => name.endsWith(`-event-latency-${replicas}r.json`))[0])
    .filter((name): name is string => name !== undefined)
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as EventLatency);
  if (!runs.length) return 'No event-latency run recorded yet: `npx tsx bench/webhookLatency.ts --replicas 2`.';
  return [
    'A graphql-ws subscriber to `events`; signed `poll.updated` webhooks posted one after another, each timed from the POST until the subscriber receives it (bench/webhookLatency.ts). One replica: the gateway, the emulator and the client in one process, events in memory. Two replicas: two gateway processes (`node dist/server.js`) sharing a real redis-server, the webhook posted to replica B and the subscriber on replica A.',
    table(
      ['setup', 'events', 'p50 ms', 'p99 ms', 'date', 'machine', 'command'],
      runs.map((run) => [
        run.mode,
        String(run.events),
        run.p50Ms.toFixed(2),
        run.p99Ms.toFixed(2),
        run.startedAt,
        `${run.machine.cores} cores, Node ${run.machine.node}, load ${run.machine.loadAverageAtStart.toFixed(2)}`,
        `\`${run.command}\``,
      ]),
    ),
  ].join('\n\n');
}

/** docs/BENCHMARKS.md's section on the response cache (S5) and event latency, from the latest recorded runs. */
export function renderLiveSection(root: string): string {
  const dir = join(root, 'bench/results');
  return [
    '## Response cache (S5) and live updates',
    '### S5: cached reads against the direct client',
    s5Section(dir),
    '### Webhook to subscriber',
    latencySection(dir),
  ].join('\n\n');
}
