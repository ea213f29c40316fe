import { randomUUID } from 'node:crypto';
import type { ImportTask, ImportV2TaskItem } from '../../rest/wire/imports.js';
import { nowTimestamp } from '../clock.js';
import { EMULATOR_APP_PK } from '../defaultApp.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import type { Emitted, EmulatorState } from '../state.js';

type ImportTaskRecord = Emitted<ImportTask>;
type ImportV2TaskRecord = Emitted<ImportV2TaskItem>;

/** The states a v1 import walks through, one step per getImport read. */
const IMPORT_STEPS = ['uploaded', 'analyzing', 'waiting_confirmation', 'importing', 'completed'];
const ANALYZE_FAILED = 'analyze_failed';

/** Numeric states of v2 import tasks; Stream does not document its numbers, these are the emulator's. */
export const IMPORT_V2_STATE = {
  queued: 1,
  analyzing: 2,
  importing: 3,
  completed: 10,
  failed: 20,
  canceled: 30,
} as const;
const V2_STEPS: number[] = [IMPORT_V2_STATE.queued, IMPORT_V2_STATE.analyzing, IMPORT_V2_STATE.importing];
const V2_FINISHED = new Set<number>([IMPORT_V2_STATE.completed, IMPORT_V2_STATE.failed, IMPORT_V2_STATE.canceled]);

export function importsHandlers(state: EmulatorState): Handlers {
  const uploadPaths = new Set<string>();
  const imports = new Map<string, ImportTaskRecord>();
  const v2Tasks = new Map<string, ImportV2TaskRecord>();

  function advance(task: ImportTaskRecord): void {
    const index = IMPORT_STEPS.indexOf(task.state);
    if (index < 0 || index === IMPORT_STEPS.length - 1) return;
    // An import of a path createImportURL never issued has no file to analyze.
    const next = task.state === 'analyzing' && !uploadPaths.has(task.path) ? ANALYZE_FAILED : IMPORT_STEPS[index + 1]!;
    const now = nowTimestamp();
    task.history.push({ created_at: now, prev_state: task.state, next_state: next });
    task.state = next;
    task.updated_at = now;
  }

  function advanceV2(task: ImportV2TaskRecord): void {
    if (V2_FINISHED.has(task.state)) return;
    const index = V2_STEPS.indexOf(task.state);
    task.state = index === V2_STEPS.length - 1 ? IMPORT_V2_STATE.completed : V2_STEPS[index + 1]!;
    if (task.state === IMPORT_V2_STATE.completed) task.result = { users: 0, channels: 0, messages: 0, reactions: 0 };
    task.updated_at = nowTimestamp();
  }

  function findV2(id: string): ImportV2TaskRecord {
    const task = v2Tasks.get(id);
    if (!task) throw notFound(`import task ${id}`);
    return task;
  }

  return {
    createImportURL({ body }) {
      const filename = (body.filename as string | undefined)?.trim() || 'import.json';
      if (filename.includes('/')) throw badInput('filename', 'must not contain /');
      const path = `${EMULATOR_APP_PK}/imports/${randomUUID()}/${filename}`;
      uploadPaths.add(path);
      return { path, upload_url: `${state.baseUrl()}/uploads/${path}?X-Amz-Expires=3600` };
    },

    createImport({ body }) {
      const now = nowTimestamp();
      const task: ImportTaskRecord = {
        id: randomUUID(),
        mode: body.mode,
        path: body.path,
        state: IMPORT_STEPS[0]!,
        history: [],
        created_at: now,
        updated_at: now,
      };
      imports.set(task.id, task);
      return { import_task: structuredClone(task) };
    },

    getImport({ params }) {
      const task = imports.get(params.id as string);
      if (!task) throw notFound(`import ${String(params.id)}`);
      advance(task);
      return { import_task: structuredClone(task) };
    },

    listImports() {
      const import_tasks = [...imports.values()]
        .sort((a, b) => (a.created_at < b.created_at ? 1 : -1))
        .map((task) => structuredClone(task));
      return { import_tasks };
    },

    createImportV2Task({ body }) {
      const now = nowTimestamp();
      const task: ImportV2TaskRecord = {
        id: randomUUID(),
        app_pk: EMULATOR_APP_PK,
        product: body.product,
        settings: structuredClone(body.settings),
        state: IMPORT_V2_STATE.queued,
        created_at: now,
        updated_at: now,
      };
      v2Tasks.set(task.id, task);
      return structuredClone(task);
    },

    getImportV2Task({ params }) {
      const task = findV2(params.id as string);
      advanceV2(task);
      return structuredClone(task);
    },

    listImportV2Tasks({ params }) {
      const wanted = params.state as number | undefined;
      const import_tasks = [...v2Tasks.values()]
        .filter((task) => wanted === undefined || task.state === wanted)
        .sort((a, b) => (a.created_at < b.created_at ? 1 : -1))
        .map((task) => structuredClone(task));
      return { import_tasks };
    },

    cancelImportV2Task({ params }) {
      const task = findV2(params.id as string);
      if (V2_FINISHED.has(task.state)) throw badInput('id', `import task ${task.id} has already finished`);
      task.state = IMPORT_V2_STATE.canceled;
      task.updated_at = nowTimestamp();
      return {};
    },

    deleteImportV2Task({ params }) {
      v2Tasks.delete(findV2(params.id as string).id);
      return {};
    },
  };
}
