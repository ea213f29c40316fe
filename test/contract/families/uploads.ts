import { upsertUsersStep, type Family } from './family.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

export const uploadFamily: Family = {
  name: 'uploads',
  steps: [
    upsertUsersStep('uploader'),
    {
      // The official SDK form-encodes `user` with JSON.stringify, so it must be given one.
      operation: 'uploadFile',
      input: () => ({
        file: new File([new TextEncoder().encode('hello, stream')], 'hello.txt', { type: 'text/plain' }),
        user: { id: 'uploader' },
      }),
      keep: (answer, context) => (context.fileUrl = answer.file),
    },
    { operation: 'deleteFile', input: (context) => ({ url: context.fileUrl }) },
    { operation: 'deleteFile', input: (context) => ({ url: context.fileUrl }), failsWith: 16 },
    {
      operation: 'uploadImage',
      input: () => ({
        file: new File([PNG], 'cat.png', { type: 'image/png' }),
        user: { id: 'uploader' },
        upload_sizes: [{ width: 100, height: 100, resize: 'fill', crop: 'center' }],
      }),
      keep: (answer, context) => (context.imageUrl = answer.file),
    },
    { operation: 'deleteImage', input: (context) => ({ url: context.imageUrl }) },
    { operation: 'deleteImage', input: (context) => ({ url: context.imageUrl }), failsWith: 16 },
  ],
};
