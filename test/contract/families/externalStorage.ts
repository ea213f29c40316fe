import { expect } from 'vitest';
import type { Family } from './family.js';

export const externalStorageFamily: Family = {
  name: 'external storage',
  steps: [
    {
      operation: 'createExternalStorage',
      input: () => ({
        name: 'contract-exports',
        bucket: 'stream-exports',
        storage_type: 's3',
        path: 'chat/',
        aws_s3: { s3_region: 'us-east-1', s3_api_key: 'AKIA-TEST', s3_secret: 'shh' },
      }),
    },
    {
      operation: 'listExternalStorage',
      check: (answer) =>
        expect(answer.external_storages['contract-exports']).toMatchObject({ bucket: 'stream-exports' }),
    },
    {
      operation: 'updateExternalStorage',
      input: () => ({
        name: 'contract-exports',
        bucket: 'stream-exports-2',
        storage_type: 's3',
        aws_s3: { s3_region: 'eu-west-1' },
      }),
    },
    {
      operation: 'checkExternalStorage',
      input: () => ({ name: 'contract-exports' }),
      check: (answer) => expect(answer.file_url).toBeTypeOf('string'),
    },
    {
      operation: 'listExternalStorage',
      check: (answer) =>
        expect(answer.external_storages['contract-exports']).toMatchObject({ bucket: 'stream-exports-2' }),
    },
    { operation: 'deleteExternalStorage', input: () => ({ name: 'contract-exports' }) },
    { operation: 'checkExternalStorage', input: () => ({ name: 'contract-exports' }), failsWith: 16 },
  ],
};

export const importerStorageFamily: Family = {
  name: 'importer external storage',
  steps: [
    { operation: 'getImporterExternalStorage', failsWith: 16 },
    {
      operation: 'upsertImporterExternalStorage',
      input: () => ({
        type: 'aws_s3',
        aws_s3: { bucket: 'imports', region: 'eu-west-1', role_arn: 'arn:aws:iam::123456789012:role/stream-import' },
      }),
    },
    {
      operation: 'getImporterExternalStorage',
      check: (answer) => expect(answer).toMatchObject({ type: 'aws_s3', aws_s3: { bucket: 'imports' } }),
    },
    {
      operation: 'upsertImporterExternalStorage',
      input: () => ({
        type: 'aws_s3',
        aws_s3: { bucket: 'imports-2', region: 'eu-west-1', role_arn: 'arn:aws:iam::123456789012:role/stream-import' },
      }),
    },
    {
      operation: 'getImporterExternalStorage',
      check: (answer) => expect(answer.aws_s3).toMatchObject({ bucket: 'imports-2' }),
    },
    { operation: 'validateImporterExternalStorage' },
    {
      operation: 'upsertImporterExternalStorage',
      input: () => ({
        type: 'gcs',
        gcs: { bucket: 'gcs-imports', credentials: '{"type":"service_account"}', path_prefix: 'chat/' },
      }),
    },
    {
      operation: 'getImporterExternalStorage',
      check: (answer) =>
        expect(answer).toMatchObject({
          type: 'gcs',
          gcs: { bucket: 'gcs-imports', credentials_set: true, path_prefix: 'chat/' },
        }),
    },
    { operation: 'deleteImporterExternalStorage' },
    { operation: 'getImporterExternalStorage', failsWith: 16 },
  ],
};
