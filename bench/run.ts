/**
 * The benchmark harness: the gateway side by side with a hand-written direct client and with
 * GraphQL Mesh, against the same emulator and data. `npm run bench -- --help` lists the options;
 * docs/BENCHMARKS.md holds the method and the last full run.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { request } from 'undici';
import { ensureBuild } from './build.js';
import { discoverBenchData, type BenchData } from './benchData.js';
import { checkAnswer, countUpstream, failedFor } from './checks.js';
import {
  ALLOC_SAMPLER,
  GATEWAY_ENTRY,
  GATEWAY_NODE_FLAGS,
  launch,
  type LaunchContext,
  type Runtime,
  type Upstream,
} from './contenders.js';
import { buildBenchServer } from './directBuild.js';
import { printAllocationSummary, printProfileSummary, summarizeAllocations, summarizeProfile } from './profiles.js';
import { EmulatorControl } from './emulatorControl.js';
import { measureInFlightMemory, type InFlightMemory } from './inFlightMemory.js';
import { renderLiveSection } from './liveReport.js';
import { machineInfo, projectVersions } from './machine.js';
import { measureScenario } from './measure.js';
import { composeSupergraph, meshVersions, prepareMesh } from './mesh.js';
import { parseOptions, type BenchOptions } from './options.js';
import { evaluateTargets, printSummary, renderBenchmarksDoc, type RecordedRun } from './report.js';
import type { BenchResults, TracingSinkStats, Verification } from './results.js';
import { currentRuntime, node24 } from './runtimes.js';
import { SCENARIO_NAMES, scenarios, takesPart, type ContenderName, type ScenarioName } from './scenarios.js';
import { askService, freePort, startService, type Service } from './services.js';
import { measureStartup, type StartupSubject } from './startup.js';
import { TokenSource } from './tokens.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const rawDir = join(root, 'bench/results/raw');
const logDir = join(rawDir, 'logs');

function commandLine(argv: string[]): string {
  const args = argv.map((arg) => (/[\s"'$`]/.test(arg) ? `'${arg.replace(/'/g, `'\\''`)}'` : arg)).join(' ');
  return process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${args ? ` -- ${args}` : ''}`
    : `tsx bench/run.ts ${args}`;
}

/** A full run: every scenario, with the direct client, the gateway and the mesh. */
function isFull(options: BenchOptions): boolean {
  return (
    options.load &&
    options.scenarios.length === SCENARIO_NAMES.length &&
    (['direct', 'gateway', 'mesh'] as const).every((name) => options.contenders.includes(name))
  );
}

function modeOf(options: BenchOptions): BenchResults['mode'] {
  if (options.smoke) return 'smoke';
  if (options.profile || options.allocProfile) return 'profile';
  return isFull(options) ? 'full' : 'partial';
}

function newResults(options: BenchOptions, argv: string[]): BenchResults {
  return {
    mode: modeOf(options),
    startedAt: new Date().toISOString(),
    command: commandLine(argv),
    ...(options.note ? { note: options.note } : {}),
    machine: machineInfo(),
    versions: projectVersions(root),
    settings: {
      connections: options.connections,
      pipelining: 1,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      rounds: options.rounds,
      latenciesMs: options.latencies,
      probeRequests: options.probeRequests,
      gatewayEntry: `node ${[...GATEWAY_NODE_FLAGS, GATEWAY_ENTRY].join(' ')} (NODE_ENV=production, LOG_LEVEL=info, stdout to a drained pipe)`,
    },
    skipped: [],
    verification: {},
    upstream: {},
    results: [],
    targets: [],
    memory: [],
  };
}

async function startEmulator(): Promise<{ service: Service; upstream: Upstream }> {
  const upstream = { origin: '', apiKey: 'bench-key', apiSecret: randomBytes(24).toString('hex') };
  const port = await freePort();
  const service = await startService({
    name: 'emulator',
    nodeArgs: ['dist/emulator/main.js'],
    env: { STREAM_EMULATOR_PORT: String(port), STREAM_API_KEY: upstream.apiKey, STREAM_API_SECRET: upstream.apiSecret },
    cwd: root,
    port,
    logDir,
  });
  upstream.origin = service.origin;
  return { service, upstream };
}

