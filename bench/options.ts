import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENDERS, SCENARIO_NAMES, type ContenderName, type ScenarioName } from './scenarios.js';

export interface BenchOptions {
  smoke: boolean;
  openapiPath: string;
  contenders: ContenderName[];
  scenarios: ScenarioName[];
  latencies: number[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  /** Seconds of one extra round on a single connection, for latency without queueing (0 skips it). */
  unloadedSeconds: number;
  /** Sequential requests per scenario and contender whose upstream calls are counted exactly. */
  probeRequests: number;
  /** Time the scenarios (false with --memory-only). */
  load: boolean;
  memory: boolean;
  inFlight: number;
  memoryLatencyMs: number;
  memorySeconds: number;
  /** Fresh launches per contender (and `npm start`) timed to the first answer; 0 skips the start-up figures. */
  startupLaunches: number;
  /** Run every contender on Node 24 as well; a binary path, or '' for npm's node@24 package. */
  node24?: string;
  /** Run the gateway under `node --cpu-prof` and summarize the profile. */
  profile: boolean;
  /** Sample the gateway's allocations (bench/alloc-sampler.mjs) and summarize them. */
  allocProfile: boolean;
  /** Install bench/'s own dependencies (the mesh contender) when missing. */
  install: boolean;
  /** Write docs/BENCHMARKS.md from this run. */
  docs: boolean;
  /** Only render docs/BENCHMARKS.md from a results file written before. */
  reportFrom?: string;
  /** Said about the run in the results and docs/BENCHMARKS.md (how quiet the machine was...). */
  note?: string;
}

export const USAGE = `npm run bench -- [options]

  --smoke                 one short round of direct, gateway and gateway+tracing on S1 and S2, one start-up
                          of the gateway and of npm start (no network, no bench/ install)
  --openapi PATH          Stream's OpenAPI description for the mesh contender
                          (default ../shared/stream-api/common-openapi.json from the project root)
  --contenders LIST       direct,yoga-floor,gateway,gateway+tracing,gateway+cache,mesh (yoga-floor: graphql-yoga
                          with only the fields S1–S4 ask, resolvers making direct's calls, in S1–S4;
                          gateway+tracing: the same gateway exporting spans over OTLP/HTTP to a local sink;
                          gateway+cache: with RESPONSE_CACHE=on, in S5 only)
  --scenarios LIST        S1,S2,S3,S4,S5 (S5: direct against gateway+cache)
  --latencies LIST        emulator latencies in ms (default 0,20)
  --connections N         concurrent connections, pipelining 1 (default 32)
  --duration S            seconds per measured round (default 10)
  --warmup S              seconds of warm-up per scenario and contender (default 3)
  --rounds N              measured rounds; the median one is reported (default 3)
  --unloaded S            seconds of one more round on a single connection, for latency without queueing
                          (default 5; 0 skips it)
  --no-memory             skip the memory-under-concurrency measurement
  --memory-only           only the memory-under-concurrency measurement (on S2, or the first of --scenarios)
  --in-flight N           requests in flight for it (default 1000)
  --startup N             launches per contender and of npm start, timed to the first answered query
                          (default 10; 0 skips)
  --node24                run every contender on Node 24 as well (npm's node@24, installed under
                          node_modules/.cache on first use)
  --node24-bin PATH       the same with this Node 24 binary
  --profile               run the gateway under node --cpu-prof and print where its time goes
  --alloc-profile         sample what the gateway allocates, freed objects included, and print who allocates
  --no-install            never run npm ci --prefix bench
  --no-docs               do not rewrite docs/BENCHMARKS.md
  --report FILE           only render docs/BENCHMARKS.md from a results JSON
  --note TEXT             a remark on the run, kept in the results and shown in docs/BENCHMARKS.md
`;

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function positive(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`--${name} must be a non-negative number, got ${value}`);
  return number;
}

export function parseOptions(argv: string[], projectRoot: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      smoke: { type: 'boolean', default: false },
      openapi: { type: 'string' },
      contenders: { type: 'string' },
      scenarios: { type: 'string' },
      latencies: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      unloaded: { type: 'string' },
      'no-memory': { type: 'boolean', default: false },
      'memory-only': { type: 'boolean', default: false },
      'in-flight': { type: 'string' },
      startup: { type: 'string' },
      node24: { type: 'boolean', default: false },
      'node24-bin': { type: 'string' },
      profile: { type: 'boolean', default: false },
      'alloc-profile': { type: 'boolean', default: false },
      'no-install': { type: 'boolean', default: false },
      'no-docs': { type: 'boolean', default: false },
      report: { type: 'string' },
      note: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const smoke = values.smoke;
  const contenders = list(
    values.contenders ??
      (smoke ? 'direct,gateway,gateway+tracing' : 'direct,yoga-floor,gateway,gateway+tracing,gateway+cache,mesh'),
  );
  for (const name of contenders) {
    if (!(CONTENDERS as readonly string[]).includes(name)) throw new Error(`unknown contender ${name}`);
  }
  const memoryOnly = values['memory-only'];
  const defaultScenarios = smoke ? 'S1,S2' : memoryOnly ? 'S2' : SCENARIO_NAMES.join(',');
  const scenarios = list(values.scenarios ?? defaultScenarios).map((name) => name.toUpperCase());
  for (const name of scenarios) {
    if (!(SCENARIO_NAMES as readonly string[]).includes(name)) throw new Error(`unknown scenario ${name}`);
  }
  return {
    smoke,
    openapiPath: resolve(projectRoot, values.openapi ?? '../shared/stream-api/common-openapi.json'),
    contenders: contenders as ContenderName[],
    scenarios: scenarios as ScenarioName[],
    latencies: list(values.latencies ?? (smoke ? '0' : '0,20')).map((v) => positive('latencies', v)),
    connections: positive('connections', values.connections ?? (smoke ? '8' : '32')),
    durationSeconds: positive('duration', values.duration ?? (smoke ? '1' : '10')),
    warmupSeconds: positive('warmup', values.warmup ?? (smoke ? '1' : '3')),
    rounds: Math.max(1, positive('rounds', values.rounds ?? (smoke ? '1' : '3'))),
    unloadedSeconds: positive('unloaded', values.unloaded ?? (smoke ? '0' : '5')),
    probeRequests: smoke ? 2 : 5,
    load: !memoryOnly,
    memory: !smoke && !values['no-memory'],
    inFlight: positive('in-flight', values['in-flight'] ?? '1000'),
    memoryLatencyMs: 50,
    memorySeconds: 8,
    startupLaunches: positive('startup', values.startup ?? (smoke ? '1' : memoryOnly ? '0' : '10')),
    node24: values['node24-bin'] ?? (values.node24 ? '' : undefined),
    profile: values.profile,
    allocProfile: values['alloc-profile'],
    install: !smoke && !values['no-install'],
    docs: !smoke && !values['no-docs'],
    reportFrom: values.report,
    note: values.note,
  };
}
