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

/**
 * The goals of issue 15 ("performance v2"), judged on one run's figures. Beside each CPU goal
 * over direct stands the same ratio for yoga-floor: graphql-yoga and graphql-js alone, with
 * direct's calls. Where the floor misses a goal, no gateway built on yoga can meet it, and the
 * floor's figure is that bound.
 */
export function performanceGoals(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const node = runtimesOf(results)[0]!;
  for (const latencyMs of results.settings.latenciesMs) {
    const at = (scenario: ScenarioName, contender: ContenderName) =>
      find(results, scenario, latencyMs, contender, node);
    for (const [scenario, ceiling] of Object.entries(CPU_OVER_DIRECT) as [ScenarioName, number][]) {
      for (const contender of ['gateway', 'yoga-floor'] as const) {
        const value = pairedCpuRatio(at(scenario, contender), at(scenario, 'direct'));
        if (!Number.isFinite(value)) continue;
        const target = `CPU/op ${contender}/direct${contender === 'yoga-floor' ? ' (the floor under the goal)' : ''}`;
        targets.push({ target, scenario, latencyMs, value, goal: `≤ ${ceiling}`, met: value <= ceiling });
      }
    }
    for (const scenario of ['S1', 'S2', 'S3', 'S4'] as const) {
      const value = pairedCpuRatio(at(scenario, 'mesh'), at(scenario, 'gateway'));
      if (Number.isFinite(value)) {
        targets.push({ target: 'CPU/op mesh/gateway', scenario, latencyMs, value, goal: '≥ 4', met: value >= 4 });
      }
    }
    const s3Gateway = at('S3', 'gateway');
    const s3Mesh = at('S3', 'mesh');
    if (s3Gateway && s3Mesh) {
      const value = s3Gateway.peakRssBytes / s3Mesh.peakRssBytes;
      targets.push({
        target: 'peak RSS under load, gateway/mesh',
        scenario: 'S3',
        latencyMs,
        value,
        goal: '≤ 0.6',
        met: value <= 0.6,
      });
    }
  }
  const inFlight = (contender: ContenderName) => results.memory.find((m) => m.contender === contender);
  const gatewayInFlight = inFlight('gateway');
  const directInFlight = inFlight('direct');
  if (gatewayInFlight && directInFlight) {
    const value = gatewayInFlight.rssGrowthPer1kBytes / directInFlight.rssGrowthPer1kBytes;
    targets.push({
      target: 'RSS growth per 1,000 requests in flight, gateway/direct',
      scenario: gatewayInFlight.scenario as ScenarioName,
      value,
      goal: '≤ 1.5',
      met: value <= 1.5,
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