/** The contenders that can take part; the mesh one needs the OpenAPI file and bench/'s install. */
function readyContenders(options: BenchOptions, context: LaunchContext, results: BenchResults): ContenderName[] {
  const contenders = [...options.contenders];
  if (!contenders.includes('mesh')) return contenders;
  const skip = (reason: string) => {
    console.log(`mesh contender skipped: ${reason}`);
    results.skipped.push({ contender: 'mesh', reason });
    return contenders.filter((name) => name !== 'mesh');
  };
  const readiness = prepareMesh(root, options.openapiPath, options.install);
  if (!readiness.ready) return skip(readiness.reason);
  const supergraphPath = join(rawDir, 'supergraph.graphql');
  try {
    composeSupergraph(root, options.openapiPath, context.upstream, supergraphPath);
  } catch (error) {
    return skip(
      `composition failed: ${((error as { stderr?: Buffer }).stderr?.toString() ?? String(error)).slice(-800)}`,
    );
  }
  context.supergraphPath = supergraphPath;
  results.versions.mesh = meshVersions(root);
  return contenders;
}

/** Asks the gateway's allocation sampler (bench/alloc-sampler.mjs) to stop and write its profile; its path. */
async function writeAllocationProfile(service: Service, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `gateway-${service.child.pid}.heapprofile`);
  const answer = await askService<{ path?: string; error?: string }>(service, { type: 'alloc-profile', path }, 60_000);
  if (!answer.path) throw new Error(`the allocation sampler failed: ${answer.error}`);
  return answer.path;
}

