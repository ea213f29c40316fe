/**
 * The benchmark harness: the gateway side by side with a hand-written direct client and with
 * GraphQL Mesh, against the same emulator and data. `npm run bench -- --help` lists the options;
 * docs/BENCHMARKS.md holds the method and the last full run.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { discoverBenchData } from './benchData.js';
import { checkAnswer, countUpstream, failedFor } from './checks.js';
import { launch, type LaunchContext, type Upstream } from './contenders.js';
import { printProfileSummary, summarizeProfile } from './cpuProfile.js';
import { EmulatorControl } from './emulatorControl.js';
import { measureInFlightMemory, type InFlightMemory } from './inFlightMemory.js';
import { machineInfo, projectVersions } from './machine.js';
import { measureScenario } from './measure.js';
import { composeSupergraph, meshVersions, prepareMesh } from './mesh.js';
import { parseOptions, type BenchOptions } from './options.js';
import { evaluateTargets, printSummary, renderBenchmarksDoc } from './report.js';
import type { BenchResults, Verification } from './results.js';
import { scenarios, type ContenderName, type ScenarioName } from './scenarios.js';
import { freePort, startService, type Service } from './services.js';
import { TokenSource } from './tokens.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const rawDir = join(root, 'bench/results/raw');
const logDir = join(rawDir, 'logs');

function commandLine(argv: string[]): string {
  const args = argv.join(' ');
  return process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${args ? ` -- ${args}` : ''}`
    : `tsx bench/run.ts ${args}`;
}

function newResults(options: BenchOptions, argv: string[]): BenchResults {
  return {
    mode: options.smoke ? 'smoke' : options.profile ? 'profile' : 'full',
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
    nodeArgs: ['--import', 'tsx', 'src/emulator/main.ts'],
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

/** The main thread's profile: tsx's module loader runs on a worker thread, which writes its own. */
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

/** Written as `npm run format` would leave it, so formatting the project does not touch the figures. */
async function writeBenchmarksDoc(markdown: string): Promise<void> {
  const path = join(root, 'docs/BENCHMARKS.md');
  const config = (await resolveConfig(path)) ?? {};
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await format(markdown, { ...config, parser: 'markdown' }));
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv, root);
  if (options.reportFrom) {
    const saved = JSON.parse(readFileSync(options.reportFrom, 'utf8')) as BenchResults;
    if (options.note) saved.note = options.note;
    await writeBenchmarksDoc(renderBenchmarksDoc(saved, options.reportFrom));
    console.log('docs/BENCHMARKS.md written');
    return 0;
  }
  mkdirSync(logDir, { recursive: true });
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

    const context: LaunchContext = { root, logDir, upstream };
    const running = new Map<ContenderName, Service>();
    const profileDir = join(rawDir, 'profiles', results.startedAt.replace(/[:.]/g, '-'));
    for (const name of readyContenders(options, context, results)) {
      const nodeFlags = name === 'gateway' && options.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
      const service = await launch(name, context, { nodeFlags });
      services.push(service);
      running.set(name, service);
    }

    // Enough pre-minted tokens for most runs; past them, tokens are minted per request (~3 µs each).
    const loadSeconds =
      options.latencies.length *
      scenarioNames.length *
      running.size *
      (options.warmupSeconds + options.rounds * options.durationSeconds);
    const tokens = new TokenSource(upstream.apiSecret, Math.min(400_000, Math.ceil(loadSeconds * 400) + 1000));

    // Every contender must return the same data before any of them is timed.
    const usable = new Map<ScenarioName, Map<ContenderName, Service>>();
    for (const scenario of scenarioNames) {
      const checks: Partial<Record<ContenderName, Verification>> = {};
      const passed = new Map<ContenderName, Service>();
      for (const [name, service] of running) {
        const check = await checkAnswer(service.origin, name, scenario, data, tokens);
        checks[name] = check;
        if (check.ok) passed.set(name, service);
        else results.skipped.push({ contender: name, scenario, reason: `answer check failed: ${check.error}` });
      }
      const summaries = [...passed.keys()].map((name) => JSON.stringify(checks[name]!.summary));
      const agree = summaries.every((summary) => summary === summaries[0]);
      results.verification[scenario] = { ...checks, agree };
      usable.set(scenario, passed);
      console.log(
        `${scenario} (${scenarios[scenario].title}): ${[...passed.keys()].join(', ') || 'no contender'} answered` +
          (agree ? ' the same data' : ` DIFFERENT data: ${JSON.stringify(checks)}`),
      );
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

    for (const latencyMs of options.load ? options.latencies : []) {
      await control.setLatency(latencyMs);
      for (const [scenario, contenders] of usable) {
        if (contenders.size === 0) continue;
        console.log(`\n${scenario} at ${latencyMs} ms emulator latency: ${[...contenders.keys()].join(', ')}`);
        results.results.push(
          ...(await measureScenario({
            scenario,
            latencyMs,
            contenders,
            data,
            tokens,
            control,
            emulatorPid: emulator.service.pid,
            settings: options,
          })),
        );
      }
    }
    await control.setLatency(0);
    results.settings.tokensMintedOnDemand = tokens.minted;
    results.targets = evaluateTargets(results);

    if (options.profile && running.has('gateway')) {
      await running.get('gateway')!.stop();
      const profile = mainThreadProfile(profileDir);
      if (profile) {
        results.profile = summarizeProfile(profile);
        printProfileSummary(results.profile);
        console.log(`profile: ${profile}`);
      }
    }

    const memoryScenario = (['S2', ...usable.keys()] as ScenarioName[]).find((name) => usable.get(name)?.size);
    if (options.memory && memoryScenario) {
      for (const service of running.values()) await service.stop();
      const scenario = memoryScenario;
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
  if (options.docs && results.mode === 'full') {
    await writeBenchmarksDoc(renderBenchmarksDoc(results, file.slice(root.length)));
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
