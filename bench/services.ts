import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/** A server the harness started as its own process, listening on loopback. */
export interface Service {
  name: string;
  pid: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  child: ChildProcess;
  logPath: string;
  /** Lines the process wrote to stdout, when it is drained rather than logged. */
  stdoutLines(): number;
  stop(): Promise<void>;
}

export interface ServiceSpec {
  name: string;
  /** Arguments to `node`, or to `command` when given. */
  nodeArgs: string[];
  /** The Node binary (default: the one running the harness). */
  nodeBin?: string;
  /** Run this program instead of Node (`npm`, for `npm start`). */
  command?: string;
  /**
   * `log` (default): stdout and stderr to the log file. `drain`: stdout to a pipe the harness reads
   * and counts but does not keep, as a log collector would; stderr to the log file.
   */
  stdout?: 'log' | 'drain';
  env?: Record<string, string>;
  cwd: string;
  port: number;
  logDir: string;
  /** Open an IPC channel (for the heap probe and the allocation sampler; see askService). */
  ipc?: boolean;
  startTimeoutMs?: number;
}

/** A port that was free a moment ago; the tiny race with other processes is acceptable here. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function logTail(path: string, lines = 30): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Starts `node <nodeArgs>`, output to a log file, and resolves once its port accepts connections. */
export async function startService(spec: ServiceSpec): Promise<Service> {
  const logPath = join(spec.logDir, `${spec.name}.log`);
  const log = openSync(logPath, 'w');
  const out = spec.stdout === 'drain' ? 'pipe' : log;
  const child = spawn(spec.command ?? spec.nodeBin ?? process.execPath, spec.nodeArgs, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: spec.ipc ? ['ignore', out, log, 'ipc'] : ['ignore', out, log],
  });
  closeSync(log);
  let lines = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  });
  let exited: string | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? code}`;
      resolve();
    }),
  );

  const deadline = Date.now() + (spec.startTimeoutMs ?? 60_000);
  while (!(await portOpen(spec.port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${spec.name} did not start (${exited ?? 'timed out'}); log ${logPath}:\n${logTail(logPath)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    name: spec.name,
    pid: child.pid!,
    origin: `http://127.0.0.1:${spec.port}`,
    child,
    logPath,
    stdoutLines: () => lines,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/**
 * Sends `message` over a service's IPC channel and waits for the answer of the same type and id
 * (a preloaded bench module answers it: bench/heap-probe.mjs, bench/alloc-sampler.mjs).
 */
export function askService<Answer>(
  service: Service,
  message: { type: string } & Record<string, unknown>,
  timeoutMs: number,
): Promise<Answer> {
  const id = Math.random();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${service.name}: no ${message.type} answer in ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const onMessage = (answer: { type?: string; id?: number }) => {
      if (answer?.type !== message.type || answer.id !== id) return;
      clearTimeout(timer);
      service.child.off('message', onMessage);
      resolve(answer as Answer);
    };
    service.child.on('message', onMessage);
    service.child.send({ ...message, id });
  });
}
