import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type GraphQLResult, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({}, { maxUploadBytes: 64 * 1024 });
  await gateway.client.updateUsers({ users: { uploader: { id: 'uploader' }, other: { id: 'other' } } });
});
afterAll(() => gateway.close());

const UPLOAD_FILE = /* GraphQL */ `
  mutation Upload($input: UploadFileInput!) {
    uploadFile(input: $input) {
      file
      thumbUrl
    }
  }
`;

const UPLOAD_IMAGE = /* GraphQL */ `
  mutation Upload($input: UploadImageInput!) {
    uploadImage(input: $input) {
      file
      thumbUrl
      uploadSizes {
        width
        height
        resize
        crop
      }
    }
  }
`;

/** A GraphQL multipart request (the spec's operations + map + file parts) over real HTTP. */
async function upload(
  query: string,
  input: Record<string, unknown>,
  file: Blob,
  fileName: string,
  token = gateway.serverToken,
): Promise<GraphQLResult> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { input: { ...input, file: null } } }));
  form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.set('0', file, fileName);
  return gateway.throughGraphQL(async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-graphql-csrf': '1' },
      body: form,
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResult, 'status'>) };
  }, query);
}

function bytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);
}

it('uploadFile streams a multipart file to Stream; the returned URL serves the same bytes', async () => {
  const content = bytes(5000, 7);
  const counted = await gateway.countUpstream(async () => {
    const result = await upload(
      UPLOAD_FILE,
      { userId: 'uploader' },
      new Blob([content], { type: 'application/pdf' }),
      'report.pdf',
    );
    expect(result.errors).toBeUndefined();
    const url = result.data.uploadFile.file as string;
    expect(url).toMatch(/report\.pdf$/);
    const served = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(served).toEqual(content);
  });
  expect(counted.byOperation.uploadFile).toBe(1);
  const entry = gateway.emulator.log.filter((e) => e.operation === 'uploadFile').at(-1)!;
  expect(entry.caller).toBe('server');
  expect(entry.body).toMatchObject({ file: { name: 'report.pdf', size: 5000 }, user: { id: 'uploader' } });
});

it('uploadImage passes the sizes and answers the resized copies; a user caller uploads as themselves', async () => {
  const png = new Blob([bytes(1200, 3)], { type: 'image/png' });
  const token = await gateway.userToken('uploader');
  const result = await upload(
    UPLOAD_IMAGE,
    { uploadSizes: [{ width: 100, height: 50, resize: 'crop', crop: 'top' }] },
    png,
    'photo.png',
    token,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data.uploadImage.uploadSizes).toEqual([{ width: 100, height: 50, resize: 'crop', crop: 'top' }]);
  expect(result.data.uploadImage.thumbUrl).toContain(result.data.uploadImage.file);
  const served = new Uint8Array(await (await fetch(result.data.uploadImage.file)).arrayBuffer());
  expect(served).toEqual(bytes(1200, 3));

  // The uploader (the caller) may delete it; the URL serves nothing afterwards.
  const removed = await gateway.query(
    'mutation($input: DeleteUploadInput!) { deleteImage(input: $input) { deletedUrl } }',
    { input: { url: result.data.uploadImage.file } },
    token,
  );
  expect(removed.data).toEqual({ deleteImage: { deletedUrl: result.data.uploadImage.file } });
  expect((await fetch(result.data.uploadImage.file)).status).toBe(404);
});

it('a user caller uploading as someone else is FORBIDDEN before any upstream call', async () => {
  const token = await gateway.userToken('uploader');
  const before = gateway.emulator.log.length;
  const result = await upload(UPLOAD_FILE, { userId: 'other' }, new Blob(['x']), 'x.txt', token);
  expect(result.data).toEqual({ uploadFile: null });
  expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(gateway.emulator.log.length).toBe(before);
});

it('a file above the gateway upload limit is BAD_USER_INPUT naming the file, without an upstream call', async () => {
  const before = gateway.emulator.log.length;
  const result = await upload(UPLOAD_FILE, {}, new Blob([bytes(70 * 1024, 1)]), 'big.bin');
  expect(result.data).toEqual({ uploadFile: null });
  expect(result.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: { file: expect.any(String) },
  });
  expect(gateway.emulator.log.length).toBe(before);
});

it('a non-image sent to uploadImage is refused by Stream: a userError naming the file', async () => {
  const document = `mutation Upload($input: UploadImageInput!) {
    uploadImage(input: $input) { file userErrors { field code } }
  }`;
  const result = await upload(document, {}, new Blob(['plain text'], { type: 'text/plain' }), 'notes.txt');
  expect(result.errors).toBeUndefined();
  expect(result.data.uploadImage).toEqual({
    file: null,
    userErrors: [{ field: ['input', 'file'], code: 'INVALID_INPUT' }],
  });
});

it('deleteFile removes an uploaded file; deleting it again is a NOT_FOUND userError', async () => {
  const uploaded = await upload(UPLOAD_FILE, {}, new Blob(['hello']), 'hello.txt');
  const url = uploaded.data.uploadFile.file as string;
  const mutation =
    'mutation($input: DeleteUploadInput!) { deleteFile(input: $input) { deletedUrl userErrors { code } } }';
  expect((await gateway.query(mutation, { input: { url } })).data).toEqual({
    deleteFile: { deletedUrl: url, userErrors: [] },
  });
  const again = await gateway.queryData(mutation, { input: { url } });
  expect(again.deleteFile).toEqual({ deletedUrl: null, userErrors: [{ code: 'NOT_FOUND' }] });
});