/** The main thread's profile: worker threads, if any, write their own. */
function mainThreadProfile(dir: string): string | undefined {
  return readdirSync(dir)
    .filter((file) => /\.\d+\.0\.\d+\.cpuprofile$/.test(file))
    .map((file) => join(dir, file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

function describeMemory(memory: InFlightMemory): string {
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
  return (
    `  RSS ${mb(memory.idle.rssBytes)} idle, ${mb(memory.peakRssBytes)} peak (+${mb(memory.rssGrowthPer1kBytes)} per 1k in flight); ` +
    `heap after GC ${mb(memory.idle.heapUsedBytes)} idle, ${mb(memory.heapUnderLoadBytes)} under load, ` +
    `${mb(memory.after.heapUsedBytes)} after${memory.load.failures ? `  FAILURES ${memory.load.failures}` : ''}`
  );
}

/** What makes a smoke run fail: a scenario or contender that could not run, or failed requests. */
function countProblems(results: BenchResults): number {
  const skipped = results.skipped.filter((entry) => entry.contender !== 'mesh');
  const badRounds = results.results
    .flatMap((r) => r.rounds)
    .filter((round) => round.failures > 0 || round.completed === 0);
  return skipped.length + badRounds.length;
}

/**
 * The runs docs/BENCHMARKS.md shows: this one if it is full; otherwise the latest full run in
 * bench/results/ and this one after it.
 */
function latestRuns(results: BenchResults, file: string): { full?: RecordedRun; focused?: RecordedRun } {
  if (results.mode === 'full') return { full: { results, file } };
  const dir = join(root, 'bench/results');
  const latestFull = readdirSync(dir)
    .filter((name) => name.endsWith('-full.json'))
    .sort()
    .at(-1);
  const full = latestFull
    ? {
        results: JSON.parse(readFileSync(join(dir, latestFull), 'utf8')) as BenchResults,
        file: `bench/results/${latestFull}`,
      }
    : undefined;
  return { full, focused: { results, file } };
}

/** Written as `npm run format` would leave it, so formatting the project does not touch the figures. */
async function writeBenchmarksDoc(markdown: string): Promise<void> {
  const path = join(root, 'docs/BENCHMARKS.md');
  const config = (await resolveConfig(path)) ?? {};
  mkdirSync(dirname(path), { recursive: true });
  const withLive = `${markdown.trimEnd()}\n\n${renderLiveSection(root)}\n`;
  writeFileSync(path, await format(withLive, { ...config, parser: 'markdown' }));
}

async function startOtlpSink(): Promise<Service> {
  const port = await freePort();
  return startService({
    name: 'otlp-sink',
    nodeArgs: ['bench/otlp-sink.mjs'],
    env: { OTLP_SINK_PORT: String(port) },
    cwd: root,
    port,
    logDir,
  });
}

async function sinkStats(sink: Service): Promise<TracingSinkStats> {
  const response = await request(`${sink.origin}/stats`);
  return (await response.body.json()) as TracingSinkStats;
}

/** The harness's Node, then Node 24 when asked for and found. */
function runtimesFor(options: BenchOptions, results: BenchResults): Runtime[] {
  const runtimes = [currentRuntime()];
  if (options.node24 === undefined) return runtimes;
  const found = node24(root, options.node24 || undefined, true);
  if ('runtime' in found) {
    if (found.runtime.version !== runtimes[0]!.version) runtimes.push(found.runtime);
  } else {
    console.log(`Node 24 skipped: ${found.reason}`);
    results.skipped.push({ reason: `Node 24: ${found.reason}` });
  }
  return runtimes;
}

interface RuntimeRun {
  runtime: Runtime;
  primary: boolean;
  contenders: ContenderName[];
  scenarioNames: ScenarioName[];
}

interface Shared {
  options: BenchOptions;
  results: BenchResults;
  context: LaunchContext;
  data: BenchData;
  control: EmulatorControl;
  emulator: Service;
  tokens: TokenSource;
  services: Service[];
}

/**
 * Starts the contenders on one Node binary, checks their answers, times the scenarios, and stops
 * them. Upstream counts and the profile are taken on the harness's own Node only.
 */
async function runOn(run: RuntimeRun, shared: Shared): Promise<Map<ScenarioName, Map<ContenderName, Service>>> {
  const { options, results, context, data, control, tokens } = shared;
  const { runtime, primary } = run;
  const tag = primary ? '' : ` on Node ${runtime.version}`;
  const running = new Map<ContenderName, Service>();
  const profileDir = join(rawDir, 'profiles', results.startedAt.replace(/[:.]/g, '-'));
  for (const name of run.contenders.filter((name) => run.scenarioNames.some((s) => takesPart(s, name)))) {
    const profiled = name === 'gateway' && primary;
    const nodeFlags = [
      ...(profiled && options.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
      ...(profiled && options.allocProfile ? ['--import', `./${ALLOC_SAMPLER}`] : []),
    ];
    const service = await launch(name, context, {
      nodeFlags,
      ipc: profiled && options.allocProfile,
      runtime: primary ? undefined : runtime,
    });
    shared.services.push(service);
    running.set(name, service);
  }

  // Every contender must return the same data before any of them is timed.
  const usable = new Map<ScenarioName, Map<ContenderName, Service>>();
  const logLinesBefore = new Map([...running].map(([name, service]) => [name, service.stdoutLines()]));
  for (const scenario of run.scenarioNames) {
    const checks: Partial<Record<ContenderName, Verification>> = {};
    const passed = new Map<ContenderName, Service>();
    for (const [name, service] of running) {
      if (!takesPart(scenario, name)) continue;
      const check = await checkAnswer(service.origin, name, scenario, data, tokens);
      checks[name] = check;
      if (check.ok) passed.set(name, service);
      else results.skipped.push({ contender: name, scenario, reason: `answer check failed${tag}: ${check.error}` });
    }
    const summaries = [...passed.keys()].map((name) => JSON.stringify(checks[name]!.summary));
    const agree = summaries.every((summary) => summary === summaries[0]);
    if (primary) results.verification[scenario] = { ...checks, agree };
    usable.set(scenario, passed);
    console.log(
      `${scenario} (${scenarios[scenario].title})${tag}: ${[...passed.keys()].join(', ') || 'no contender'} answered` +
        (agree ? ' the same data' : ` DIFFERENT data: ${JSON.stringify(checks)}`),
    );
    if (!primary) continue;
    results.upstream[scenario] = {};
    for (const [name, service] of passed) {
      results.upstream[scenario]![name] = await countUpstream(
        service.origin,
        name,
        scenario,
        data,
        tokens,
        control,
        options.probeRequests,
      );
    }
  }
  // The access log must be on, or the gateway would be timed without the work production does.
  // A line written for the last check may still be in the pipe (a contender of one scenario on
  // the second Node was reported as writing none): it is waited for, up to five seconds.
  for (const [name, service] of running) {
    const wrote = () => service.stdoutLines() > logLinesBefore.get(name)!;
    if (name.startsWith('gateway') && !(await eventually(wrote, 5000))) {
      results.skipped.push({ contender: name, reason: `wrote no access-log line to stdout${tag}` });
    }
  }

  for (const latencyMs of options.load ? options.latencies : []) {
    await control.setLatency(latencyMs);
    for (const [scenario, contenders] of usable) {
      if (contenders.size === 0) continue;
      console.log(`\n${scenario} at ${latencyMs} ms emulator latency${tag}: ${[...contenders.keys()].join(', ')}`);
      const measured = await measureScenario({
        scenario,
        latencyMs,
        contenders,
        data,
        tokens,
        control,
        emulatorPid: shared.emulator.pid,
        settings: options,
      });
      results.results.push(...measured.map((result) => ({ ...result, node: runtime.version })));
    }
  }
  await control.setLatency(0);

  if (primary && options.allocProfile && running.has('gateway')) {
    const path = await writeAllocationProfile(running.get('gateway')!, profileDir);
    results.allocationProfile = summarizeAllocations(path);
    printAllocationSummary(results.allocationProfile);
    console.log(`allocation profile: ${path}`);
  }
  if (primary && options.profile && running.has('gateway')) {
    await running.get('gateway')!.stop();
    const profile = mainThreadProfile(profileDir);
    if (profile) {
      results.profile = summarizeProfile(profile);
      printProfileSummary(results.profile);
      console.log(`profile: ${profile}`);
    }
  }
  for (const service of running.values()) await service.stop();
  return usable;
}

async function measureMemory(shared: Shared, usable: Map<ScenarioName, Map<ContenderName, Service>>): Promise<void> {
  const { options, results, context, data, control, tokens } = shared;
  const scenario = (['S2', ...usable.keys()] as ScenarioName[]).find((name) => usable.get(name)?.size);
  if (!scenario) return;
  for (const name of usable.get(scenario)!.keys()) {
    console.log(
      `\nmemory: ${options.inFlight} ${scenario} requests in flight against ${name}, emulator latency ${options.memoryLatencyMs} ms`,
    );
    const memory = await measureInFlightMemory({
      contender: name,
      scenario,
      request: scenarios[scenario].request(name, data),
      context,
      emulator: control,
      tokens,
      inFlight: options.inFlight,
      latencyMs: options.memoryLatencyMs,
      seconds: options.memorySeconds,
      failed: failedFor(name),
    });
    results.memory.push(memory);
    console.log(describeMemory(memory));
  }
}

/** Start-up time and idle RSS of each contender, and of `npm start` in demo mode, on each runtime. */
async function measureStartups(shared: Shared, contenders: ContenderName[], runtimes: Runtime[]): Promise<void> {
  const { options, results, context, tokens } = shared;
  // The smoke run only checks that the production entry and npm start come up and answer.
  const subjects: StartupSubject[] = options.smoke
    ? (['gateway', 'npm start'] as const).filter((subject) => subject !== 'gateway' || contenders.includes(subject))
    : [...contenders, 'npm start'];
  results.startup = [];
  for (const runtime of runtimes) {
    for (const subject of subjects) {
      try {
        const figure = await measureStartup({ subject, context, runtime, tokens, launches: options.startupLaunches });
        results.startup.push(figure);
        console.log(
          `start-up ${subject} on Node ${runtime.version}: median ${figure.medianMs.toFixed(0)} ms ` +
            `(${figure.launchesMs.join(', ')}), CPU ${figure.cpuMs?.toFixed(0) ?? '?'} ms, idle RSS ${(figure.idleRssBytes / 1048576).toFixed(1)} MB in ${figure.processes} process(es)`,
        );
      } catch (error) {
        const reason = `start-up of ${subject} on Node ${runtime.version}: ${error instanceof Error ? error.message : error}`;
        console.log(reason);
        results.skipped.push({ reason });
      }
    }
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv, root);
  if (options.reportFrom) {
    const saved = JSON.parse(readFileSync(options.reportFrom, 'utf8')) as BenchResults;
    if (options.note) saved.note = options.note;
    // The goals are judged again from the saved figures, as the harness judges them now.
    saved.targets = evaluateTargets(saved);
    await writeBenchmarksDoc(renderBenchmarksDoc(latestRuns(saved, relative(root, options.reportFrom))));
    console.log('docs/BENCHMARKS.md written');
    return 0;
  }
  mkdirSync(logDir, { recursive: true });
  ensureBuild(root);
  const results = newResults(options, argv);
  const services: Service[] = [];
  try {
    const emulator = await startEmulator();
    services.push(emulator.service);
    const { upstream } = emulator;
    const control = new EmulatorControl(upstream.origin);
    const data = await discoverBenchData({
      baseUrl: upstream.origin,
      apiKey: upstream.apiKey,
      apiSecret: upstream.apiSecret,
    });
    results.data = data;
    const scenarioNames = options.scenarios.filter((name) => {
      if (data.missing[name]) results.skipped.push({ scenario: name, reason: data.missing[name]! });
      return !data.missing[name];
    });

    const context: LaunchContext = {
      root,
      logDir,
      upstream,
      directEntry: buildBenchServer(root, 'direct-server'),
      floorEntry: buildBenchServer(root, 'yoga-floor'),
    };
    if (options.contenders.includes('gateway+tracing')) {
      const sink = await startOtlpSink();
      services.push(sink);
      context.otlpEndpoint = sink.origin;
    }
    const contenders = readyContenders(options, context, results);
    const runtimes = runtimesFor(options, results);
    results.runtimes = runtimes.map((runtime) => runtime.version);

    // Enough pre-minted tokens for most runs; past them, tokens are minted per request (~3 µs each).
    const loadSeconds =
      runtimes.length *
      options.latencies.length *
      scenarioNames.length *
      contenders.length *
      (options.warmupSeconds + options.rounds * options.durationSeconds);
    const tokens = new TokenSource(upstream.apiSecret, Math.min(400_000, Math.ceil(loadSeconds * 400) + 1000));
    const shared: Shared = { options, results, context, data, control, emulator: emulator.service, tokens, services };

    let primaryUsable = new Map<ScenarioName, Map<ContenderName, Service>>();
    for (const [index, runtime] of runtimes.entries()) {
      const usable = await runOn({ runtime, primary: index === 0, contenders, scenarioNames }, shared);
      if (index === 0) primaryUsable = usable;
    }
    results.settings.tokensMintedOnDemand = tokens.minted;

    if (options.memory) await measureMemory(shared, primaryUsable);
    if (options.startupLaunches > 0) await measureStartups(shared, contenders, runtimes);
    // Judged last: the memory and start-up goals read the figures measured just above.
    results.targets = evaluateTargets(results);
    const sink = services.find((service) => service.name === 'otlp-sink');
    if (sink) results.tracingSink = await sinkStats(sink);
  } finally {
    for (const service of services.reverse()) await service.stop();
  }

  results.finishedAt = new Date().toISOString();
  printSummary(results);
  const file = options.smoke
    ? join(rawDir, 'smoke.json')
    : join(root, 'bench/results', `${results.startedAt.replace(/[:.]/g, '-')}-${results.mode}.json`);
  writeFileSync(file, await format(JSON.stringify(results), { ...(await resolveConfig(file)), parser: 'json' }));
  console.log(`\nresults: ${file}`);
  if (options.docs && (results.mode === 'full' || results.mode === 'partial')) {
    await writeBenchmarksDoc(renderBenchmarksDoc(latestRuns(results, relative(root, file))));
    console.log('docs/BENCHMARKS.md written');
  }
  const problems = countProblems(results);
  if (options.smoke && problems > 0) {
    console.error(`bench smoke: ${problems} problem(s), see above`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/** Whether `condition` holds within `withinMs`, looked at every 50 ms. */
async function eventually(condition: () => boolean, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
