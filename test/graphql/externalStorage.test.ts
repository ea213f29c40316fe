import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { schema } from '../../src/executableSchema.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateExternalStorageInput!) {
    createExternalStorage(input: $input) {
      name
    }
  }
`;

it('createExternalStorage sends the credentials; externalStorages lists storages without them', async () => {
  const created: any = await gateway.query(CREATE, {
    input: {
      name: 'exports',
      storageType: 'S3',
      bucket: 'acme-exports',
      path: 'stream',
      awsS3: { s3Region: 'eu-west-1', s3ApiKey: 'AKIA-KEY', s3Secret: 'aws-secret' },
    },
  });
  expect(created.data).toEqual({ createExternalStorage: { name: 'exports' } });
  const sent = gateway.emulator.log.filter((e) => e.operation === 'createExternalStorage').at(-1)!.body;
  expect(sent).toEqual({
    name: 'exports',
    storage_type: 's3',
    bucket: 'acme-exports',
    path: 'stream',
    aws_s3: { s3_region: 'eu-west-1', s3_api_key: 'AKIA-KEY', s3_secret: 'aws-secret' },
  });

  await gateway.query(CREATE, {
    input: {
      name: 'archive',
      storageType: 'ABS',
      bucket: 'container',
      azureBlob: {
        absAccountName: 'acct',
        absClientId: 'client',
        absClientSecret: 'azure-secret',
        absTenantId: 'tenant',
      },
    },
  });
  const listed: any = await gateway.query('{ externalStorages { name type bucket path } }');
  expect(listed.data.externalStorages).toEqual([
    { name: 'archive', type: 'ABS', bucket: 'container', path: '' },
    { name: 'exports', type: 'S3', bucket: 'acme-exports', path: 'stream' },
  ]);
  expect(JSON.stringify(listed)).not.toContain('secret');
});

it('a storage missing the credentials its type needs is a userError naming them', async () => {
  const result = await gateway.queryData(
    'mutation($input: CreateExternalStorageInput!) { createExternalStorage(input: $input) { name userErrors { field code } } }',
    { input: { name: 'gcs-store', storageType: 'GCS', bucket: 'b' } },
  );
  expect(result.createExternalStorage).toEqual({
    name: null,
    userErrors: [{ field: ['input', 'gcsCredentials'], code: 'INVALID_INPUT' }],
  });
});

it('updateExternalStorage answers the storage as changed', async () => {
  const result: any = await gateway.query(
    `mutation($input: UpdateExternalStorageInput!) { updateExternalStorage(input: $input) {
      externalStorage { name type bucket path }
    } }`,
    { input: { name: 'exports', storageType: 'S3', bucket: 'acme-exports-2', awsS3: { s3Region: 'us-east-1' } } },
  );
  expect(result.data.updateExternalStorage.externalStorage).toEqual({
    name: 'exports',
    type: 'S3',
    bucket: 'acme-exports-2',
    path: '',
  });
});

it('checkExternalStorage (a mutation) has Stream write a test file, served at the URL it answers', async () => {
  const result: any = await gateway.query(
    'mutation($input: ExternalStorageNameInput!) { checkExternalStorage(input: $input) { fileUrl } }',
    { input: { name: 'exports' } },
  );
  expect(result.errors).toBeUndefined();
  const response = await fetch(result.data.checkExternalStorage.fileUrl);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('acme-exports-2');
});

it('deleteExternalStorage removes it; checking it afterwards is a NOT_FOUND userError', async () => {
  const deleted: any = await gateway.query(
    'mutation($input: ExternalStorageNameInput!) { deleteExternalStorage(input: $input) { deletedName } }',
    { input: { name: 'archive' } },
  );
  expect(deleted.data).toEqual({ deleteExternalStorage: { deletedName: 'archive' } });
  const check = await gateway.queryData(
    'mutation { checkExternalStorage(input: { name: "archive" }) { fileUrl userErrors { code } } }',
  );
  expect(check.checkExternalStorage).toEqual({ fileUrl: null, userErrors: [{ code: 'NOT_FOUND' }] });
  const listed: any = await gateway.query('{ externalStorages { name } }');
  expect(listed.data.externalStorages).toEqual([{ name: 'exports' }]);
});

const IMPORTER = /* GraphQL */ `
  {
    importerExternalStorage {
      type
      createdAt
      updatedAt
      awsS3 {
        bucket
        region
        roleArn
        pathPrefix
      }
    }
  }
