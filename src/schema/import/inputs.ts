import {
  CreateImportRequest,
  CreateImportURLRequest,
  ImportV2TaskSettings,
  ImportV2TaskSettingsS3,
} from '../../rest/wire/imports.js';
import { builder } from '../../graphql/builder.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';
import { ImportMode, ImportProduct } from './types.js';

export const CreateImportURLInput = builder.inputType('CreateImportURLInput', {
  description: 'The file an upload URL is wanted for.',
  fields: (t) => ({
    ...wireInputFields(t, CreateImportURLRequest, {
      filename: 'The file name.',
    }),
  }),
});

export const CreateImportInput = builder.inputType('CreateImportInput', {
  description: 'An import of an uploaded file.',
  fields: (t) => ({
    ...wireInputFields(t, CreateImportRequest, {
      path: 'The path createImportURL answered.',
    }),
    mode: t.field({ type: ImportMode, required: true, description: 'How existing records are treated.' }),
    ...wireInputFields(t, CreateImportRequest, {
      mergeCustom: 'Merge custom data into existing records rather than replace it.',
    }),
  }),
});

export const ImportV2TaskS3SettingsInput = builder.inputType('ImportV2TaskS3SettingsInput', {
  description: 'Where in S3 a v2 import reads from.',
  fields: (t) => ({
    ...wireInputFields(t, ImportV2TaskSettingsS3, {
      bucket: 'The bucket.',
      dir: 'The folder.',
      region: 'The AWS region.',
    }),
  }),
});

export const ImportV2TaskSettingsInput = builder.inputType('ImportV2TaskSettingsInput', {
  description: 'How a v2 import runs.',
  fields: (t) => ({
    mode: t.field({ type: ImportMode, description: 'How existing records are treated.' }),
    ...wireInputFields(t, ImportV2TaskSettings, {
      path: 'The file or folder to import.',
      source: 'Where the data comes from.',
      mergeCustom: 'Merge custom data into existing records rather than replace it.',
      skipReferencesCheck: 'Allow references to missing records.',
      useImportTimeAsOpTime: 'Stamp imported records with the time of the import rather than their own.',
    }),
    s3: t.field({ type: ImportV2TaskS3SettingsInput, description: 'Where in S3 to read.' }),
  }),
});

export const CreateImportV2TaskInput = builder.inputType('CreateImportV2TaskInput', {
  description: 'A new v2 import.',
  fields: (t) => ({
    product: t.field({ type: ImportProduct, required: true, description: 'The product to load data into.' }),
    settings: t.field({ type: ImportV2TaskSettingsInput, required: true, description: 'How it runs.' }),
    userId: t.id({ description: 'The user the import is recorded as started by.' }),
  }),
});

export const ImportV2TaskIdInput = builder.inputType('ImportV2TaskIdInput', {
  description: 'Names one v2 import.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The import task id.' }),
  }),
});
