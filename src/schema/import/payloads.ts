import { type CreateImportResponse, CreateImportURLResponse, type ImportV2TaskItem } from '../../rest/wire/imports.js';
import { wireFields } from '../../graphql/wireFields.js';
import { deletedIdPayload, payloadType } from '../../graphql/mutationPayload.js';
import { ImportTaskRef, ImportV2TaskRef } from './types.js';

export const CreateImportURLPayloadRef = payloadType<CreateImportURLResponse>('CreateImportURLPayload', {
  description: 'Where to upload an import file, and the path createImport takes afterwards.',
  fields: (t) => ({
    ...wireFields(t, CreateImportURLResponse, {
      uploadUrl: 'A signed URL to PUT the file to.',
      path: 'The path to pass to createImport.',
    }),
  }),
});

export const CreateImportPayloadRef = payloadType<CreateImportResponse>('CreateImportPayload', {
  description: 'The import as created.',
  fields: (t) => ({
    importTask: t.field({
      type: ImportTaskRef,
      nullable: true,
      description: 'The import.',
      resolve: (a) => a.import_task,
    }),
  }),
});

export const CreateImportV2TaskPayloadRef = payloadType<ImportV2TaskItem>('CreateImportV2TaskPayload', {
  description: 'The v2 import as created.',
  fields: (t) => ({
    importTask: t.field({ type: ImportV2TaskRef, description: 'The import.', resolve: (task) => task }),
  }),
});

export const DeleteImportV2TaskPayloadRef = deletedIdPayload(
  'DeleteImportV2TaskPayload',
  'The v2 import that was removed.',
  'Its id (ImportV2Task.id).',
);

export const CancelImportV2TaskPayloadRef = payloadType<{ id: string }>('CancelImportV2TaskPayload', {
  description: 'The v2 import that was canceled.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    importTask: t.field({
      type: ImportV2TaskRef,
      description: 'The import as it is now (read again from Stream when selected).',
      resolve: (payload, _args, { stream }) => stream.getImportV2Task({ id: payload.id }),
    }),
  }),
});
