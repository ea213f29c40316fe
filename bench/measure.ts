import type { BenchData } from './benchData.js';
import { failedFor } from './checks.js';
import type { EmulatorControl } from './emulatorControl.js';
import { runRound, type RoundResult } from './load.js';
import { cpuMillis, untilIdle } from './processCpu.js';
import { PeakRss } from './processMemory.js';
import type { MeasuredRound, ScenarioResult } from './results.js';
import { scenarios, type ContenderName, type ScenarioName } from './scenarios.js';
import type { Service } from './services.js';
import type { TokenSource } from './tokens.js';

export interface MeasureSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  unloadedSeconds: number;
}

function medianRound(rounds: MeasuredRound[]): MeasuredRound {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function describe(name: ContenderName, index: number, round: MeasuredRound): string {
  return (
    `  ${name.padEnd(15)} round ${index + 1}: ${round.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
    `p50 ${round.latencyMs.p50.toFixed(2)} ms  p99 ${round.latencyMs.p99.toFixed(2)} ms  ` +
    `upstream/op ${round.upstreamPerOpUnderLoad.toFixed(2)}  ` +
    `CPU/op ${round.cpuMsPerOp?.toFixed(3) ?? '?'} ms (emulator ${round.emulatorCpuMsPerOp?.toFixed(3) ?? '?'} ms)` +
    `${round.failures ? `  FAILURES ${round.failures}` : ''}`
  );
}

/**
 * Warms up each contender on one scenario, then times it for several rounds. Rounds alternate
 * between contenders, so drift in the machine's load touches all of them alike.
 */
export async function measureScenario(options: {
  scenario: ScenarioName;
  latencyMs: number;
  contenders: Map<ContenderName, Service>;
  data: BenchData;
  tokens: TokenSource;
  control: EmulatorControl;
  emulatorPid: number;
  settings: MeasureSettings;
}): Promise<ScenarioResult[]> {
  const { scenario, latencyMs, contenders, settings, control } = options;
  const names = [...contenders.keys()];
  const pids = [...contenders.values()].map((service) => service.pid);
  const peaks = new Map(names.map((name) => [name, new PeakRss(contenders.get(name)!.pid)]));
  const roundsOf = new Map<ContenderName, MeasuredRound[]>(names.map((name) => [name, []]));
  const round = (name: ContenderName, durationSeconds: number, connections = settings.connections) =>
    runRound({
      origin: contenders.get(name)!.origin,
      request: scenarios[scenario].request(name, options.data),
      tokens: options.tokens,
      connections,
      durationSeconds,
      failed: failedFor(name),
    });

  if (settings.warmupSeconds > 0) for (const name of names) await round(name, settings.warmupSeconds);
  for (let r = 0; r < settings.rounds; r++) {
    for (const name of names) {
      // Start from a quiet machine: what the previous round or warm-up left in flight is done.
      await Promise.all([options.emulatorPid, ...pids].map((pid) => untilIdle(pid)));
      await control.clearLog();
      const pid = contenders.get(name)!.pid;
      const cpuBefore = [cpuMillis(pid), cpuMillis(options.emulatorPid)];
      const measured = await round(name, settings.durationSeconds);
      const cpuAfter = [cpuMillis(pid), cpuMillis(options.emulatorPid)];
      const perOp = (i: number) =>
        cpuBefore[i] === undefined || cpuAfter[i] === undefined || measured.completed === 0
          ? undefined
          : (cpuAfter[i]! - cpuBefore[i]!) / measured.completed;
      // Requests cut off at the end of the round still reach the emulator for a moment.
      await untilIdle(options.emulatorPid);
      const { total } = await control.countLog();
      const result: MeasuredRound = {
        ...measured,
        upstreamPerOpUnderLoad: measured.sent ? total / measured.sent : NaN,
        cpuMsPerOp: perOp(0),
        emulatorCpuMsPerOp: perOp(1),
      };
      roundsOf.get(name)!.push(result);
      console.log(describe(name, r, result));
    }
  }
  const peakRss = new Map(names.map((name) => [name, peaks.get(name)!.stop()]));
  const unloaded = new Map<ContenderName, RoundResult>();
  if (settings.unloadedSeconds > 0) {
    for (const name of names) {
      const result = await round(name, settings.unloadedSeconds, 1);
      unloaded.set(name, result);
      console.log(
        `  ${name.padEnd(15)} 1 connection: p50 ${result.latencyMs.p50.toFixed(2)} ms  p99 ${result.latencyMs.p99.toFixed(2)} ms`,
      );
    }
  }
  return names.map((name) => ({
    scenario,
    latencyMs,
    contender: name,
    rounds: roundsOf.get(name)!,
    median: medianRound(roundsOf.get(name)!),
    unloaded: unloaded.get(name),
    peakRssBytes: peakRss.get(name)!,
  }));
}
