import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const hasProc = existsSync('/proc/self/status');

/** The process and every process it started (a CLI that forks a worker counts as the whole tree). */
export function processTree(pid: number): number[] {
  if (!hasProc) return [pid];
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    const taskDir = `/proc/${tree[i]}/task`;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(taskDir);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`${taskDir}/${task}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(/\s+/).map(Number));
      } catch {
        // a thread that ended while we looked
      }
    }
  }
  return tree;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident set size of the tree now, in bytes. */
export function rssBytes(pid: number): number {
  if (!hasProc) {
    const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    return Number.isFinite(kb) ? kb * 1024 : 0;
  }
  return processTree(pid).reduce((sum, p) => sum + statusKb(p, 'VmRSS') * 1024, 0);
}

/**
 * The peak resident set size of a process tree over a measured stretch: the kernel's high-water
 * mark (reset at the start through clear_refs where allowed) and, as a floor, samples of the RSS.
 */
export class PeakRss {
  private sampled = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly resetWorked: boolean;

  constructor(private readonly pid: number) {
    this.resetWorked = hasProc && processTree(pid).every(resetHighWaterMark);
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }

  private sample(): void {
    this.sampled = Math.max(this.sampled, rssBytes(this.pid));
  }

  /** Stops sampling and returns the peak in bytes. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    if (!this.resetWorked) return this.sampled;
    const highWater = processTree(this.pid).reduce((sum, p) => sum + statusKb(p, 'VmHWM') * 1024, 0);
    return Math.max(highWater, this.sampled);
  }
}

function resetHighWaterMark(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
