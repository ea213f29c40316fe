import { cacheTargets } from './cacheTargets.js';
import { find, nodeOf, pairedCpuRatio, performanceGoals, runtimesOf } from './goals.js';
import { BENCH_STREAM_MAX_QUEUE } from './contenders.js';
import type { BenchResults, ScenarioResult, Target } from './results.js';
import { scenarios, type ScenarioName } from './scenarios.js';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
const cpu = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(3));
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

interface RatioRow {
  scenario: ScenarioName;
  latencyMs: number;
  node: string;
  gatewayOverDirect: number;
  p50OverheadMs: number;
  /** The same on a single connection, where nothing queues. */
  p50OverheadUnloadedMs: number;
  gatewayOverMesh: number;
  /** CPU per operation of the gateway over the direct client's, and the mesh's over the gateway's. */
  cpuGatewayOverDirect: number;
  /** The same for yoga-floor (graphql-yoga alone), and the gateway's CPU over that floor. */
  cpuFloorOverDirect: number;
  cpuGatewayOverFloor: number;
  cpuMeshOverGateway: number;
  /** CPU per operation of the gateway with tracing on over the same gateway with it off. */
  cpuTracingOverOff: number;
}

function ratios(results: BenchResults): RatioRow[] {
  const rows: RatioRow[] = [];
  for (const node of runtimesOf(results)) {
    for (const latencyMs of results.settings.latenciesMs) {
      for (const scenario of Object.keys(scenarios) as ScenarioName[]) {
        const gateway = find(results, scenario, latencyMs, 'gateway', node);
        if (!gateway) continue;
        const direct = find(results, scenario, latencyMs, 'direct', node);
        const mesh = find(results, scenario, latencyMs, 'mesh', node);
        const tracing = find(results, scenario, latencyMs, 'gateway+tracing', node);
        const floor = find(results, scenario, latencyMs, 'yoga-floor', node);
        rows.push({
          scenario,
          latencyMs,
          node,
          gatewayOverDirect: direct ? gateway.median.requestsPerSecond / direct.median.requestsPerSecond : NaN,
          p50OverheadMs: direct ? gateway.median.latencyMs.p50 - direct.median.latencyMs.p50 : NaN,
          p50OverheadUnloadedMs: (gateway.unloaded?.latencyMs.p50 ?? NaN) - (direct?.unloaded?.latencyMs.p50 ?? NaN),
          gatewayOverMesh: mesh ? gateway.median.requestsPerSecond / mesh.median.requestsPerSecond : NaN,
          cpuGatewayOverDirect: pairedCpuRatio(gateway, direct),
          cpuFloorOverDirect: pairedCpuRatio(floor, direct),
          cpuGatewayOverFloor: pairedCpuRatio(gateway, floor),
          cpuMeshOverGateway: pairedCpuRatio(mesh, gateway),
          cpuTracingOverOff: pairedCpuRatio(tracing, gateway),
        });
      }
    }
  }
  return rows;
}

/** The project's performance targets, judged on this run's figures. */
export function evaluateTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  for (const [scenario, counts] of Object.entries(results.upstream) as [
    ScenarioName,
    BenchResults['upstream'][ScenarioName],
  ][]) {
    const gateway = counts?.gateway;
    const direct = counts?.direct;
    if (!gateway || !direct) continue;
    targets.push({
      target: 'upstream requests per operation',
      scenario,
      value: gateway.perOp,
      goal: `≤ ${direct.perOp} (direct)`,
      met: gateway.perOp <= direct.perOp,
    });
  }
  return [...targets, ...performanceGoals(results), ...cacheTargets(results)];
}

function resultRow(results: BenchResults, r: ScenarioResult): string[] {
  const exact = results.upstream[r.scenario]?.[r.contender]?.perOp;
  const failures = r.rounds.reduce((sum, round) => sum + round.failures, 0);
  return [
    r.scenario,
    r.contender,
    nodeOf(results, r),
    r.median.requestsPerSecond.toFixed(0),
    ms(r.median.latencyMs.p50),
    ms(r.median.latencyMs.p99),
    r.unloaded ? ms(r.unloaded.latencyMs.p50) : '–',
    exact === undefined ? '–' : String(Number(exact.toFixed(2))),
    r.median.upstreamPerOpUnderLoad.toFixed(2),
    cpu(r.median.cpuMsPerOp),
    cpu(r.median.emulatorCpuMsPerOp),
    mb(r.peakRssBytes),
    String(failures),
  ];
}

