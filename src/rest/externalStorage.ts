import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import {
  AzureRequest,
  CheckExternalStorageResponse,
  CreateExternalStorageResponse,
  DeleteExternalStorageResponse,
  ExternalStorageType,
  GetExternalStorageResponse,
  ImporterStorageType,
  ListExternalStorageResponse,
  S3Request,
  UpdateExternalStorageResponse,
  UpsertExternalStorageAWSS3Request,
  UpsertExternalStorageGCSRequest,
  UpsertExternalStorageResponse,
  ValidateExternalStorageResponse,
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
  body: Type.Object({
    bucket: Type.String(),
    name: Type.String(),
    storage_type: ExternalStorageType,
    aws_s3: Type.Optional(S3Request),
    azure_blob: Type.Optional(AzureRequest),
    gcs_credentials: Type.Optional(Type.String()),
    path: Type.Optional(Type.String()),
  }),
  response: CreateExternalStorageResponse,
});

export const deleteExternalStorage = defineOperation({
  name: 'deleteExternalStorage',
  method: 'DELETE',
  path: '/api/v2/external_storage/{name}',
  response: DeleteExternalStorageResponse,
});

export const updateExternalStorage = defineOperation({
  name: 'updateExternalStorage',
  method: 'PUT',
  path: '/api/v2/external_storage/{name}',
  body: Type.Object({
    bucket: Type.String(),
    storage_type: ExternalStorageType,
    aws_s3: Type.Optional(S3Request),
    azure_blob: Type.Optional(AzureRequest),
    gcs_credentials: Type.Optional(Type.String()),
    path: Type.Optional(Type.String()),
  }),
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
  response: DeleteExternalStorageResponse,
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
  response: UpsertExternalStorageResponse,
});

export const validateImporterExternalStorage = defineOperation({
  name: 'validateImporterExternalStorage',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/imports/v2/external-storage/validate',
  response: ValidateExternalStorageResponse,
});
