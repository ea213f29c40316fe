import { createImportV2Task, listImportV2Tasks } from '../../rest/imports.js';
import { toWireInput } from '../../rest/wireInput.js';
import { builder } from '../../graphql/builder.js';
import {
  CancelImportV2TaskPayloadRef,
  CreateImportPayloadRef,
  CreateImportURLPayloadRef,
  DeleteImportV2TaskPayloadRef,
  CreateImportV2TaskPayloadRef,
} from '../../schema/import/payloads.js';
import {
  CreateImportInput,
  CreateImportURLInput,
  CreateImportV2TaskInput,
  ImportV2TaskIdInput,
} from '../../schema/import/inputs.js';
import { ImportTaskRef, ImportV2TaskRef } from '../../schema/import/types.js';
import { actingUserId } from '../../graphql/actingUser.js';
import { streamMutation } from '../../graphql/streamMutation.js';
import { serverQuery, serverQueryById } from '../../graphql/serverQuery.js';

serverQuery('imports', {
  type: [ImportTaskRef],
  description: 'The (v1) imports, newest first (listImports).',
  read: async (stream) => (await stream.listImports()).import_tasks,
});

serverQueryById('import', {
  type: ImportTaskRef,
  description: 'A (v1) import by id (getImport); null when there is none.',
  idDescription: 'The import id.',
  read: (stream, id) => stream.getImport({ id }).then((answer) => answer.import_task),
});

builder.queryField('importTasks', (t) =>
  t.field({
    type: [ImportV2TaskRef],
    nullable: true,
    description: 'The v2 imports, newest first (listImportV2Tasks).',
    authScopes: { server: true },
    args: { state: t.arg.int({ description: 'Only imports in this numeric state.' }) },
    resolve: async (_root, { state }, { stream }) =>
      (await stream.listImportV2Tasks(toWireInput(listImportV2Tasks, { state }))).import_tasks,
  }),
);

serverQueryById('importTask', {
  type: ImportV2TaskRef,
  description: 'A v2 import by id (getImportV2Task); null when there is none.',
  idDescription: 'The import task id.',
  read: (stream, id) => stream.getImportV2Task({ id }),
});

streamMutation('createImportURL', {
  type: CreateImportURLPayloadRef,
  description: 'Gets a signed URL to upload an import file to (createImportURL).',
  input: CreateImportURLInput,
});

streamMutation('createImport', {
  type: CreateImportPayloadRef,
  description: 'Starts a (v1) import of an uploaded file (createImport).',
  input: CreateImportInput,
});

builder.mutationField('createImportV2Task', (t) =>
  t.field({
    type: CreateImportV2TaskPayloadRef,
    description: 'Starts a v2 import from the importer’s external storage (createImportV2Task).',
    authScopes: { server: true },
    args: { input: t.arg({ type: CreateImportV2TaskInput, required: true }) },
    resolve: (_root, { input }, { stream, caller }) =>
      stream.createImportV2Task(
        toWireInput(createImportV2Task, { ...input, userId: actingUserId(caller, input.userId) }),
      ),
  }),
);

builder.mutationField('cancelImportV2Task', (t) =>
  t.field({
    type: CancelImportV2TaskPayloadRef,
    description: 'Stops a v2 import that has not finished (cancelImportV2Task).',
    authScopes: { server: true },
    args: { input: t.arg({ type: ImportV2TaskIdInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.cancelImportV2Task({ id: String(input.id) });
      return { id: String(input.id) };
    },
  }),
);

builder.mutationField('deleteImportV2Task', (t) =>
  t.field({
    type: DeleteImportV2TaskPayloadRef,
    description: 'Removes a v2 import (deleteImportV2Task).',
    authScopes: { server: true },
    args: { input: t.arg({ type: ImportV2TaskIdInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.deleteImportV2Task({ id: String(input.id) });
      return { id: String(input.id) };
    },
  }),
);