const RESULT_HEADER = [
  'scenario',
  'contender',
  'node',
  'req/s',
  'p50 ms',
  'p99 ms',
  'p50 ms, 1 connection',
  'upstream/op',
  'upstream/op under load',
  'CPU ms/op',
  'emulator CPU ms/op',
  'peak RSS',
  'failures',
];

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function targetRows(targets: Target[]): string[][] {
  return targets.map((t) => [
    t.target,
    t.scenario ?? '–',
    t.latencyMs === undefined ? 'any' : `${t.latencyMs} ms`,
    Number.isInteger(t.value) ? String(t.value) : t.value.toFixed(2),
    t.goal,
    t.met ? 'met' : '**missed**',
  ]);
}

const RATIO_HEADER = [
  'scenario',
  'emulator latency',
  'node',
  'gateway/direct req/s',
  'gateway p50 − direct p50 (ms)',
  'same, 1 connection (ms)',
  'gateway/mesh req/s',
  'CPU/op gateway/direct',
  'CPU/op yoga-floor/direct',
  'CPU/op gateway/yoga-floor',
  'CPU/op mesh/gateway',
  'CPU/op tracing on/off',
];

const ratioCells = (r: RatioRow) => [
  r.scenario,
  `${r.latencyMs} ms`,
  r.node,
  ratio(r.gatewayOverDirect),
  ms(r.p50OverheadMs),
  ms(r.p50OverheadUnloadedMs),
  ratio(r.gatewayOverMesh),
  ratio(r.cpuGatewayOverDirect),
  ratio(r.cpuFloorOverDirect),
  ratio(r.cpuGatewayOverFloor),
  ratio(r.cpuMeshOverGateway),
  ratio(r.cpuTracingOverOff),
];

const STARTUP_HEADER = [
  'what',
  'node',
  'launch to first answer, median',
  'launches (ms)',
  'CPU to first answer, median',
  'idle RSS',
  'processes',
];

function startupRows(results: BenchResults): string[][] {
  return (results.startup ?? []).map((s) => [
    s.subject === 'npm start' ? '`npm start` (demo mode)' : s.subject,
    s.node,
    `${s.medianMs.toFixed(0)} ms`,
    s.launchesMs.join(', '),
    s.cpuMs === undefined ? '—' : `${s.cpuMs.toFixed(0)} ms`,
    mb(s.idleRssBytes),
    String(s.processes),
  ]);
}

const asObjects = (header: string[], rows: string[][]) =>
  rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));

export function printSummary(results: BenchResults): void {
  for (const latencyMs of results.settings.latenciesMs) {
    const rows = results.results.filter((r) => r.latencyMs === latencyMs).map((r) => resultRow(results, r));
    if (rows.length === 0) continue;
    console.log(`\nemulator latency ${latencyMs} ms (median of ${results.settings.rounds} rounds)`);
    console.table(asObjects(RESULT_HEADER, rows));
  }
  const ratioRows = ratios(results);
  if (ratioRows.length) {
    console.log('\nratios');
    console.table(asObjects(RATIO_HEADER, ratioRows.map(ratioCells)));
  }
  if (results.startup?.length) {
    console.log('\nstart-up and idle memory');
    console.table(asObjects(STARTUP_HEADER, startupRows(results)));
  }
  if (results.tracingSink) console.log(`\nOTLP sink: ${describeSink(results)}`);
  if (results.targets.length) {
    console.log('\ntargets');
    for (const row of targetRows(results.targets)) console.log(`  ${row.join('  ')}`);
  }
  for (const skipped of results.skipped) {
    console.log(`skipped ${[skipped.contender, skipped.scenario].filter(Boolean).join(' ')}: ${skipped.reason}`);
  }
}

function describeSink(results: BenchResults): string {
  const sink = results.tracingSink!;
  return `${sink.spans} spans received from gateway+tracing in ${sink.requests} OTLP/HTTP exports (${mb(sink.bytes)})`;
}

/** One recorded run (a results file) and where it is. */
export interface RecordedRun {
  results: BenchResults;
  file: string;
}

