import { GraphQLError } from 'graphql';
import type { StreamClient } from '../../rest/client.js';
import type { AzureRequest, GetExternalStorageResponse, S3Request } from '../../rest/wire/externalStorage.js';
import { builder } from '../../graphql/builder.js';
import {
  AzureStorageInput,
  CheckExternalStoragePayloadRef,
  CreateExternalStorageInput,
  CreateExternalStoragePayloadRef,
  DeleteExternalStoragePayloadRef,
  DeleteImporterExternalStoragePayloadRef,
  ExternalStorageNameInput,
  ExternalStorageRef,
  externalStorageList,
  ImporterExternalStorageRef,
  S3StorageInput,
  UpdateExternalStorageInput,
  UpdateExternalStoragePayloadRef,
  UpsertImporterExternalStorageInput,
  UpsertImporterExternalStoragePayloadRef,
  ValidateImporterExternalStoragePayloadRef,
} from '../../schema/externalStorage/types.js';

type Input<T extends { $inferInput: unknown }> = T['$inferInput'];

function s3Body(input: Input<typeof S3StorageInput>): S3Request {
  return {
    s3_region: input.s3Region,
    s3_api_key: input.s3ApiKey ?? undefined,
    s3_secret: input.s3Secret ?? undefined,
    s3_custom_endpoint_url: input.s3CustomEndpointUrl ?? undefined,
  };
}

function azureBody(input: Input<typeof AzureStorageInput>): AzureRequest {
  return {
    abs_account_name: input.absAccountName,
    abs_client_id: input.absClientId,
    abs_client_secret: input.absClientSecret,
    abs_tenant_id: input.absTenantId,
  };
}

/** The storage settings shared by create and update, in Stream's names. */
function storageBody(input: Input<typeof CreateExternalStorageInput> | Input<typeof UpdateExternalStorageInput>) {
  return {
    storage_type: input.storageType,
    bucket: input.bucket,
    path: input.path ?? undefined,
    aws_s3: input.awsS3 ? s3Body(input.awsS3) : undefined,
    azure_blob: input.azureBlob ? azureBody(input.azureBlob) : undefined,
    gcs_credentials: input.gcsCredentials ?? undefined,
  };
}

/** The importer's storage, or null when none is configured (Stream answers 404 then). */
async function importerStorageOrNull(stream: StreamClient): Promise<GetExternalStorageResponse | null> {
  try {
    return await stream.getImporterExternalStorage();
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return null;
    throw error;
  }
}

builder.queryField('externalStorages', (t) =>
  t.field({
    type: [ExternalStorageRef],
    description: 'The configured external storages, by name (listExternalStorage).',
    authScopes: { server: true },
    resolve: async (_root, _args, { stream }) =>
      externalStorageList((await stream.listExternalStorage()).external_storages),
  }),
);

builder.mutationField('createExternalStorage', (t) =>
  t.field({
    type: CreateExternalStoragePayloadRef,
    description: 'Adds an external storage (createExternalStorage).',
    authScopes: { server: true },
    args: { input: t.arg({ type: CreateExternalStorageInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.createExternalStorage({ name: input.name, ...storageBody(input) });
      return { name: input.name };
    },
  }),
);

builder.mutationField('updateExternalStorage', (t) =>
  t.field({
    type: UpdateExternalStoragePayloadRef,
    description: 'Replaces an external storage’s configuration (updateExternalStorage).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpdateExternalStorageInput, required: true }) },
    resolve: (_root, { input }, { stream }) =>
      stream.updateExternalStorage({ name: input.name, ...storageBody(input) }),
  }),
);

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

builder.queryField('importerExternalStorage', (t) =>
  t.field({
    type: ImporterExternalStorageRef,
    nullable: true,
    description: 'The storage the v2 importer reads from, or null when none is set (getImporterExternalStorage).',
    authScopes: { server: true },
    resolve: (_root, _args, { stream }) => importerStorageOrNull(stream),
  }),
);

builder.mutationField('upsertImporterExternalStorage', (t) =>
  t.field({
    type: UpsertImporterExternalStoragePayloadRef,
    description: 'Sets the storage the v2 importer reads from (upsertImporterExternalStorage).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpsertImporterExternalStorageInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      const { awsS3: s3, gcs } = input;
      await stream.upsertImporterExternalStorage({
        type: input.type,
        aws_s3: s3
          ? { bucket: s3.bucket, region: s3.region, role_arn: s3.roleArn, path_prefix: s3.pathPrefix ?? undefined }
          : undefined,
        gcs: gcs
          ? { bucket: gcs.bucket, credentials: gcs.credentials, path_prefix: gcs.pathPrefix ?? undefined }
          : undefined,
      });
      return { saved: true as const };
    },
  }),
);

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
