import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStreamError, seedUser, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  seedUser(harness.emulator, 'uploader');
  seedUser(harness.emulator, 'stranger');
});
afterAll(() => harness.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe('files', () => {
  it('stores the bytes, serves them back, and deletes them', async () => {
    const bytes = new TextEncoder().encode('hello, stream');
    const { file } = await harness.client.uploadFile({
      file: new Blob([bytes], { type: 'text/plain' }),
      fileName: 'hello world.txt',
      user: { id: 'uploader' },
    });
    expect(file).toBeDefined();
    expect(file!.startsWith(`${harness.emulator.url}/uploads/files/`)).toBe(true);
    const served = await fetch(file!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('text/plain');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);

    await harness.client.deleteFile({ url: file });
    expect((await fetch(file!)).status).toBe(404);
    await expectStreamError(harness.client.deleteFile({ url: file }), { status: 404, code: 16 });
  });

  it('needs a file and a url', async () => {
    const missingFile = await harness.asUser('uploader', 'uploadFile', {});
    expect(missingFile.status).toBe(400);
    expect(missingFile.body.code).toBe(4);
    expect(Object.keys(missingFile.body.exception_fields)).toEqual(['file']);
    await expectStreamError(harness.client.deleteFile({}), { status: 400, code: 4, field: 'url' });
  });

  it('lets users upload and delete their own files only', async () => {
    const upload = await harness.asUser('uploader', 'uploadFile', {
      file: new Blob(['mine'], { type: 'text/plain' }),
      fileName: 'mine.txt',
    });
    expect(upload.status).toBe(201);
    const url = upload.body.file as string;
    const foreign = await harness.asUser('stranger', 'deleteFile', { url });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe(17);
    const own = await harness.asUser('uploader', 'deleteFile', { url });
    expect(own.status).toBe(200);
    expect((await fetch(url)).status).toBe(404);
  });

  it('applies the app upload configuration', async () => {
    await harness.client.updateApp({ file_upload_config: { size_limit: 8, blocked_file_extensions: ['exe'] } });
    await expectStreamError(
      harness.client.uploadFile({ file: new Blob(['MZ'], { type: 'application/octet-stream' }), fileName: 'run.exe' }),
      { status: 400, code: 4, field: 'file' },
    );
    await expectStreamError(
      harness.client.uploadFile({ file: new Blob(['0123456789'], { type: 'text/plain' }), fileName: 'big.txt' }),
      { status: 413, code: 22 },
    );
    await harness.client.updateApp({ file_upload_config: { size_limit: 0 } });
  });
});

describe('images', () => {
  it('stores an image with a thumbnail url and the requested sizes', async () => {
    const answer = await harness.client.uploadImage({
      file: new Blob([PNG], { type: 'image/png' }),
      fileName: 'cat.png',
      upload_sizes: [{ width: 100, height: 100, resize: 'fill' }],
    });
    expect(answer.file!.startsWith(`${harness.emulator.url}/uploads/images/`)).toBe(true);
    expect(answer.thumb_url!.startsWith(answer.file!)).toBe(true);
    expect(answer.upload_sizes).toEqual([{ width: 100, height: 100, resize: 'fill', crop: 'center' }]);
    const served = await fetch(answer.thumb_url!);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);

    // An image is not a file: deleteFile does not find it.
    await expectStreamError(harness.client.deleteFile({ url: answer.file }), { status: 404, code: 16 });
    await harness.client.deleteImage({ url: answer.file });
    expect((await fetch(answer.file!)).status).toBe(404);
    await expectStreamError(harness.client.deleteImage({ url: answer.file }), { status: 404, code: 16 });
  });

  it('refuses what is not an image and bad sizes', async () => {
    await expectStreamError(
      harness.client.uploadImage({ file: new Blob(['text'], { type: 'text/plain' }), fileName: 'notes.txt' }),
      { status: 400, code: 4, field: 'file' },
    );
    await expectStreamError(
      harness.client.uploadImage({
        file: new Blob([PNG], { type: 'image/png' }),
        fileName: 'cat.png',
        upload_sizes: [{ width: -5 }],
      }),
      { status: 400, code: 4, field: 'upload_sizes.0.width' },
    );
  });
});
