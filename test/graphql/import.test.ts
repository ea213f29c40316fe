import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { selectAll } from '../support/selectAll.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());

const IMPORT_TASK = selectAll('ImportTask');
const IMPORT_V2_TASK = selectAll('ImportV2Task');

it('createImportURL, createImport, then import(id) follows its states; imports lists it', async () => {
  const url: any = await gateway.query(
    'mutation($input: CreateImportURLInput!) { createImportURL(input: $input) { uploadUrl path } }',
    { input: { filename: 'users.json' } },
  );
  expect(url.errors).toBeUndefined();
  const { path, uploadUrl } = url.data.createImportURL;
  expect(path).toMatch(/users\.json$/);
  expect(uploadUrl).toContain(path);

  const created: any = await gateway.query(
    `mutation($input: CreateImportInput!) { createImport(input: $input) { importTask { ${IMPORT_TASK} } } }`,
    { input: { path, mode: 'UPSERT', mergeCustom: true } },
  );
  expect(created.errors).toBeUndefined();
  const task = created.data.createImport.importTask;
  expect(task).toMatchObject({ path, mode: 'UPSERT', state: 'uploaded', history: [] });
  expect(gateway.emulator.log.filter((e) => e.operation === 'createImport').at(-1)!.body).toEqual({
    path,
    mode: 'upsert',
    merge_custom: true,
  });

  const read: any = await gateway.query(`query($id: ID!) { import(id: $id) { ${IMPORT_TASK} } }`, { id: task.id });
  expect(read.data.import.state).toBe('analyzing');
  expect(read.data.import.history).toEqual([
    { prevState: 'uploaded', nextState: 'analyzing', createdAt: expect.any(String) },
  ]);

  const listed: any = await gateway.query('{ imports { id } }');
  expect(listed.data.imports).toEqual([{ id: task.id }]);
});

it('import(id) of an unknown id is null, not an error', async () => {
  const result = await gateway.query('{ import(id: "nope") { id } }');
  expect(result.data).toEqual({ import: null });
  expect(result.errors).toBeUndefined();
});

it('createImportV2Task, importTask(id), importTasks(state), cancel, delete; null after delete', async () => {
  const created: any = await gateway.query(
    `mutation($input: CreateImportV2TaskInput!) { createImportV2Task(input: $input) { importTask { ${IMPORT_V2_TASK} } } }`,
    {
      input: {
        product: 'CHAT',
        settings: {
          mode: 'UPSERT',
          path: 'exports/',
          mergeCustom: true,
          s3: { bucket: 'imports', dir: 'in', region: 'eu-west-1' },
        },
      },
    },
  );
  expect(created.errors).toBeUndefined();
  const task = created.data.createImportV2Task.importTask;
  expect(task).toMatchObject({
    product: 'CHAT',
    state: 1,
    settings: {
      mode: 'UPSERT',
      path: 'exports/',
      mergeCustom: true,
      s3: { bucket: 'imports', dir: 'in', region: 'eu-west-1' },
    },
    result: null,
  });

  const second: any = await gateway.query(
    'mutation { createImportV2Task(input: { product: FEEDS, settings: { path: "feeds/" } }) { importTask { id } } }',
  );
  const secondId = second.data.createImportV2Task.importTask.id;

  const read: any = await gateway.query('query($id: ID!) { importTask(id: $id) { id state } }', { id: task.id });
  expect(read.data.importTask).toEqual({ id: task.id, state: 2 });

  const queued: any = await gateway.query('{ importTasks(state: 1) { id state } }');
  expect(queued.data.importTasks).toEqual([{ id: secondId, state: 1 }]);
  const all: any = await gateway.query('{ importTasks { id } }');
  expect(all.data.importTasks.map((t: any) => t.id).sort()).toEqual([task.id, secondId].sort());

  const canceled: any = await gateway.query(
    'mutation($input: ImportV2TaskIdInput!) { cancelImportV2Task(input: $input) { id importTask { state } } }',
    { input: { id: task.id } },
  );
  expect(canceled.data.cancelImportV2Task).toEqual({ id: task.id, importTask: { state: 30 } });
  const cancelAgain = await gateway.queryData(
    'mutation { cancelImportV2Task(input: { id: "' + task.id + '" }) { id userErrors { field code } } }',
  );
  expect(cancelAgain.cancelImportV2Task).toEqual({
    id: null,
    userErrors: [{ field: ['input', 'id'], code: 'INVALID_INPUT' }],
  });

  const deleted: any = await gateway.query(
    'mutation($input: ImportV2TaskIdInput!) { deleteImportV2Task(input: $input) { deletedId } }',
    { input: { id: task.id } },
  );
  expect(deleted.data).toEqual({ deleteImportV2Task: { deletedId: task.id } });
  const gone = await gateway.query('query($id: ID!) { importTask(id: $id) { id } }', { id: task.id });
  expect(gone).toMatchObject({ data: { importTask: null } });
  expect(gone.errors).toBeUndefined();
});

it('createImportV2Task sends useImportTimeAsOpTime and the task reads it back', async () => {
  const created: any = await gateway.query(
    `mutation($input: CreateImportV2TaskInput!) { createImportV2Task(input: $input) {
      importTask { id settings { path useImportTimeAsOpTime } }
    } }`,
    { input: { product: 'CHAT', settings: { path: 'replay/', useImportTimeAsOpTime: true } } },
  );
  expect(created.errors).toBeUndefined();
  const task = created.data.createImportV2Task.importTask;
  expect(task.settings).toEqual({ path: 'replay/', useImportTimeAsOpTime: true });
  const sent = gateway.emulator.log.filter((e) => e.operation === 'createImportV2Task').at(-1)!.body;
  expect(sent).toMatchObject({ settings: { use_import_time_as_op_time: true } });
  const read: any = await gateway.query(
    'query($id: ID!) { importTask(id: $id) { settings { useImportTimeAsOpTime } } }',
    {
      id: task.id,
    },
  );
  expect(read.data.importTask.settings).toEqual({ useImportTimeAsOpTime: true });
});

it('user callers are FORBIDDEN on import fields', async () => {
  const token = await gateway.userToken('someone');
  const before = gateway.emulator.log.length;
  for (const query of [
    '{ imports { id } }',
    '{ importTasks { id } }',
    'mutation { createImportURL(input: {}) { path } }',
  ]) {
    const result = await gateway.query(query, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  expect(gateway.emulator.log.length).toBe(before);
});
