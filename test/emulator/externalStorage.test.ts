import { Instant } from '../../src/rest/wire/instant.js';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStreamError, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const GCS_KEY = JSON.stringify({ type: 'service_account', project_id: 'demo', private_key: 'not-a-real-key' });

describe('external storage', () => {
  it('round-trips create → list → update → check → delete, never answering secrets', async () => {
    await harness.client.createExternalStorage({
      name: 'exports',
      bucket: 'stream-exports',
      storage_type: 's3',
      path: 'chat/',
      aws_s3: { s3_region: 'us-east-1', s3_api_key: 'AKIA-SECRET', s3_secret: 'shh' },
    });
    const listed = await harness.client.listExternalStorage();
    expect(listed.external_storages).toEqual({
      exports: { name: 'exports', type: 's3', bucket: 'stream-exports', path: 'chat/' },
    });
    expect(JSON.stringify(listed)).not.toContain('shh');

    const updated = await harness.client.updateExternalStorage({
      name: 'exports',
      bucket: 'stream-exports-2',
      storage_type: 'gcs',
      gcs_credentials: GCS_KEY,
    });
    expect(updated).toMatchObject({ name: 'exports', type: 'gcs', bucket: 'stream-exports-2', path: '' });
    expect(JSON.stringify(updated)).not.toContain('not-a-real-key');

    const { file_url } = await harness.client.checkExternalStorage({ name: 'exports' });
    expect(file_url.startsWith(harness.emulator.url)).toBe(true);
    const served = await fetch(file_url);
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('stream-exports-2');

    await harness.client.deleteExternalStorage({ name: 'exports' });
    expect((await harness.client.listExternalStorage()).external_storages).toEqual({});
    await expectStreamError(harness.client.checkExternalStorage({ name: 'exports' }), { status: 404, code: 16 });
    await expectStreamError(harness.client.deleteExternalStorage({ name: 'exports' }), { status: 404, code: 16 });
  });

  it('validates the provider block of each storage type', async () => {
    await expectStreamError(harness.client.createExternalStorage({ name: 'a', bucket: 'b', storage_type: 's3' }), {
      status: 400,
      code: 4,
      field: 'aws_s3',
    });
    await expectStreamError(harness.client.createExternalStorage({ name: 'a', bucket: 'b', storage_type: 'abs' }), {
      status: 400,
      code: 4,
      field: 'azure_blob',
    });
    await expectStreamError(
      harness.client.createExternalStorage({ name: 'a', bucket: 'b', storage_type: 'gcs', gcs_credentials: '{}' }),
      { status: 400, code: 4, field: 'gcs_credentials' },
    );
    await expectStreamError(
      harness.client.createExternalStorage({ name: 'a', bucket: 'b', storage_type: 'ftp' as unknown as 's3' }),
      { status: 400, code: 4, field: 'storage_type' },
    );
    await expectStreamError(
      harness.client.updateExternalStorage({
        name: 'nope',
        bucket: 'b',
        storage_type: 'gcs',
        gcs_credentials: GCS_KEY,
      }),
      { status: 404, code: 16 },
    );
  });

  it('refuses a duplicate name', async () => {
    const azure = { abs_account_name: 'acc', abs_client_id: 'id', abs_client_secret: 's', abs_tenant_id: 't' };
    await harness.client.createExternalStorage({ name: 'dup', bucket: 'b', storage_type: 'abs', azure_blob: azure });
    await expectStreamError(
      harness.client.createExternalStorage({ name: 'dup', bucket: 'b', storage_type: 'abs', azure_blob: azure }),
      { status: 400, code: 4, field: 'name' },
    );
  });
});

describe('importer external storage', () => {
  it('is a singleton: get 404 → upsert → get → validate → delete → get 404', async () => {
    await expectStreamError(harness.client.getImporterExternalStorage(), { status: 404, code: 16 });
    await expectStreamError(harness.client.validateImporterExternalStorage(), { status: 404, code: 16 });

    await harness.client.upsertImporterExternalStorage({
      type: 'aws_s3',
      aws_s3: { bucket: 'imports', region: 'eu-west-1', role_arn: 'arn:aws:iam::123456789012:role/stream-import' },
    });
    const first = await harness.client.getImporterExternalStorage();
    expect(first).toMatchObject({
      type: 'aws_s3',
      aws_s3: { bucket: 'imports', region: 'eu-west-1', role_arn: 'arn:aws:iam::123456789012:role/stream-import' },
    });
    expect(first.created_at).toBeInstanceOf(Instant);
    await harness.client.validateImporterExternalStorage();

    await harness.client.upsertImporterExternalStorage({
      type: 'aws_s3',
      aws_s3: { bucket: 'imports-2', region: 'eu-west-1', role_arn: 'not-an-arn', path_prefix: 'in/' },
    });
    const second = await harness.client.getImporterExternalStorage();
    expect(second.aws_s3).toMatchObject({ bucket: 'imports-2', path_prefix: 'in/' });
    expect(second.created_at.getTime()).toBe(first.created_at.getTime());
    await expectStreamError(harness.client.validateImporterExternalStorage(), {
      status: 400,
      code: 4,
      field: 'aws_s3.role_arn',
    });

    await harness.client.deleteImporterExternalStorage();
    await expectStreamError(harness.client.getImporterExternalStorage(), { status: 404, code: 16 });
    await expectStreamError(harness.client.deleteImporterExternalStorage(), { status: 404, code: 16 });
  });

  it('requires the block matching the type', async () => {
    await expectStreamError(harness.client.upsertImporterExternalStorage({ type: 'aws_s3' }), {
      status: 400,
      code: 4,
      field: 'aws_s3',
    });
    await expectStreamError(harness.client.upsertImporterExternalStorage({ type: 'gcs' }), {
      status: 400,
      code: 4,
      field: 'gcs',
    });
  });

  it('is server-side only', async () => {
    const answer = await harness.asUser('someone', 'listExternalStorage');
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe(17);
  });
});
