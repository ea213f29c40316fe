import { Type, type StaticDecode } from '@sinclair/typebox';
import { JsonObject, StringEnum } from './primitives.js';
import { Answer, Response, Timestamps } from './shared.js';

/** The cloud storage services Stream can write to. */
export const EXTERNAL_STORAGE_TYPES = ['s3', 'gcs', 'abs'] as const;
export const ExternalStorageType = StringEnum(EXTERNAL_STORAGE_TYPES);

/** The cloud storage services the v2 importer can read from. */
export const IMPORTER_STORAGE_TYPES = ['aws_s3', 'gcs'] as const;
export const ImporterStorageType = StringEnum(IMPORTER_STORAGE_TYPES);

export const AzureRequest = Type.Object({
  abs_account_name: Type.String(),
  abs_client_id: Type.String(),
  abs_client_secret: Type.String(),
  abs_tenant_id: Type.String(),
});
export type AzureRequest = StaticDecode<typeof AzureRequest>;

export const CheckExternalStorageResponse = Answer({
  file_url: Type.String(),
});
export type CheckExternalStorageResponse = StaticDecode<typeof CheckExternalStorageResponse>;

export const GetExternalStorageAWSS3Response = Type.Object({
  bucket: Type.String(),
  path_prefix: Type.Optional(Type.String()),
  region: Type.String(),
  role_arn: Type.String(),
});
export type GetExternalStorageAWSS3Response = StaticDecode<typeof GetExternalStorageAWSS3Response>;

export const GetExternalStorageGCSResponse = Type.Object({
  bucket: Type.String(),
  credentials_set: Type.Boolean(),
  path_prefix: Type.Optional(Type.String()),
});
export type GetExternalStorageGCSResponse = StaticDecode<typeof GetExternalStorageGCSResponse>;

export const GetExternalStorageResponse = Type.Composite([
  Response,
  Timestamps,
  Type.Object({
    aws_s3: Type.Optional(GetExternalStorageAWSS3Response),
    gcs: Type.Optional(GetExternalStorageGCSResponse),
    type: Type.String(),
  }),
]);
export type GetExternalStorageResponse = StaticDecode<typeof GetExternalStorageResponse>;

export const ListExternalStorageResponse = Answer({
  external_storages: JsonObject,
});
export type ListExternalStorageResponse = StaticDecode<typeof ListExternalStorageResponse>;

export const S3Request = Type.Object({
  s3_api_key: Type.Optional(Type.String()),
  s3_custom_endpoint_url: Type.Optional(Type.String()),
  s3_region: Type.String(),
  s3_secret: Type.Optional(Type.String()),
});
export type S3Request = StaticDecode<typeof S3Request>;

/** Where a storage is and how Stream reaches it, as createExternalStorage and updateExternalStorage take it. */
export const ExternalStorageRequest = Type.Object({
  bucket: Type.String(),
  storage_type: ExternalStorageType,
  aws_s3: Type.Optional(S3Request),
  azure_blob: Type.Optional(AzureRequest),
  gcs_credentials: Type.Optional(Type.String()),
  path: Type.Optional(Type.String()),
});
export type ExternalStorageRequest = StaticDecode<typeof ExternalStorageRequest>;

export const UpdateExternalStorageResponse = Answer({
  bucket: Type.String(),
  name: Type.String(),
  path: Type.String(),
  type: ExternalStorageType,
});
export type UpdateExternalStorageResponse = StaticDecode<typeof UpdateExternalStorageResponse>;

export const UpsertExternalStorageAWSS3Request = Type.Object({
  bucket: Type.String(),
  path_prefix: Type.Optional(Type.String()),
  region: Type.String(),
  role_arn: Type.String(),
});
export type UpsertExternalStorageAWSS3Request = StaticDecode<typeof UpsertExternalStorageAWSS3Request>;

export const UpsertExternalStorageGCSRequest = Type.Object({
  bucket: Type.String(),
  credentials: Type.String(),
  path_prefix: Type.Optional(Type.String()),
});
export type UpsertExternalStorageGCSRequest = StaticDecode<typeof UpsertExternalStorageGCSRequest>;
