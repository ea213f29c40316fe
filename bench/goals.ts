import type { BenchResults, ScenarioResult, Target } from './results.js';
import type { ContenderName, ScenarioName } from './scenarios.js';

/** Node versions of the run, the harness's own first (older runs recorded only the machine's). */
export const runtimesOf = (results: BenchResults) => results.runtimes ?? [results.machine.node];
export const nodeOf = (results: BenchResults, r: ScenarioResult) => r.node ?? results.machine.node;

export function find(
  results: BenchResults,
  scenario: ScenarioName,
  latencyMs: number,
  contender: ContenderName,
  node: string,
): ScenarioResult | undefined {
  return results.results.find(
    (r) =>
      r.scenario === scenario && r.latencyMs === latencyMs && r.contender === contender && nodeOf(results, r) === node,
  );
}

/**
 * CPU per operation of one contender over another's: the median of the ratios of rounds run back
 * to back (round i of each), which cancels most of a drift in the machine's load between rounds.
 */
export function pairedCpuRatio(over: ScenarioResult | undefined, under: ScenarioResult | undefined): number {
  if (!over || !under) return NaN;
  const ratios = over.rounds
    .map((round, i) => (round.cpuMsPerOp ?? NaN) / (under.rounds[i]?.cpuMsPerOp ?? NaN))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return ratios.length ? ratios[Math.floor((ratios.length - 1) / 2)]! : NaN;
}

/** Issue 15's ceilings on CPU per operation over the direct client's. */
const CPU_OVER_DIRECT: Partial<Record<ScenarioName, number>> = { S1: 1.8, S2: 1.8, S3: 1.25 };
const MB = 1048576;
const SUBJECTS = ['gateway', 'yoga-floor'] as const;
type Subject = (typeof SUBJECTS)[number];
/** How a floor row is told apart from the gateway's row of the same goal. */
const FLOOR = ' (the bound)';

/**
 * The goals of issue 15 ("performance v2"), judged on one run's figures. Each goal that compares
 * the gateway with direct or mesh is judged twice: for the gateway, and for yoga-floor (graphql-yoga
 * and graphql-js alone, making direct's calls). Where the floor misses a goal, no gateway built on
 * graphql-yoga can meet it on this machine, and the floor's figure is that bound.
 */
export function performanceGoals(results: BenchResults): Target[] {
  // Judged on the harness's own Node; the other runtime's figures are shown beside them.
  const targets: Target[] = [];
  const node = runtimesOf(results)[0]!;
  const add = (subject: Subject, target: string, value: number, goal: string, met: boolean, where: Partial<Target>) => {
    if (Number.isFinite(value)) {
      targets.push({
        target: `${target.replace('{}', subject)}${subject === 'yoga-floor' ? FLOOR : ''}`,
        value,
        goal,
        met,
        ...where,
      });
    }
  };
  for (const latencyMs of results.settings.latenciesMs) {
    const at = (scenario: ScenarioName, contender: ContenderName) =>
      find(results, scenario, latencyMs, contender, node);
    for (const subject of SUBJECTS) {
      for (const [scenario, ceiling] of Object.entries(CPU_OVER_DIRECT) as [ScenarioName, number][]) {
        const value = pairedCpuRatio(at(scenario, subject), at(scenario, 'direct'));
        add(subject, 'CPU/op {}/direct', value, `≤ ${ceiling}`, value <= ceiling, { scenario, latencyMs });
      }
      for (const scenario of ['S1', 'S2', 'S3', 'S4'] as const) {
        const value = pairedCpuRatio(at(scenario, 'mesh'), at(scenario, subject));
        add(subject, 'CPU/op mesh/{}', value, '≥ 4', value >= 4, { scenario, latencyMs });
      }
      const s1 = at('S1', subject);
      const s1Direct = at('S1', 'direct');
      if (s1 && s1Direct) {
        const throughput = s1.median.requestsPerSecond / s1Direct.median.requestsPerSecond;
        add(subject, 'throughput {}/direct', throughput, '≥ 0.8', throughput >= 0.8, { scenario: 'S1', latencyMs });
        const overhead = (s1.unloaded?.latencyMs.p50 ?? NaN) - (s1Direct.unloaded?.latencyMs.p50 ?? NaN);
        add(subject, 'p50 over direct on 1 connection, ms ({})', overhead, '≤ 0.25', overhead <= 0.25, {
          scenario: 'S1',
          latencyMs,
        });
      }
      const s2 = at('S2', subject);
      const s2Mesh = at('S2', 'mesh');
      if (s2 && s2Mesh) {
        const value = s2.median.requestsPerSecond / s2Mesh.median.requestsPerSecond;
        add(subject, 'throughput {}/mesh', value, '≥ 3', value >= 3, { scenario: 'S2', latencyMs });
      }
      const s3 = at('S3', subject);
      const s3Mesh = at('S3', 'mesh');
      if (s3 && s3Mesh) {
        const value = s3.peakRssBytes / s3Mesh.peakRssBytes;
        add(subject, 'peak RSS under load, {}/mesh', value, '≤ 0.6', value <= 0.6, { scenario: 'S3', latencyMs });
      }
    }
  }
  const inFlight = (contender: ContenderName) => results.memory.find((m) => m.contender === contender);
  const directInFlight = inFlight('direct');
  for (const subject of SUBJECTS) {
    const measured = inFlight(subject);
    if (!measured || !directInFlight) continue;
    const value = measured.rssGrowthPer1kBytes / directInFlight.rssGrowthPer1kBytes;
    add(subject, 'RSS growth per 1,000 requests in flight, {}/direct', value, '≤ 1.5', value <= 1.5, {
      scenario: measured.scenario as ScenarioName,
    });
  }
  for (const figure of (results.startup ?? []).filter((s) => s.node === node)) {
    if (figure.subject === 'gateway') {
      const idleMb = figure.idleRssBytes / MB;
      targets.push({
        target: 'idle RSS of the production entry, MB',
        value: idleMb,
        goal: '≤ 120',
        met: idleMb <= 120,
      });
      const seconds = figure.medianMs / 1000;
      targets.push({
        target: 'production entry, launch to first answer, s',
        value: seconds,
        goal: '≤ 1.0',
        met: seconds <= 1,
      });
    }
    if (figure.subject === 'npm start') {
      const seconds = figure.medianMs / 1000;
      targets.push({
        target: '`npm start` (demo), launch to first answer, s',
        value: seconds,
        goal: '≤ 2.5',
        met: seconds <= 2.5,
      });
    }
  }
  return targets;
}
