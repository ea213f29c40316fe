import type { UserResponse } from '../rest/wire/shared.js';
import type { Caller } from './auth.js';
import type { UploadedFile } from './handler.js';
import { nowTimestamp } from './clock.js';
import type { Instant } from '../rest/wire/instant.js';

/** What the emulator emits: the wire shape with instants as RFC 3339 strings. */
export type Emitted<T> = T extends Date | Instant
  ? string
  : T extends (infer U)[]
    ? Emitted<U>[]
    : T extends object
      ? { [K in keyof T]: Emitted<T[K]> }
      : T;

/** A user as stored: soft-deleted users stay (with `deleted_at`, restorable); hard-deleted ones are removed. */
export type UserRecord = Emitted<UserResponse>;

export interface TaskRecord {
  task_id: string;
  status: 'pending' | 'running' | 'completed' | 'failed';
  created_at: string;
  updated_at: string;
  result?: Record<string, unknown>;
  error?: { type: string; description: string; stacktrace?: string; version?: string };
  /** Reads of getTask left before the task completes. */
  pendingReads: number;
  complete: () => Record<string, unknown>;
}

/** The state shared by every domain: users (everything refers to them) and asynchronous tasks. */
export class EmulatorState {
  readonly users = new Map<string, UserRecord>();
  readonly tasks = new Map<string, TaskRecord>();
  /** Uploaded bytes by URL path (`/uploads/...`), served back by the emulator. */
  readonly files = new Map<string, UploadedFile>();
  private sequence = 0;

  constructor(
    readonly baseUrl: () => string,
    /** The app's API secret: the emulator signs the tokens it hands out (createGuest) with it. */
    readonly apiSecret = 'emulator-secret',
  ) {}

  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence.toString(36).padStart(6, '0')}`;
  }

  /**
   * Starts an asynchronous task: getTask reports it pending for `pendingReads` reads, then
   * runs `complete` once and reports completed with its result.
   */
  startTask(complete: () => Record<string, unknown>, pendingReads = 1): string {
    const now = nowTimestamp();
    const task: TaskRecord = {
      task_id: crypto.randomUUID(),
      status: 'pending',
      created_at: now,
      updated_at: now,
      pendingReads,
      complete,
    };
    this.tasks.set(task.task_id, task);
    return task.task_id;
  }

  /** The user making the request: server callers may act as `userId`, user callers only as themselves. */
  actingUserId(caller: Caller, userId?: string): string | undefined {
    return caller.kind === 'user' ? caller.userId : userId;
  }
}

/**
 * A lazily created value per emulator, for stores that several handler groups share (devices,
 * polls, mutes, push, app settings, roles): the first caller creates it, later ones get the same.
 */
export function perState<T>(create: (state: EmulatorState) => T): (state: EmulatorState) => T {
  const values = new WeakMap<EmulatorState, T>();
  return (state) => {
    let value = values.get(state);
    if (value === undefined) {
      value = create(state);
      values.set(state, value);
    }
    return value;
  };
}