`;

it('the importer storage: null until set; upsert, validate, delete; null again after delete', async () => {
  expect((await gateway.query(IMPORTER)).data).toEqual({ importerExternalStorage: null });

  const saved: any = await gateway.query(
    `mutation($input: UpsertImporterExternalStorageInput!) { upsertImporterExternalStorage(input: $input) {
      importerExternalStorage { type awsS3 { bucket region roleArn pathPrefix } }
    } }`,
    {
      input: {
        type: 'AWS_S3',
        awsS3: {
          bucket: 'imports',
          region: 'eu-west-1',
          roleArn: 'arn:aws:iam::123456789012:role/stream-import',
          pathPrefix: 'in',
        },
      },
    },
  );
  expect(saved.errors).toBeUndefined();
  expect(saved.data.upsertImporterExternalStorage.importerExternalStorage).toEqual({
    type: 'AWS_S3',
    awsS3: {
      bucket: 'imports',
      region: 'eu-west-1',
      roleArn: 'arn:aws:iam::123456789012:role/stream-import',
      pathPrefix: 'in',
    },
  });
  const read: any = await gateway.query(IMPORTER);
  expect(Date.parse(read.data.importerExternalStorage.createdAt)).not.toBeNaN();

  const valid: any = await gateway.query('mutation { validateImporterExternalStorage { valid } }');
  expect(valid.data).toEqual({ validateImporterExternalStorage: { valid: true } });

  const deleted: any = await gateway.query('mutation { deleteImporterExternalStorage { deleted } }');
  expect(deleted.data).toEqual({ deleteImporterExternalStorage: { deleted: true } });
  expect((await gateway.query(IMPORTER)).data).toEqual({ importerExternalStorage: null });
  const again = await gateway.queryData('mutation { deleteImporterExternalStorage { deleted userErrors { code } } }');
  expect(again.deleteImporterExternalStorage).toEqual({ deleted: null, userErrors: [{ code: 'NOT_FOUND' }] });
});

it('a GCS importer storage: the key is sent, and only whether Stream holds one is read back', async () => {
  const saved: any = await gateway.query(
    `mutation($input: UpsertImporterExternalStorageInput!) { upsertImporterExternalStorage(input: $input) {
      importerExternalStorage { type awsS3 { bucket } gcs { bucket credentialsSet pathPrefix } }
    } }`,
    {
      input: {
        type: 'GCS',
        gcs: { bucket: 'gcs-imports', credentials: '{"type":"service_account"}', pathPrefix: 'chat/' },
      },
    },
  );
  expect(saved.errors).toBeUndefined();
  expect(saved.data.upsertImporterExternalStorage.importerExternalStorage).toEqual({
    type: 'GCS',
    awsS3: null,
    gcs: { bucket: 'gcs-imports', credentialsSet: true, pathPrefix: 'chat/' },
  });
  const sent = gateway.emulator.log.filter((e) => e.operation === 'upsertImporterExternalStorage').at(-1)!.body;
  expect(sent).toEqual({
    type: 'gcs',
    gcs: { bucket: 'gcs-imports', credentials: '{"type":"service_account"}', path_prefix: 'chat/' },
  });
  // Nothing in the graph can read the key back.
  const importerFields = Object.keys((schema.getType('ImporterGcsStorage') as GraphQLObjectType).getFields());
  expect(importerFields.sort()).toEqual(['bucket', 'credentialsSet', 'pathPrefix']);
  await gateway.query('mutation { deleteImporterExternalStorage { deleted } }');
});

it('validating a storage Stream cannot use is a userError naming the stored field in its message', async () => {
  await gateway.client.upsertImporterExternalStorage({
    type: 'aws_s3',
    aws_s3: { bucket: 'imports', region: 'nowhere', role_arn: 'arn:aws:iam::123456789012:role/stream-import' },
  });
  const result = await gateway.queryData(
    'mutation { validateImporterExternalStorage { valid userErrors { field message code } } }',
  );
  // No input names the stored setting at fault, so no path does; the message does.
  expect(result.validateImporterExternalStorage).toEqual({
    valid: null,
    userErrors: [{ field: null, message: expect.stringMatching(/^aws_s3\.region: /), code: 'INVALID_INPUT' }],
  });
});

it('user callers are FORBIDDEN on external storage fields', async () => {
  const token = await gateway.userToken('someone');
  const before = gateway.emulator.log.length;
  for (const query of [
    '{ externalStorages { name } }',
    IMPORTER,
    'mutation { validateImporterExternalStorage { valid } }',
  ]) {
    const result = await gateway.query(query, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  expect(gateway.emulator.log.length).toBe(before);
});
