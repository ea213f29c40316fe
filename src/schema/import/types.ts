import type {
  ImportTask,
  ImportTaskHistory,
  ImportV2TaskItem,
  ImportV2TaskSettings,
  ImportV2TaskSettingsS3,
} from '../../rest/wire/imports.js';
import { IMPORT_MODES, IMPORT_PRODUCTS } from '../../rest/wire/imports.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';
import { builder } from '../../graphql/builder.js';
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
    prevState: t.exposeString('prev_state', { description: 'The state it left.' }),
    nextState: t.exposeString('next_state', { description: 'The state it entered.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it changed.' }),
  }),
});

export const ImportTaskRef = builder.objectRef<ImportTask>('ImportTask').implement({
  description: 'A (v1) import of a file uploaded to the URL createImportURL gave.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The import id.' }),
    ...openEnumFields(t, ImportMode, 'mode', {
      description: 'How the import treats records that exist already.',
      wire: (task) => task.mode,
    }),
    path: t.exposeString('path', { description: 'The uploaded file’s path.' }),
    state: t.exposeString('state', {
      description: 'Where the import is: uploaded, analyzing, importing, completed...',
    }),
    size: t.exposeInt('size', { nullable: true, description: 'The file size in bytes.' }),
    history: t.field({
      type: [ImportTaskHistoryRef],
      description: 'Its state changes, oldest first.',
      resolve: (task) => task.history,
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the import was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

export const ImportV2TaskS3SettingsRef = builder.objectRef<ImportV2TaskSettingsS3>('ImportV2TaskS3Settings').implement({
  description: 'Where in S3 a v2 import reads from.',
  fields: (t) => ({
    bucket: t.exposeString('bucket', { nullable: true, description: 'The bucket.' }),
    dir: t.exposeString('dir', { nullable: true, description: 'The folder.' }),
    region: t.exposeString('region', { nullable: true, description: 'The AWS region.' }),
  }),
});

export const ImportV2TaskSettingsRef = builder.objectRef<ImportV2TaskSettings>('ImportV2TaskSettings').implement({
  description: 'How a v2 import runs.',
  fields: (t) => ({
    ...openEnumFields(t, ImportMode, 'mode', {
      description: 'How the import treats records that exist already.',
      nullable: true,
      wire: (settings) => settings.mode,
    }),
    path: t.exposeString('path', { nullable: true, description: 'The file or folder imported.' }),
    source: t.exposeString('source', { nullable: true, description: 'Where the data comes from.' }),
    mergeCustom: t.exposeBoolean('merge_custom', {
      nullable: true,
      description: 'Whether custom data is merged into existing records rather than replacing it.',
    }),
    skipReferencesCheck: t.exposeBoolean('skip_references_check', {
      nullable: true,
      description: 'Whether references to missing records are allowed.',
    }),
    useImportTimeAsOpTime: t.exposeBoolean('use_import_time_as_op_time', {
      nullable: true,
      description: 'Whether imported records are stamped with the time of the import rather than their own.',
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
    id: t.exposeID('id', { description: 'The import task id.' }),
    ...openEnumFields(t, ImportProduct, 'product', {
      description: 'The product the data goes into.',
      wire: (task) => task.product,
    }),
    state: t.exposeInt('state', { description: 'Stream’s numeric state of the task.' }),
    appPk: t.exposeInt('app_pk', { description: 'The numeric id of the app.' }),
    settings: t.field({ type: ImportV2TaskSettingsRef, description: 'How it runs.', resolve: (task) => task.settings }),
    result: t.expose('result', { type: 'JSONObject', nullable: true, description: 'What it imported, once finished.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});
