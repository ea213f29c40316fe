import type { StreamClient } from '../rest/client.js';
import { StreamApiError } from '../rest/errors.js';
import type { GetTaskResponse } from '../rest/wire/tasks.js';

/** Who polls a task: one holder across replicas, taken over by another when it stops renewing. */
export interface TaskPollerLock {
  /** Takes the task's lock, or renews it when this process holds it already; false when another does. */
  acquire(taskId: string, ttlMs: number): Promise<boolean>;
  release(taskId: string): Promise<void>;
}

/** One process is the whole cluster without Redis: the lock is always this process's. */
export const localTaskPollerLock: TaskPollerLock = {
  acquire: () => Promise.resolve(true),
  release: () => Promise.resolve(),
};

export interface TaskPollingTiming {
  /** First delay between two getTask calls; it doubles while the task does not change. */
  minDelayMs: number;
  maxDelayMs: number;
  /** How long a lock lasts unless renewed; a replica that died is replaced after this. */
  lockTtlMs: number;
}

export const DEFAULT_TASK_POLLING: TaskPollingTiming = { minDelayMs: 250, maxDelayMs: 5000, lockTtlMs: 10_000 };

export const isFinished = (task: Pick<GetTaskResponse, 'status'>): boolean =>
  task.status === 'completed' || task.status === 'failed';

/** A task state as text, so that two answers can be compared (to the nanosecond Stream gives). */
export function taskStateKey(task: Pick<GetTaskResponse, 'status' | 'updated_at'>): string {
  return `${task.status}@${String(task.updated_at)}`;
}

interface Watched {
  listeners: number;
  stopped: boolean;
  wake?: () => void;
}

/**
 * Polls getTask for the tasks somebody subscribed to: one loop per task id in this process, and,
 * through the lock, one across replicas. The holder publishes every state change; the others
 * wait for the lock, so that one of them takes over if the holder stops. A loop ends when its
 * task is completed or failed, or when nobody in this process listens any more.
 */
export class TaskPollers {
  private readonly watched = new Map<string, Watched>();

  constructor(
    private readonly client: StreamClient,
    private readonly publish: (taskId: string, task: GetTaskResponse) => void,
    private readonly lock: TaskPollerLock,
    private readonly timing: TaskPollingTiming,
    private readonly onError: (taskId: string, error: unknown) => void,
  ) {}

  /** Starts (or joins) the loop of `taskId`; the function returned leaves it. */
  watch(taskId: string): () => void {
    let entry = this.watched.get(taskId);
    if (!entry) {
      entry = { listeners: 0, stopped: false };
      this.watched.set(taskId, entry);
      void this.run(taskId, entry);
    }
    entry.listeners += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      entry.listeners -= 1;
      if (entry.listeners === 0) this.stop(taskId, entry);
    };
  }

  /** Task ids polled or waited for in this process. */
  get active(): number {
    return this.watched.size;
  }

  close(): void {
    for (const [taskId, entry] of this.watched) this.stop(taskId, entry);
  }

  private stop(taskId: string, entry: Watched): void {
    entry.stopped = true;
    if (this.watched.get(taskId) === entry) this.watched.delete(taskId);
    entry.wake?.();
  }

  private sleep(entry: Watched, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        entry.wake = undefined;
        resolve();
      }
      entry.wake = done;
    });
  }

  private async run(taskId: string, entry: Watched): Promise<void> {
    const { minDelayMs, maxDelayMs, lockTtlMs } = this.timing;
    let last: string | undefined;
    let delay = minDelayMs;
    let holding = false;
    try {
      while (!entry.stopped) {
        holding = await this.lock.acquire(taskId, lockTtlMs);
        if (!holding) {
          // Another replica polls; try again before its lock would run out.
          await this.sleep(entry, Math.max(minDelayMs, lockTtlMs / 2));
          continue;
        }
        let task: GetTaskResponse;
        try {
          task = await this.client.getTask({ id: taskId });
        } catch (error) {
          // A task that does not exist ends the loop (its subscribers were refused the same way);
          // any other failure is retried, more slowly.
          if (error instanceof StreamApiError && error.status === 404) break;
          this.onError(taskId, error);
          delay = Math.min(delay * 2, maxDelayMs);
          await this.sleep(entry, delay);
          continue;
        }
        if (entry.stopped) break;
        const state = taskStateKey(task);
        if (state !== last) {
          last = state;
          delay = minDelayMs;
          this.publish(taskId, task);
        } else {
          delay = Math.min(delay * 2, maxDelayMs);
        }
        if (isFinished(task)) break;
        await this.sleep(entry, delay);
      }
    } catch (error) {
      this.onError(taskId, error);
    } finally {
      if (this.watched.get(taskId) === entry) this.watched.delete(taskId);
      entry.stopped = true;
      if (holding) await this.lock.release(taskId).catch((error: unknown) => this.onError(taskId, error));
    }
  }
}
