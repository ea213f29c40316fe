import {
  AzureRequest,
  ExternalStorageRequest,
  S3Request,
  UpsertExternalStorageAWSS3Request,
  UpsertExternalStorageGCSRequest,
  EXTERNAL_STORAGE_TYPES,
  IMPORTER_STORAGE_TYPES,
  CheckExternalStorageResponse,
  GetExternalStorageAWSS3Response,
  GetExternalStorageGCSResponse,
  GetExternalStorageResponse,
  UpdateExternalStorageResponse,
} from '../../rest/wire/externalStorage.js';
import { builder, type InputFields } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';
import { deletedNamePayload, payloadType } from '../../graphql/mutationPayload.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';

export const ExternalStorageType = openEnumFromWire('ExternalStorageType', EXTERNAL_STORAGE_TYPES, {
  description: 'The cloud storage services Stream can write to.',
  values: {
    s3: 'Amazon S3 (or an S3-compatible service).',
    gcs: 'Google Cloud Storage.',
    abs: 'Azure Blob Storage.',
  },
});

export const ImporterStorageType = openEnumFromWire('ImporterStorageType', IMPORTER_STORAGE_TYPES, {
  description: 'The cloud storage services the v2 importer can read from.',
  values: {
    aws_s3: 'Amazon S3, read through an IAM role.',
    gcs: 'Google Cloud Storage.',
  },
});

/**
 * A configured storage, as update answers it and as each entry of the list is shaped; its type
 * may be one Stream added after this gateway was built.
 */
type ExternalStorage = Omit<UpdateExternalStorageResponse, 'duration' | 'type'> & { type: unknown };

/** listExternalStorage's map (name → storage) as a list ordered by name; storages of unknown types are kept. */
export function externalStorageList(map: Record<string, unknown>): ExternalStorage[] {
  return Object.entries(map)
    .map(([key, value]) => {
      const entry = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      const text = (field: string) => (typeof entry[field] === 'string' ? (entry[field] as string) : '');
      return { name: text('name') || key, type: entry.type, bucket: text('bucket'), path: text('path') };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export const ExternalStorageRef = builder.objectRef<ExternalStorage>('ExternalStorage').implement({
  description: 'A bucket Stream writes exports and files to. Its credentials are never answered.',
  fields: (t) => ({
    ...wireFields(t, UpdateExternalStorageResponse, { name: 'The storage name.' }),
    ...openEnumFields(t, ExternalStorageType, 'type', {
      description: 'The storage service.',
    }),
    ...wireFields(t, UpdateExternalStorageResponse, {
      bucket: 'The bucket (or container).',
      path: 'The folder inside the bucket; empty for the root.',
    }),
  }),
});

export const ImporterAwsS3StorageRef = builder
  .objectRef<GetExternalStorageAWSS3Response>('ImporterAwsS3Storage')
  .implement({
    description: 'The S3 bucket the importer reads from.',
    fields: (t) => ({
      ...wireFields(t, GetExternalStorageAWSS3Response, {
        bucket: 'The bucket.',
        region: 'Its AWS region.',
        roleArn: 'The IAM role Stream assumes to read it.',
        pathPrefix: 'The folder import files are in.',
      }),
    }),
  });

export const ImporterGcsStorageRef = builder.objectRef<GetExternalStorageGCSResponse>('ImporterGcsStorage').implement({
  description: 'The Google Cloud Storage bucket the importer reads from. Its key is never answered.',
  fields: (t) => ({
    ...wireFields(t, GetExternalStorageGCSResponse, {
      bucket: 'The bucket.',
      credentialsSet: 'Whether Stream holds a service account key for it (the key itself stays with Stream).',
      pathPrefix: 'The folder import files are in.',
    }),
  }),
});

export const ImporterExternalStorageRef = builder
  .objectRef<GetExternalStorageResponse>('ImporterExternalStorage')
  .implement({
    description: 'The storage the v2 importer reads files from.',
    fields: (t) => ({
      ...openEnumFields(t, ImporterStorageType, 'type', {
        description: 'The storage service.',
      }),
      awsS3: t.field({
        type: ImporterAwsS3StorageRef,
        nullable: true,
        description: 'The S3 bucket, for aws_s3 storage.',
        resolve: (storage) => storage.aws_s3,
      }),
      gcs: t.field({
        type: ImporterGcsStorageRef,
        nullable: true,
        description: 'The Google Cloud Storage bucket, for gcs storage.',
        resolve: (storage) => storage.gcs,
      }),
      ...wireFields(t, GetExternalStorageResponse, {
        createdAt: 'When it was configured.',
        updatedAt: 'When it last changed.',
      }),
    }),
  });

export const S3StorageInput = builder.inputType('S3StorageInput', {
  description: 'How Stream reaches an S3 bucket.',
  fields: (t) =>
    wireInputFields(t, S3Request, {
      s3Region: 'The AWS region.',
      s3ApiKey: 'An access key id; Stream’s IAM role is used when left out.',
      s3Secret: 'The secret of the access key.',
      s3CustomEndpointUrl: 'An S3-compatible endpoint other than AWS.',
    }),
});

export const AzureStorageInput = builder.inputType('AzureStorageInput', {
  description: 'How Stream reaches an Azure Blob Storage container.',
  fields: (t) =>
    wireInputFields(t, AzureRequest, {
      absAccountName: 'The storage account.',
      absClientId: 'The service principal’s client id.',
      absClientSecret: 'The service principal’s secret.',
      absTenantId: 'The Azure tenant.',
    }),
});

/** Where a storage is and how Stream reaches it, as create and update take it. */
function storageSettings(t: InputFields) {
  return {
    storageType: t.field({ type: ExternalStorageType, required: true, description: 'The storage service.' }),
    ...wireInputFields(t, ExternalStorageRequest, {
      bucket: 'The bucket (or container).',
      path: 'A folder inside the bucket.',
    }),
    awsS3: t.field({ type: S3StorageInput, description: 'S3 access, for s3 storage.' }),
    azureBlob: t.field({ type: AzureStorageInput, description: 'Azure access, for abs storage.' }),
    ...wireInputFields(t, ExternalStorageRequest, {
      gcsCredentials: 'A service account key (JSON), for gcs storage.',
    }),
  };
}

export const CreateExternalStorageInput = builder.inputType('CreateExternalStorageInput', {
  description: 'A new external storage; give the credentials block its type needs.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The storage name.' }),
    ...storageSettings(t),
  }),
});

