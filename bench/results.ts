import type { BenchData } from './benchData.js';
import type { AllocationSummary, ProfileSummary } from './profiles.js';
import type { InFlightMemory } from './inFlightMemory.js';
import type { RoundResult } from './load.js';
import type { MachineInfo } from './machine.js';
import type { ContenderName, ScenarioName } from './scenarios.js';
import type { StartupFigure } from './startup.js';

export interface MeasuredRound extends RoundResult {
  /**
   * Requests the emulator logged during the round (and just after it, for requests still in
   * flight at its end), over the requests sent in it.
   */
  upstreamPerOpUnderLoad: number;
  /** CPU time the contender's process used per completed request (user + system). */
  cpuMsPerOp?: number;
  /** CPU time the emulator used per completed request: how much of the machine the upstream took. */
  emulatorCpuMsPerOp?: number;
}

export interface ScenarioResult {
  scenario: ScenarioName;
  latencyMs: number;
  contender: ContenderName;
  /** The Node version the contender ran on (absent in runs from before the harness recorded it: machine.node). */
  node?: string;
  rounds: MeasuredRound[];
  /** The round with the median requests/s. */
  median: MeasuredRound;
  /** One round on a single connection: latency without queueing in the load generator or the server. */
  unloaded?: RoundResult;
  /** Over the warm-up and the measured rounds (not the single-connection round). */
  peakRssBytes: number;
}

export interface Verification {
  ok: boolean;
  status?: number;
  error?: string;
  summary?: Record<string, unknown>;
}

export interface UpstreamCount {
  perOp: number;
  byOperation: Record<string, number>;
}

export interface Target {
  target: string;
  /** Absent for a goal of the whole process (start-up, idle memory). */
  scenario?: ScenarioName;
  latencyMs?: number;
  value: number;
  goal: string;
  met: boolean;
}

/** What the OTLP sink received from the gateway+tracing contender over the whole run. */
export interface TracingSinkStats {
  requests: number;
  bytes: number;
  spans: number;
}

export interface BenchResults {
  /** full: every scenario with direct, gateway and mesh; partial: fewer. */
  mode: 'full' | 'partial' | 'smoke' | 'profile';
  startedAt: string;
  finishedAt?: string;
  command: string;
  note?: string;
  machine: MachineInfo;
  versions: Record<string, Record<string, string>>;
  settings: {
    connections: number;
    pipelining: 1;
    durationSeconds: number;
    warmupSeconds: number;
    rounds: number;
    latenciesMs: number[];
    probeRequests: number;
    /** How the gateway contenders were started (absent: `node --import tsx src/server.ts`, before dist/). */
    gatewayEntry?: string;
    /** Tokens minted during the load because the pre-minted pool ran out (each request still had its own). */
    tokensMintedOnDemand?: number;
  };
  data?: BenchData;
  skipped: { contender?: ContenderName; scenario?: ScenarioName; reason: string }[];
  verification: Partial<Record<ScenarioName, Partial<Record<ContenderName, Verification>> & { agree?: boolean }>>;
  upstream: Partial<Record<ScenarioName, Partial<Record<ContenderName, UpstreamCount>>>>;
  results: ScenarioResult[];
  targets: Target[];
  memory: InFlightMemory[];
  profile?: ProfileSummary;
  /** What the gateway allocated (--alloc-profile). */
  allocationProfile?: AllocationSummary;
  /** Node versions the contenders ran on, the harness's own first. */
  runtimes?: string[];
  startup?: StartupFigure[];
  tracingSink?: TracingSinkStats;
}
