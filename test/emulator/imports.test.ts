import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_V2_STATE } from '../../src/emulator/handlers/imports.js';
import { expectStreamError, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('imports (v1)', () => {
  it('issues an upload URL and path for a file name', async () => {
    const answer = await harness.client.createImportURL({ filename: 'chat.json' });
    expect(answer.path).toMatch(/\/chat\.json$/);
    expect(answer.upload_url).toContain(answer.path);
    await expectStreamError(harness.client.createImportURL({ filename: '../etc/passwd' }), {
      status: 400,
      code: 4,
      field: 'filename',
    });
  });

  it('walks an import through its states, recording each step in history', async () => {
    const { path } = await harness.client.createImportURL({ filename: 'users.json' });
    const { import_task } = await harness.client.createImport({ mode: 'upsert', path });
    expect(import_task).toMatchObject({ mode: 'upsert', path, state: 'uploaded', history: [] });

    const states: string[] = [];
    for (let read = 0; read < 6; read++) {
      states.push((await harness.client.getImport({ id: import_task!.id })).import_task!.state);
    }
    expect(states).toEqual(['analyzing', 'waiting_confirmation', 'importing', 'completed', 'completed', 'completed']);
    const { import_task: done } = await harness.client.getImport({ id: import_task!.id });
    expect(done!.history.map((step) => `${step.prev_state}→${step.next_state}`)).toEqual([
      'uploaded→analyzing',
      'analyzing→waiting_confirmation',
      'waiting_confirmation→importing',
      'importing→completed',
    ]);
  });

  it('fails analysis of a path that was never issued', async () => {
    const { import_task } = await harness.client.createImport({ mode: 'insert', path: 'somewhere/else.json' });
    await harness.client.getImport({ id: import_task!.id });
    expect((await harness.client.getImport({ id: import_task!.id })).import_task!.state).toBe('analyze_failed');
  });

  it('lists imports newest first and 404s unknown ids', async () => {
    const { import_tasks } = await harness.client.listImports();
    expect(import_tasks).toHaveLength(2);
    expect(import_tasks[0]!.path).toBe('somewhere/else.json');
    await expectStreamError(harness.client.getImport({ id: 'missing' }), { status: 404, code: 16 });
  });

  it('validates the mode', async () => {
    await expectStreamError(harness.client.createImport({ mode: 'merge' as unknown as 'upsert', path: 'x' }), {
      status: 400,
      code: 4,
      field: 'mode',
    });
  });
});

describe('import v2 tasks', () => {
  it('creates, progresses, lists by state, cancels and deletes', async () => {
    const created = await harness.client.createImportV2Task({ product: 'chat', settings: { merge_custom: true } });
    expect(created).toMatchObject({ product: 'chat', settings: { merge_custom: true }, state: IMPORT_V2_STATE.queued });
    expect(created.app_pk).toBeGreaterThan(0);

    const other = await harness.client.createImportV2Task({ product: 'feeds', settings: {} });
    const progressed = [];
    for (let read = 0; read < 4; read++)
      progressed.push((await harness.client.getImportV2Task({ id: created.id })).state);
    expect(progressed).toEqual([
      IMPORT_V2_STATE.analyzing,
      IMPORT_V2_STATE.importing,
      IMPORT_V2_STATE.completed,
      IMPORT_V2_STATE.completed,
    ]);
    expect((await harness.client.getImportV2Task({ id: created.id })).result).toBeDefined();

    const completed = await harness.client.listImportV2Tasks({ state: IMPORT_V2_STATE.completed });
    expect(completed.import_tasks.map((task) => task.id)).toEqual([created.id]);
    expect((await harness.client.listImportV2Tasks()).import_tasks).toHaveLength(2);

    await harness.client.cancelImportV2Task({ id: other.id });
    expect((await harness.client.getImportV2Task({ id: other.id })).state).toBe(IMPORT_V2_STATE.canceled);
    await expectStreamError(harness.client.cancelImportV2Task({ id: created.id }), { status: 400, code: 4 });

    await harness.client.deleteImportV2Task({ id: other.id });
    await expectStreamError(harness.client.getImportV2Task({ id: other.id }), { status: 404, code: 16 });
    await expectStreamError(harness.client.deleteImportV2Task({ id: other.id }), { status: 404, code: 16 });
  });

  it('validates the product', async () => {
    await expectStreamError(
      harness.client.createImportV2Task({ product: 'video' as unknown as 'chat', settings: {} }),
      { status: 400, code: 4, field: 'product' },
    );
  });

  it('is server-side only', async () => {
    const answer = await harness.asUser('someone', 'listImports');
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe(17);
  });
});