/** The figures of one run: its settings, tables, ratios, targets, memory and start-up. */
function renderRun(run: RecordedRun, heading: string): string {
  const { results } = run;
  const { machine, settings } = results;
  const versionLines = Object.entries(results.versions).map(
    ([contender, packages]) =>
      `  - ${contender}: ${Object.entries(packages)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ')}`,
  );
  const sections: string[] = [];
  for (const latencyMs of settings.latenciesMs) {
    const rows = results.results.filter((r) => r.latencyMs === latencyMs).map((r) => resultRow(results, r));
    if (rows.length) sections.push(`### Emulator latency ${latencyMs} ms\n\n${table(RESULT_HEADER, rows)}`);
  }
  const memoryTable = table(
    [
      'contender',
      'in flight',
      'RSS idle',
      'RSS peak',
      'RSS per 1k in flight',
      'heap idle',
      'heap under load',
      'heap per 1k in flight',
      'heap after',
      'failures',
    ],
    results.memory.map((m) => [
      m.contender,
      `${m.inFlight} × ${m.scenario}`,
      mb(m.idle.rssBytes),
      mb(m.peakRssBytes),
      mb(m.rssGrowthPer1kBytes),
      mb(m.idle.heapUsedBytes),
      mb(m.heapUnderLoadBytes),
      mb(m.heapGrowthPer1kBytes),
      mb(m.after.heapUsedBytes),
      String(m.load.failures),
    ]),
  );
  const upstreamRows = (
    Object.entries(results.upstream) as [ScenarioName, BenchResults['upstream'][ScenarioName]][]
  ).flatMap(([scenario, counts]) =>
    Object.entries(counts ?? {}).map(([contender, count]) => [
      scenario,
      contender,
      String(count.perOp),
      Object.entries(count.byOperation)
        .map(([operation, n]) => `${operation} × ${n}`)
        .join(', '),
    ]),
  );
  const skipped = results.skipped.map((s) => `- ${[s.contender, s.scenario].filter(Boolean).join(' ')}: ${s.reason}`);
  const parts = [
    `## ${heading}`,
    [
      `- Date: ${results.startedAt}`,
      `- Command: \`${results.command}\`${results.note ? `\n- Note: ${results.note}` : ''}`,
      `- Results: \`${run.file}\``,
      `- Machine: ${machine.cores} cores (${machine.cpuModel}), ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, ${machine.platform}, kernel ${machine.kernel}; load average ${machine.loadAverageAtStart.toFixed(2)} at start`,
      `- Node: ${runtimesOf(results).join(' and ')} (harness: ${machine.node})`,
      `- Gateway started as: ${settings.gatewayEntry ?? '`node --import tsx src/server.ts` (before the harness measured the compiled entry)'}`,
      `- ${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ${settings.rounds} × ${settings.durationSeconds} s rounds (median reported)`,
      `- Versions:\n${versionLines.join('\n')}`,
    ].join('\n'),
    ...sections,
  ];
  const ratioRows = ratios(results);
  if (ratioRows.length) parts.push(`### Ratios (same run)\n\n${table(RATIO_HEADER, ratioRows.map(ratioCells))}`);
  if (results.tracingSink) parts.push(`Tracing: ${describeSink(results)}.`);
  if (results.targets.length) {
    parts.push(
      `### Targets\n\n${table(['target', 'scenario', 'emulator latency', 'value', 'goal', 'result'], targetRows(results.targets))}`,
    );
  }
  if (upstreamRows.length) {
    parts.push(
      `### Upstream requests per operation\n\n${table(['scenario', 'contender', 'per operation', 'by REST operation'], upstreamRows)}`,
    );
  }
  if (results.memory.length) parts.push(`### Memory under concurrency\n\n${memoryTable}`);
  if (results.startup?.length) {
    parts.push(
      `### Start-up and idle memory\n\nEach a fresh process, launch to the first S1 query answered with data, median of ${results.startup[0]!.launchesMs.length} launches, with the CPU time the process tree used until then (less sensitive to the machine's load than the wall-clock time); idle RSS of the whole process tree one second later.\n\n${table(STARTUP_HEADER, startupRows(results))}`,
    );
  }
  if (skipped.length) parts.push(`### Skipped\n\n${skipped.join('\n')}`);
  return parts.join('\n\n');
}

/**
 * docs/BENCHMARKS.md: the method, how to run it, the figures of the last full run and, when a
 * narrower run came after it, that run's figures as well.
 */
