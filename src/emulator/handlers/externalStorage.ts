import type {
  AzureRequest,
  EXTERNAL_STORAGE_TYPES,
  IMPORTER_STORAGE_TYPES,
  S3Request,
  UpsertExternalStorageAWSS3Request,
  UpsertExternalStorageGCSRequest,
} from '../../rest/wire/externalStorage.js';
import { nowTimestamp } from '../clock.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';

/** A storage for exports and attachments; secrets are kept but never answered. */
interface StorageRecord {
  name: string;
  type: (typeof EXTERNAL_STORAGE_TYPES)[number];
  bucket: string;
  path: string;
  aws_s3?: S3Request;
  azure_blob?: AzureRequest;
  gcs_credentials?: string;
}

/** The one storage the v2 importer reads from. */
interface ImporterStorage {
  type: (typeof IMPORTER_STORAGE_TYPES)[number];
  aws_s3?: UpsertExternalStorageAWSS3Request;
  gcs?: UpsertExternalStorageGCSRequest;
  created_at: string;
  updated_at: string;
}

const IAM_ROLE_ARN = /^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

export function externalStorageHandlers(state: EmulatorState): Handlers {
  const storages = new Map<string, StorageRecord>();
  let importer: ImporterStorage | undefined;

  function find(name: string): StorageRecord {
    const storage = storages.get(name);
    if (!storage) throw notFound(`external storage ${name}`);
    return storage;
  }

  function requireImporter(): ImporterStorage {
    if (!importer) throw notFound('importer external storage');
    return importer;
  }

  return {
    listExternalStorage() {
      const external_storages = Object.fromEntries(
        [...storages.values()]
          .sort((a, b) => (a.name < b.name ? -1 : 1))
          .map((storage) => [storage.name, publicView(storage)]),
      );
      return { external_storages };
    },

    createExternalStorage({ body }) {
      const name = body.name as string;
      if (storages.has(name)) throw badInput('name', `external storage ${name} already exists`);
      storages.set(name, storageFrom(name, body));
      return {};
    },

    updateExternalStorage({ params, body }) {
      const name = params.name as string;
      find(name);
      const storage = storageFrom(name, body);
      storages.set(name, storage);
      return publicView(storage);
    },

    deleteExternalStorage({ params }) {
      storages.delete(find(params.name as string).name);
      return {};
    },

    checkExternalStorage({ params }) {
      const storage = find(params.name as string);
      // The check writes a small file and answers where it landed; the emulator serves it itself.
      const folder = [storage.name, storage.path].filter(Boolean).map(encodeURIComponent).join('/');
      const path = `/uploads/external-storage/${folder}/${state.nextId('stream-check')}.txt`;
      state.files.set(path, {
        name: 'stream-check.txt',
        type: 'text/plain',
        bytes: new TextEncoder().encode(`Stream external storage check for ${storage.bucket}\n`),
      });
      return { file_url: `${state.baseUrl()}${path}` };
    },

    getImporterExternalStorage() {
      const current = requireImporter();
      return {
        type: current.type,
        created_at: current.created_at,
        updated_at: current.updated_at,
        ...(current.aws_s3 ? { aws_s3: structuredClone(current.aws_s3) } : {}),
        ...(current.gcs
          ? {
              gcs: {
                bucket: current.gcs.bucket,
                credentials_set: true,
                ...(current.gcs.path_prefix ? { path_prefix: current.gcs.path_prefix } : {}),
              },
            }
          : {}),
      };
    },

    upsertImporterExternalStorage({ body }) {
      const now = nowTimestamp();
      const type = body.type as ImporterStorage['type'];
      const next: ImporterStorage = { type, created_at: importer?.created_at ?? now, updated_at: now };
      if (type === 'aws_s3') {
        if (!body.aws_s3) throw badInput('aws_s3', 'is required when type is aws_s3');
        next.aws_s3 = structuredClone(body.aws_s3);
      } else {
        const gcs = body.gcs as Record<string, unknown> | undefined;
        if (!gcs || typeof gcs.bucket !== 'string' || typeof gcs.credentials !== 'string') {
          throw badInput('gcs', 'bucket and credentials are required when type is gcs');
        }
        next.gcs = {
          bucket: gcs.bucket,
          credentials: gcs.credentials,
          ...(typeof gcs.path_prefix === 'string' ? { path_prefix: gcs.path_prefix } : {}),
        };
      }
      importer = next;
      return {};
    },

    deleteImporterExternalStorage() {
      requireImporter();
      importer = undefined;
      return {};
    },

    validateImporterExternalStorage() {
      const current = requireImporter();
      if (current.aws_s3) {
        if (!IAM_ROLE_ARN.test(current.aws_s3.role_arn)) throw badInput('aws_s3.role_arn', 'is not an IAM role ARN');
        if (!AWS_REGION.test(current.aws_s3.region)) throw badInput('aws_s3.region', 'is not an AWS region');
      }
      if (current.gcs && !isServiceAccountKey(current.gcs.credentials)) {
        throw badInput('gcs.credentials', 'is not a service account key');
      }
      return {};
    },
  };
}

/** Checks the provider block the storage type needs and builds the record. */
function storageFrom(name: string, body: Record<string, any>): StorageRecord {
  const type = body.storage_type as StorageRecord['type'];
  const storage: StorageRecord = { name, type, bucket: body.bucket, path: body.path ?? '' };
  if (!storage.bucket) throw badInput('bucket', 'must not be empty');
  if (type === 's3') {
    if (!body.aws_s3) throw badInput('aws_s3', 'is required for s3 storage');
    storage.aws_s3 = structuredClone(body.aws_s3);
  } else if (type === 'abs') {
    if (!body.azure_blob) throw badInput('azure_blob', 'is required for abs storage');
    storage.azure_blob = structuredClone(body.azure_blob);
  } else {
    if (!body.gcs_credentials) throw badInput('gcs_credentials', 'is required for gcs storage');
    if (!isServiceAccountKey(body.gcs_credentials)) throw badInput('gcs_credentials', 'is not a service account key');
    storage.gcs_credentials = body.gcs_credentials;
  }
  return storage;
}

function isServiceAccountKey(credentials: string): boolean {
  try {
    const key = JSON.parse(credentials) as Record<string, unknown>;
    return key.type === 'service_account';
  } catch {
    return false;
  }
}

function publicView({ name, type, bucket, path }: StorageRecord) {
  return { name, type, bucket, path };
}
