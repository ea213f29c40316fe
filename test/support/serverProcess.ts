import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { keepProcessLog } from './logCapture.js';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  child: ChildProcess;
  /** Everything the process printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the match once stdout matches `pattern`; rejects if the process exits first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<Exit>;
  /** Ends the process group (npm and the node process it runs), when still running. */
  kill(): void;
}

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How the gateway is launched: the production entry as the container runs it, or `npm start`. */
export type Launch = { via: 'node'; args?: string[] } | { via: 'npm' };

function commandLine(launch: Launch): [string, string[]] {
  if (launch.via === 'npm') return ['npm', ['start', '--silent']];
  return [process.execPath, [...(launch.args ?? []), 'dist/server.js']];
}

/**
 * The compiled gateway (`npm run build` made dist/), in a process group of its own, with only `env`
 * on top of PATH and HOME: no Stream credentials or other settings leak in from the test's environment.
 */
export function startServerProcess(env: Record<string, string>, launch: Launch = { via: 'node' }): ServerProcess {
  const [command, args] = commandLine(launch);
  return startProcess(command, args, { cwd: PROJECT_ROOT, env });
}

/** Any command in a process group of its own, with only `env` on top of PATH, HOME and TMPDIR. */
export function startProcess(
  command: string,
  args: string[],
  { cwd, env = {} }: { cwd: string; env?: Record<string, string> },
): ServerProcess {
  const base: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR']) if (process.env[name]) base[name] = process.env[name];
  const child = spawn(command, args, {
    cwd,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const listener of listeners) listener();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let done: Exit | undefined;
  const exited = new Promise<Exit>((resolve) =>
    // 'close' waits for the output streams too, so stdout and stderr are complete.
    child.once('close', (code, signal) => {
      done = { code, signal };
      keepProcessLog(stdout + stderr);
      for (const listener of listeners) listener();
      resolve(done);
    }),
  );

  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitFor(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(stdout);
          if (match) {
            listeners.delete(check);
            resolve(match);
          } else if (done) {
            listeners.delete(check);
            reject(
              new Error(
                `${command} exited (${JSON.stringify(done)}) before printing ${pattern}\nstdout: ${stdout}\nstderr: ${stderr}`,
              ),
            );
          }
        };
        listeners.add(check);
        check();
      });
    },
    kill() {
      if (done || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
  };
}