export const UpdateExternalStorageInput = builder.inputType('UpdateExternalStorageInput', {
  description: 'A new configuration for an existing external storage (replaces the old one).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The storage to change.' }),
    ...storageSettings(t),
  }),
});

export const CreateExternalStoragePayloadRef = payloadType<{ name: string }>('CreateExternalStoragePayload', {
  description: 'The external storage that was added.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name; Query.externalStorages lists it.' }),
  }),
});

export const UpdateExternalStoragePayloadRef = payloadType<ExternalStorage>('UpdateExternalStoragePayload', {
  description: 'The external storage as changed.',
  fields: (t) => ({
    externalStorage: t.field({
      type: ExternalStorageRef,
      description: 'The storage.',
      resolve: (storage) => storage,
    }),
  }),
});

export const ExternalStorageNameInput = builder.inputType('ExternalStorageNameInput', {
  description: 'Names one external storage.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The storage name.' }),
  }),
});

export const DeleteExternalStoragePayloadRef = deletedNamePayload(
  'DeleteExternalStoragePayload',
  'The external storage that was removed.',
  'Its name (ExternalStorage.name).',
);

export const CheckExternalStoragePayloadRef = payloadType<CheckExternalStorageResponse>('CheckExternalStoragePayload', {
  description: 'The test file Stream wrote to the storage.',
  fields: (t) => ({
    ...wireFields(t, CheckExternalStorageResponse, { fileUrl: 'Where the test file landed.' }),
  }),
});

export const ImporterAwsS3StorageInput = builder.inputType('ImporterAwsS3StorageInput', {
  description: 'The S3 bucket the importer reads from, through an IAM role.',
  fields: (t) =>
    wireInputFields(t, UpsertExternalStorageAWSS3Request, {
      bucket: 'The bucket.',
      region: 'Its AWS region.',
      roleArn: 'The IAM role Stream assumes to read it.',
      pathPrefix: 'The folder import files are in.',
    }),
});

export const ImporterGcsStorageInput = builder.inputType('ImporterGcsStorageInput', {
  description: 'The Google Cloud Storage bucket the importer reads from, with a service account key.',
  fields: (t) =>
    wireInputFields(t, UpsertExternalStorageGCSRequest, {
      bucket: 'The bucket.',
      credentials: 'A service account key (JSON) that can read it.',
      pathPrefix: 'The folder import files are in.',
    }),
});

export const UpsertImporterExternalStorageInput = builder.inputType('UpsertImporterExternalStorageInput', {
  description: 'The storage the v2 importer reads from (replaces any earlier one).',
  fields: (t) => ({
    type: t.field({ type: ImporterStorageType, required: true, description: 'The storage service.' }),
    awsS3: t.field({ type: ImporterAwsS3StorageInput, description: 'The S3 bucket, for aws_s3.' }),
    gcs: t.field({ type: ImporterGcsStorageInput, description: 'The Google Cloud Storage bucket, for gcs.' }),
  }),
});

export const UpsertImporterExternalStoragePayloadRef = payloadType<{ saved: true }>(
  'UpsertImporterExternalStoragePayload',
  {
    description: 'The importer’s storage after the change.',
    fields: (t) => ({
      importerExternalStorage: t.field({
        type: ImporterExternalStorageRef,
        description: 'The storage as saved (read again from Stream when selected).',
        resolve: (_payload, _args, { stream }) => stream.getImporterExternalStorage(),
      }),
    }),
  },
);

export const DeleteImporterExternalStoragePayloadRef = payloadType<{ deleted: boolean }>(
  'DeleteImporterExternalStoragePayload',
  {
    description: 'Whether the importer’s storage was removed.',
    fields: (t) => ({
      deleted: t.exposeBoolean('deleted', { description: 'True: the importer has no storage any more.' }),
    }),
  },
);

export const ValidateImporterExternalStoragePayloadRef = payloadType<{ valid: boolean }>(
  'ValidateImporterExternalStoragePayload',
  {
    description: 'The outcome of Stream trying the importer’s storage.',
    fields: (t) => ({
      valid: t.exposeBoolean('valid', {
        description: 'True when Stream could use the storage; a failure is a BAD_USER_INPUT error naming the field.',
      }),
    }),
  },
);
