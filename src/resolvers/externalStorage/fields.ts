import { nullWhenNotFound } from '../../graphql/byId.js';
import { builder } from '../../graphql/builder.js';
import {
  CheckExternalStoragePayloadRef,
  CreateExternalStorageInput,
  CreateExternalStoragePayloadRef,
  DeleteExternalStoragePayloadRef,
  DeleteImporterExternalStoragePayloadRef,
  ExternalStorageNameInput,
  ExternalStorageRef,
  externalStorageList,
  ImporterExternalStorageRef,
  UpdateExternalStorageInput,
  UpdateExternalStoragePayloadRef,
  UpsertImporterExternalStorageInput,
  UpsertImporterExternalStoragePayloadRef,
  ValidateImporterExternalStoragePayloadRef,
} from '../../schema/externalStorage/types.js';
import { streamMutation } from '../../graphql/streamMutation.js';
import { serverQuery } from '../../graphql/serverQuery.js';

serverQuery('externalStorages', {
  type: [ExternalStorageRef],
  description: 'The configured external storages, by name (listExternalStorage).',
  read: async (stream) => externalStorageList((await stream.listExternalStorage()).external_storages),
});

streamMutation('createExternalStorage', {
  type: CreateExternalStoragePayloadRef,
  description: 'Adds an external storage (createExternalStorage).',
  input: CreateExternalStorageInput,
  answer: (input) => ({ name: input.name }),
});

streamMutation('updateExternalStorage', {
  type: UpdateExternalStoragePayloadRef,
  description: 'Replaces an external storage’s configuration (updateExternalStorage).',
  input: UpdateExternalStorageInput,
});

builder.mutationField('deleteExternalStorage', (t) =>
  t.field({
    type: DeleteExternalStoragePayloadRef,
    description: 'Removes an external storage (deleteExternalStorage).',
    authScopes: { server: true },
    args: { input: t.arg({ type: ExternalStorageNameInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.deleteExternalStorage({ name: input.name });
      return { name: input.name };
    },
  }),
);

builder.mutationField('checkExternalStorage', (t) =>
  t.field({
    type: CheckExternalStoragePayloadRef,
    description:
      'Has Stream write a test file to an external storage (checkExternalStorage). A mutation although Stream serves it with GET: each call writes a file into the bucket and tests outside credentials, so it must not be cached, prefetched or retried as a read.',
    authScopes: { server: true },
    args: { input: t.arg({ type: ExternalStorageNameInput, required: true }) },
    resolve: (_root, { input }, { stream }) => stream.checkExternalStorage({ name: input.name }),
  }),
);

serverQuery('importerExternalStorage', {
  type: ImporterExternalStorageRef,
  description: 'The storage the v2 importer reads from, or null when none is set (getImporterExternalStorage).',
  // Stream answers 404 when none is configured.
  read: (stream) => nullWhenNotFound(stream.getImporterExternalStorage()),
});

streamMutation('upsertImporterExternalStorage', {
  type: UpsertImporterExternalStoragePayloadRef,
  description: 'Sets the storage the v2 importer reads from (upsertImporterExternalStorage).',
  input: UpsertImporterExternalStorageInput,
  answer: () => ({ saved: true as const }),
});

builder.mutationField('deleteImporterExternalStorage', (t) =>
  t.field({
    type: DeleteImporterExternalStoragePayloadRef,
    description: 'Removes the v2 importer’s storage (deleteImporterExternalStorage); NOT_FOUND when none is set.',
    authScopes: { server: true },
    resolve: async (_root, _args, { stream }) => {
      await stream.deleteImporterExternalStorage();
      return { deleted: true };
    },
  }),
);

builder.mutationField('validateImporterExternalStorage', (t) =>
  t.field({
    type: ValidateImporterExternalStoragePayloadRef,
    description:
      'Has Stream try to reach the v2 importer’s storage (validateImporterExternalStorage). A mutation: it contacts the outside storage on demand.',
    authScopes: { server: true },
    resolve: async (_root, _args, { stream }) => {
      await stream.validateImporterExternalStorage();
      return { valid: true };
    },
  }),
);
