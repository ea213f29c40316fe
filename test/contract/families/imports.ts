import { expect } from 'vitest';
import type { Family } from './family.js';

const CANCELED = 30;

export const importFamily: Family = {
  name: 'imports',
  steps: [
    {
      operation: 'createImportURL',
      input: () => ({ filename: 'contract-users.json' }),
      keep: (answer, context) => (context.importPath = answer.path),
    },
    {
      operation: 'createImport',
      input: (context) => ({ mode: 'upsert', path: context.importPath }),
      keep: (answer, context) => (context.importId = answer.import_task.id),
    },
    {
      operation: 'getImport',
      input: (context) => ({ id: context.importId }),
      check: (answer, context) => expect(answer.import_task).toMatchObject({ id: context.importId, mode: 'upsert' }),
    },
    {
      operation: 'listImports',
      check: (answer, context) =>
        expect(answer.import_tasks.map((task: { id: string }) => task.id)).toContain(context.importId),
    },
    {
      operation: 'createImportV2Task',
      input: () => ({ product: 'chat', settings: { merge_custom: true, use_import_time_as_op_time: true } }),
      keep: (answer, context) => (context.v2Id = answer.id),
    },
    {
      operation: 'getImportV2Task',
      input: (context) => ({ id: context.v2Id }),
      check: (answer) =>
        expect(answer.settings).toMatchObject({ merge_custom: true, use_import_time_as_op_time: true }),
    },
    {
      operation: 'listImportV2Tasks',
      check: (answer, context) =>
        expect(answer.import_tasks.map((task: { id: string }) => task.id)).toContain(context.v2Id),
    },
    { operation: 'cancelImportV2Task', input: (context) => ({ id: context.v2Id }) },
    {
      operation: 'listImportV2Tasks',
      input: () => ({ state: CANCELED }),
      check: (answer, context) =>
        expect(answer.import_tasks.map((task: { id: string }) => task.id)).toEqual([context.v2Id]),
    },
    { operation: 'deleteImportV2Task', input: (context) => ({ id: context.v2Id }) },
    { operation: 'getImportV2Task', input: (context) => ({ id: context.v2Id }), failsWith: 16 },
  ],
};
