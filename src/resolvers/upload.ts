import { builder } from '../schema/builder.js';

const DeleteUploadInput = builder.inputType('DeleteUploadInput', {
  description: 'Which uploaded file or image to remove.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The URL the upload answered with.' }),
  }),
});

const DeleteUploadPayload = builder.objectRef<{ url: string }>('DeleteUploadPayload').implement({
  description: 'What deleteFile or deleteImage removed.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The URL of the removed upload; it no longer serves anything.' }),
  }),
});

builder.mutationField('deleteFile', (t) =>
  t.field({
    type: DeleteUploadPayload,
    description: 'Removes an uploaded file (deleteFile).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: DeleteUploadInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.deleteFile({ url: input.url });
      return { url: input.url };
    },
  }),
);

builder.mutationField('deleteImage', (t) =>
  t.field({
    type: DeleteUploadPayload,
    description: 'Removes an uploaded image and its resized copies (deleteImage).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: DeleteUploadInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.deleteImage({ url: input.url });
      return { url: input.url };
    },
  }),
);