export function renderBenchmarksDoc(runs: { full?: RecordedRun; focused?: RecordedRun }): string {
  const settings = (runs.full ?? runs.focused)!.results.settings;
  const inFlight = (runs.full ?? runs.focused)!.results.memory[0]?.inFlight ?? 1000;
  const runSections = [
    ...(runs.full ? [renderRun(runs.full, 'Last full run')] : []),
    ...(runs.focused ? [renderRun(runs.focused, 'Latest focused run (after the last full run)')] : []),
  ];
  return `# Benchmarks

This file is written by \`npm run bench\` (bench/report.ts); edit the harness, not the figures.
Speed is measured here and nowhere else: the test suite makes no timing assertions.

## What is compared

Contenders serve the same data from the same local Stream emulator (demo data), in the same run:

- **direct**: bench/direct-server.ts, a hand-written HTTP server that makes the fewest REST calls
  for each scenario with undici and returns JSON; no GraphQL, no validation, no decoding. It forwards
  the caller's token upstream. It is the floor for any gateway. The harness transpiles it to JavaScript
  (node_modules/.cache/bench/direct-server.mjs) so that it runs on plain \`node\`, like the gateway.
- **yoga-floor**: bench/yoga-floor.ts, graphql-yoga with graphql-js over a schema of only the fields S1–S4 ask for,
  whose resolvers make direct's REST calls and return Stream's JSON unchanged (no validation, decoding, dataloaders,
  auth, limits or error mapping), with one pino access-log line per request. It answers the gateway's own documents
  in S1–S4. What it costs over direct is what graphql-yoga and graphql-js cost, the part of the gateway's CPU that
  keeping yoga leaves no way around; what the gateway costs over it is the gateway's own work.
- **gateway**: this project's production entry, \`node dist/server.js\` (the container's CMD), with
  \`NODE_ENV=production\`, the emulator's credentials, JSON logging on (\`LOG_LEVEL=info\`, one access-log line per
  request, stdout to a pipe the harness drains) and tracing off.
- **gateway+tracing**: the same, with \`OTEL_EXPORTER_OTLP_ENDPOINT\` pointing at bench/otlp-sink.mjs, a process the
  harness starts on loopback that answers 200 to every \`POST /v1/traces\` and counts the spans: the cost of tracing on.
- **gateway+cache**: the same gateway with \`RESPONSE_CACHE=on\` (in memory, the default 30 s TTL), in S5 only: every
  read after the first is answered from the cache, scoped to the server token, although each request carries its own token.
- **mesh**: GraphQL Mesh over Stream's OpenAPI description (Mesh Compose, \`@omnigraph/openapi\`), served by
  Hive Gateway. bench/mesh/mesh.config.ts exposes the POST reads as Query fields and adds a \`votes\` link
  from a poll to its votes with \`@resolveTo\`; each scenario uses the closest query its schema allows
  (bench/scenarios.ts). It forwards the caller's token, the api key and \`stream-auth-type\`.

| scenario | what |
| --- | --- |
${(Object.values(scenarios) as { name: string; title: string }[]).map((s) => `| ${s.name} | ${s.title} |`).join('\n')}

## Method

- Each server runs as its own Node process; the emulator too (\`node dist/emulator/main.js\`). The load generator is
  autocannon, in the harness process, with ${settings.connections} connections, pipelining 1, ${settings.warmupSeconds} s of warm-up per
  scenario and contender, then ${settings.rounds} rounds of ${settings.durationSeconds} s; rounds alternate between contenders and the median round
  (by req/s) is reported.
- Every request carries its own server token (a distinct \`jti\`), so nothing can be reused between requests.
- Latency percentiles come from every response time of the round (sub-millisecond; autocannon's own histogram rounds to 1 ms).
  Under many connections a saturated server queues requests, so its p50 is mostly queueing
  (≈ connections ÷ req/s); one more round per scenario and contender on a **single connection** gives the latency without
  queueing, and the p50-overhead target is judged on it.
- Before timing, one request per scenario and contender is checked: HTTP 200, no GraphQL error, and the same data
  (counts of options, votes, named voters...) from every contender; a gateway that wrote no access-log line for it
  is reported as a problem.
- **upstream/op** is exact: the emulator's request log over ${settings.probeRequests} sequential requests.
  **upstream/op under load** is the log of a whole round over the requests sent in it; a server that drops the work of a
  request cut off at the end of the round makes it slightly lower, so it is a cross-check, not the figure of record.
- **CPU ms/op** is the CPU time (user + system, from /proc/PID/stat) the contender's process used during the round over the
  requests it completed, and **emulator CPU ms/op** the same for the emulator. Unlike req/s, they barely depend on how busy
  the rest of the machine is, and they show when the emulator, not the contender, is what limits a scenario. For
  gateway+tracing it includes building and exporting the spans, not the sink's work. A CPU/op ratio is the median of
  the ratios of rounds run back to back (round i of each contender), which cancels most of a drift in the machine's
  load; on a busy machine CPU ms/op itself rises (shared caches, fewer requests to spread fixed work over), so compare
  ratios, not CPU ms/op across runs.
- **peak RSS** is the server process's high-water mark (VmHWM, reset through /proc/PID/clear_refs) over the scenario's warm-up and rounds.
- **Memory under concurrency**: a separate process of each contender, started with \`node --expose-gc\` and the bench-only
  preload bench/heap-probe.mjs (answers heap figures after a full GC over an IPC channel); the emulator is slowed to
  50 ms and ${inFlight} connections each keep one request in flight. The gateway's admission cap (\`MAX_IN_FLIGHT\`),
  its bound on Stream calls waiting for a socket (\`STREAM_MAX_QUEUE\`) and its timeouts (\`STREAM_TIMEOUT_MS\`,
  \`REQUEST_TIMEOUT_MS\`) are lifted for it, so that it holds the same requests as the others rather than refusing them
  with OVERLOADED or cutting the calls the loaded emulator is slow to answer.
- **Start-up and idle memory**: each contender, and \`npm start\` (demo mode: the gateway over its embedded emulator,
  whose printed server token the harness reads), is launched afresh several times, one after the other; the time is
  from spawn to the first S1 query answered with data, polled every 10 ms, and the idle RSS is that of the whole process
  tree (for \`npm start\`, npm included) one second after that answer.
- **Node versions**: the contenders run on the harness's Node; with \`--node24\` every contender is timed again on
  Node 24 (the production image's runtime), against the same emulator, and both are reported. The in-flight memory
  figure is taken on the harness's Node only.
- Run the full benchmark on a quiet machine: the load generator, the server under test and the emulator share its cores.
  Ratios are computed within one run, which makes them more trustworthy than the absolute figures.
- With a fixed number of connections, emulator latency bounds throughput at about connections / (round trips × latency) for any
  contender that has CPU to spare, so at 20 ms the ratios move towards 1 unless a contender runs out of CPU.

## Fairness notes

- Every contender runs with \`NODE_ENV=production\`, one process each (Hive Gateway with \`--fork 1\`), as compiled
  JavaScript: no tsx loader in the gateway or the direct server. Runs recorded before the harness measured the compiled
  entry say so under "Gateway started as"; tsx's loader cost them start-up time and about 25 MB of RSS, not time per request.
- The gateway writes one JSON access-log line per request; the direct server and the mesh log nothing per request.
- The direct server forwards the caller's token and lets Stream check it; the gateway verifies it itself (it calls Stream
  with its own server credentials), which is work the direct server does not do. The mesh forwards the token as well.
- Stream answers polls with their latest votes and voters embedded (about 18 KB per poll in the demo data), so S3's
  queryPolls answer is about 0.5 MB: parsing it is a large, equal share of every contender's work, and the emulator's
  share of the machine limits S3 for all of them (see emulator CPU ms/op).
- The gateway and the direct server keep at most 64 connections to Stream (the gateway's default pool); Hive Gateway's
  fetch opens as many as it needs. The direct server's pool queues calls without bound; the gateway's bound on calls
  waiting for a socket is raised from 256 to ${BENCH_STREAM_MAX_QUEUE} (\`STREAM_MAX_QUEUE\`), or S3's fan-out would be refused
  with OVERLOADED. With 32 clients each fanning out to 25 calls (S3) at 20 ms, that cap is what queues.
- Mesh's schema is used as generated except for the two additions in bench/mesh/mesh.config.ts; its queries select the
  same fields (bench/scenarios.ts). S2 asks GetPoll and QueryPollVotes as two root fields of one query, so they run in
  parallel, as the direct and the gateway requests do.

## How to run

\`\`\`sh
npm run bench                       # everything; the mesh contender installs bench/'s own dependencies on first use
npm run bench -- --node24           # the same, and every contender again on Node 24 (installs npm's node@24 once)
npm run bench -- --smoke            # short: direct, gateway, gateway+tracing on S1 and S2, one start-up of gateway and npm start (CI runs this)
npm run bench -- --contenders direct,gateway,gateway+tracing --scenarios S1 --latencies 0 --no-memory   # tracing's cost
npm run bench -- --contenders gateway --scenarios S1 --latencies 0 --profile --startup 0   # where the gateway's time goes
npm run bench -- --contenders gateway --scenarios S2 --latencies 0 --alloc-profile --startup 0   # what the gateway allocates, freed objects included
npm run bench -- --contenders direct,gateway+cache --scenarios S5 --no-memory --startup 0   # the response cache (S5)
npm run bench -- --help
\`\`\`

The mesh contender reads Stream's OpenAPI description from \`../shared/stream-api/common-openapi.json\` (relative to the
project root) or \`--openapi PATH\`; the project keeps no copy. Without it, the mesh contender is skipped with a message.
Results are written to bench/results/*.json; logs of each process go to bench/results/raw/ (not committed). A run of
every scenario with direct, gateway and mesh is a full run; a narrower one is shown after the last full run.

Why the missed targets are missed, what the profiles showed and what was changed: docs/PERFORMANCE.md.

${runSections.join('\n\n')}
`;
}
