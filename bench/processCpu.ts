import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU time (user + system, all threads) a process has used so far, in milliseconds; undefined
 * where /proc is not available. A contender's CPU per operation does not depend on how busy the
 * rest of the machine is, unlike its throughput.
 */
export function cpuMillis(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces; the fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / clockTicks();
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until a server has finished the requests a load generator abandoned when it stopped
 * (servers still work on them): half a second with under 20 ms of CPU used, or `maxMs` at most.
 */
export async function untilIdle(pid: number, maxMs = 20_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let before = cpuMillis(pid);
  if (before === undefined) {
    await sleep(Math.min(maxMs, 2000));
    return;
  }
  while (Date.now() < deadline) {
    await sleep(500);
    const now: number = cpuMillis(pid) ?? before;
    if (now - before < 20) return;
    before = now;
  }
}
