import {
  ImportTask,
  ImportTaskHistory,
  ImportV2TaskItem,
  ImportV2TaskSettings,
  ImportV2TaskSettingsS3,
} from '../../rest/wire/imports.js';
import { IMPORT_MODES, IMPORT_PRODUCTS } from '../../rest/wire/imports.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { openEnumFields } from '../../graphql/openEnum.js';

export const ImportMode = openEnumFromWire('ImportMode', IMPORT_MODES, {
  description: 'How an import treats records that exist already.',
  values: {
    insert: 'Add new records only.',
    upsert: 'Add new records and overwrite existing ones.',
  },
});

export const ImportProduct = openEnumFromWire('ImportProduct', IMPORT_PRODUCTS, {
  description: 'The Stream products the v2 importer loads data into.',
  values: {
    chat: 'Chat: users, channels, messages, reactions.',
    feeds: 'Activity feeds.',
  },
});

export const ImportTaskHistoryRef = builder.objectRef<ImportTaskHistory>('ImportTaskHistory').implement({
  description: 'One state change of an import.',
  fields: (t) => ({
    ...wireFields(t, ImportTaskHistory, {
      prevState: 'The state it left.',
      nextState: 'The state it entered.',
      createdAt: 'When it changed.',
    }),
  }),
});

export const ImportTaskRef = builder.objectRef<ImportTask>('ImportTask').implement({
  description: 'A (v1) import of a file uploaded to the URL createImportURL gave.',
  fields: (t) => ({
    ...wireFields(t, ImportTask, { id: { description: 'The import id.', type: 'ID' } }),
    ...openEnumFields(t, ImportMode, 'mode', {
      description: 'How the import treats records that exist already.',
    }),
    ...wireFields(t, ImportTask, {
      path: 'The uploaded file’s path.',
      state: 'Where the import is: uploaded, analyzing, importing, completed...',
      size: 'The file size in bytes.',
    }),
    history: t.field({
      type: [ImportTaskHistoryRef],
      description: 'Its state changes, oldest first.',
      resolve: (task) => task.history,
    }),
    ...wireFields(t, ImportTask, {
      createdAt: 'When the import was created.',
      updatedAt: 'When it last changed.',
    }),
  }),
});

export const ImportV2TaskS3SettingsRef = builder.objectRef<ImportV2TaskSettingsS3>('ImportV2TaskS3Settings').implement({
  description: 'Where in S3 a v2 import reads from.',
  fields: (t) => ({
    ...wireFields(t, ImportV2TaskSettingsS3, {
      bucket: 'The bucket.',
      dir: 'The folder.',
      region: 'The AWS region.',
    }),
  }),
});

export const ImportV2TaskSettingsRef = builder.objectRef<ImportV2TaskSettings>('ImportV2TaskSettings').implement({
  description: 'How a v2 import runs.',
  fields: (t) => ({
    ...openEnumFields(t, ImportMode, 'mode', {
      description: 'How the import treats records that exist already.',
      nullable: true,
    }),
    ...wireFields(t, ImportV2TaskSettings, {
      path: 'The file or folder imported.',
      source: 'Where the data comes from.',
      mergeCustom: 'Whether custom data is merged into existing records rather than replacing it.',
      skipReferencesCheck: 'Whether references to missing records are allowed.',
      useImportTimeAsOpTime: 'Whether imported records are stamped with the time of the import rather than their own.',
    }),
    s3: t.field({
      type: ImportV2TaskS3SettingsRef,
      nullable: true,
      description: 'Where in S3 it reads.',
      resolve: (s) => s.s3,
    }),
  }),
});

export const ImportV2TaskRef = builder.objectRef<ImportV2TaskItem>('ImportV2Task').implement({
  description: 'A v2 import, reading from the importer’s external storage.',
  fields: (t) => ({
    ...wireFields(t, ImportV2TaskItem, { id: { description: 'The import task id.', type: 'ID' } }),
    ...openEnumFields(t, ImportProduct, 'product', {
      description: 'The product the data goes into.',
    }),
    ...wireFields(t, ImportV2TaskItem, {
      state: 'Stream’s numeric state of the task.',
      appPk: 'The numeric id of the app.',
    }),
    settings: t.field({ type: ImportV2TaskSettingsRef, description: 'How it runs.', resolve: (task) => task.settings }),
    ...wireFields(t, ImportV2TaskItem, {
      result: 'What it imported, once finished.',
      createdAt: 'When it was created.',
      updatedAt: 'When it last changed.',
    }),
  }),
});
