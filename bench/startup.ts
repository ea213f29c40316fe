import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { failedFor } from './checks.js';
import { contenderCommand, type LaunchContext, type Runtime } from './contenders.js';
import { cpuMillis } from './processCpu.js';
import { processTree, rssBytes } from './processMemory.js';
import { scenarios, type ContenderName } from './scenarios.js';
import { freePort } from './services.js';
import { sendOnce } from './singleRequest.js';
import type { TokenSource } from './tokens.js';

/** What is started: a contender, or `npm start` (demo mode: the gateway over its embedded emulator). */
export type StartupSubject = ContenderName | 'npm start';

export interface StartupFigure {
  subject: StartupSubject;
  node: string;
  /** Launch to the first answered S1 query, in milliseconds, one per launch. */
  launchesMs: number[];
  medianMs: number;
  /**
   * CPU time (user + system) of the process tree from launch to that answer, median over launches:
   * unlike the wall-clock time, it hardly depends on how busy the rest of the machine is.
   */
  cpuMs?: number;
  /** Resident set of the whole process tree one second after that answer, median over launches. */
  idleRssBytes: number;
  /** Processes in that tree (npm start: npm and the server it execs). */
  processes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

const DEMO_TOKEN = /Server token[^\n]*"(Bearer [^"]+)"/;

interface Launch {
  spawnedAt: number;
  pid: number;
  port: number;
  /** The demo's printed server token, once it appeared (npm start only). */
  demoToken(): string | undefined;
  exited(): string | undefined;
  stop(): Promise<void>;
}

async function spawnSubject(
  subject: StartupSubject,
  context: LaunchContext,
  runtime: Runtime,
  logPath: string,
): Promise<Launch> {
  const port = await freePort();
  const log = openSync(logPath, 'w');
  let program: string;
  let args: string[];
  let env: Record<string, string | undefined>;
  if (subject === 'npm start') {
    // As a developer types it, with this runtime's node first on PATH (npm runs on it too).
    program = 'npm';
    args = ['start', '--silent'];
    env = {
      ...process.env,
      PATH: `${join(runtime.bin, '..')}:${process.env.PATH ?? ''}`,
      PORT: String(port),
      NODE_ENV: '',
      DEMO: '',
      STREAM_API_KEY: '',
      STREAM_API_SECRET: '',
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
    };
  } else {
    const command = contenderCommand(subject, context, port);
    program = runtime.bin;
    args = command.args;
    env = { ...process.env, ...command.env };
  }
  const spawnedAt = performance.now();
  // Its own process group, so that npm and the server it starts are stopped together.
  const child = spawn(program, args, { cwd: context.root, env, stdio: ['ignore', 'pipe', log], detached: true });
  closeSync(log);
  let output = '';
  let token: string | undefined;
  child.stdout?.on('data', (chunk: Buffer) => {
    if (subject !== 'npm start' || token) return;
    output += chunk.toString();
    token = DEMO_TOKEN.exec(output)?.[1];
  });
  let exited: string | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? code}`;
      resolve();
    }),
  );
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  return {
    spawnedAt,
    pid: child.pid!,
    port,
    demoToken: () => token,
    exited: () => exited,
    async stop() {
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
      // npm may be gone before the server it started: make sure the group is.
      signalGroup('SIGKILL');
    },
  };
}

/** Polls with the S1 query every 10 ms until one is answered with data; returns when that was. */
async function firstAnswer(subject: StartupSubject, launch: Launch, tokens: TokenSource, logPath: string) {
  const dialect: ContenderName = subject === 'npm start' ? 'gateway' : subject;
  const spec = scenarios.S1.request(dialect, {} as never);
  const failed = failedFor(dialect);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const exited = launch.exited();
    if (exited || Date.now() > deadline)
      throw new Error(`${subject} did not answer (${exited ?? 'timed out'}); log ${logPath}`);
    const token = subject === 'npm start' ? launch.demoToken() : tokens.next();
    if (token) {
      try {
        const { status, text } = await sendOnce(`http://127.0.0.1:${launch.port}`, spec, token);
        if (status === 200 && !failed(text)) return performance.now();
      } catch {
        // not listening yet
      }
    }
    await sleep(10);
  }
}

/**
 * Start-up time and idle memory: `launches` fresh processes, one after the other, each timed from
 * spawn to the first S1 query answered with data (so the schema is built and Stream was reached).
 */
export async function measureStartup(options: {
  subject: StartupSubject;
  context: LaunchContext;
  runtime: Runtime;
  tokens: TokenSource;
  launches: number;
}): Promise<StartupFigure> {
  const { subject, context, runtime } = options;
  const times: number[] = [];
  const rss: number[] = [];
  const cpu: number[] = [];
  let processes = 0;
  const logName = `startup-${subject.replace(/\W+/g, '-')}-node${runtime.version.split('.')[0]!.slice(1)}.log`;
  const logPath = join(context.logDir, logName);
  for (let i = 0; i < options.launches; i++) {
    const launch = await spawnSubject(subject, context, runtime, logPath);
    try {
      const answeredAt = await firstAnswer(subject, launch, options.tokens, logPath);
      times.push(answeredAt - launch.spawnedAt);
      const treeCpu = processTree(launch.pid).map((pid) => cpuMillis(pid) ?? NaN);
      const total = treeCpu.reduce((sum, ms) => sum + ms, 0);
      if (Number.isFinite(total)) cpu.push(total);
      await sleep(1000);
      rss.push(rssBytes(launch.pid));
      processes = processTree(launch.pid).length;
    } finally {
      await launch.stop();
    }
  }
  return {
    subject,
    node: runtime.version,
    launchesMs: times.map((t) => Math.round(t)),
    medianMs: median(times),
    cpuMs: cpu.length === times.length ? median(cpu) : undefined,
    idleRssBytes: median(rss),
    processes,
  };
}
