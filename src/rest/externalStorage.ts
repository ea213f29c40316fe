import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { Response } from './wire/shared.js';
import {
  ExternalStorageRequest,
  CheckExternalStorageResponse,
  GetExternalStorageResponse,
  ImporterStorageType,
  ListExternalStorageResponse,
  UpdateExternalStorageResponse,
  UpsertExternalStorageAWSS3Request,
  UpsertExternalStorageGCSRequest,
} from './wire/externalStorage.js';

export const listExternalStorage = defineOperation({
  name: 'listExternalStorage',
  method: 'GET',
  path: '/api/v2/external_storage',
  response: ListExternalStorageResponse,
});

export const createExternalStorage = defineOperation({
  name: 'createExternalStorage',
  method: 'POST',
  path: '/api/v2/external_storage',
  body: Type.Composite([Type.Object({ name: Type.String() }), ExternalStorageRequest]),
  response: Response,
});

export const deleteExternalStorage = defineOperation({
  name: 'deleteExternalStorage',
  method: 'DELETE',
  path: '/api/v2/external_storage/{name}',
  response: Response,
});

export const updateExternalStorage = defineOperation({
  name: 'updateExternalStorage',
  method: 'PUT',
  path: '/api/v2/external_storage/{name}',
  body: ExternalStorageRequest,
  response: UpdateExternalStorageResponse,
});

export const checkExternalStorage = defineOperation({
  name: 'checkExternalStorage',
  method: 'GET',
  path: '/api/v2/external_storage/{name}/check',
  response: CheckExternalStorageResponse,
});

export const deleteImporterExternalStorage = defineOperation({
  name: 'deleteImporterExternalStorage',
  method: 'DELETE',
  path: '/api/v2/imports/v2/external-storage',
  response: Response,
});

export const getImporterExternalStorage = defineOperation({
  name: 'getImporterExternalStorage',
  method: 'GET',
  path: '/api/v2/imports/v2/external-storage',
  response: GetExternalStorageResponse,
});

export const upsertImporterExternalStorage = defineOperation({
  name: 'upsertImporterExternalStorage',
  method: 'PUT',
  path: '/api/v2/imports/v2/external-storage',
  body: Type.Object({
    type: ImporterStorageType,
    aws_s3: Type.Optional(UpsertExternalStorageAWSS3Request),
    gcs: Type.Optional(UpsertExternalStorageGCSRequest),
  }),
  response: Response,
});

export const validateImporterExternalStorage = defineOperation({
  name: 'validateImporterExternalStorage',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/imports/v2/external-storage/validate',
  response: Response,
});
