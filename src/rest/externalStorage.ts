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
  idempotent: true,
  path: '/api/v2/external_storage',
  status: 200,
  params: Type.Object({}),
  response: ListExternalStorageResponse,
});

export const createExternalStorage = defineOperation({
  name: 'createExternalStorage',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/external_storage',
  status: 201,
  params: Type.Object({}),
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
  idempotent: false,
  path: '/api/v2/external_storage/{name}',
  status: 200,
  params: Type.Object({
    name: Type.String(),
  }),
  response: DeleteExternalStorageResponse,
});

export const updateExternalStorage = defineOperation({
  name: 'updateExternalStorage',
  method: 'PUT',
  idempotent: true,
  path: '/api/v2/external_storage/{name}',
  status: 201,
  params: Type.Object({
    name: Type.String(),
  }),
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
  idempotent: true,
  path: '/api/v2/external_storage/{name}/check',
  status: 200,
  params: Type.Object({
    name: Type.String(),
  }),
  response: CheckExternalStorageResponse,
});

export const deleteImporterExternalStorage = defineOperation({
  name: 'deleteImporterExternalStorage',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/imports/v2/external-storage',
  status: 200,
  params: Type.Object({}),
  response: DeleteExternalStorageResponse,
});

export const getImporterExternalStorage = defineOperation({
  name: 'getImporterExternalStorage',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/imports/v2/external-storage',
  status: 200,
  params: Type.Object({}),
  response: GetExternalStorageResponse,
});

export const upsertImporterExternalStorage = defineOperation({
  name: 'upsertImporterExternalStorage',
  method: 'PUT',
  idempotent: true,
  path: '/api/v2/imports/v2/external-storage',
  status: 201,
  params: Type.Object({}),
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
  status: 201,
  params: Type.Object({}),
  response: ValidateExternalStorageResponse,
});
