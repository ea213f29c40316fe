import type { Caller } from '../../caller.js';
import { ImageSize } from '../../rest/wire/uploads.js';
import { toWire } from '../../rest/wire/toWire.js';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { DeleteUploadInput, UploadFileInput, UploadImageInput } from '../../schema/upload/inputs.js';
import { DeleteUploadPayloadRef, UploadFilePayloadRef, UploadImagePayloadRef } from '../../schema/upload/payloads.js';
import { actingUserId } from '../../graphql/actingUser.js';

/** Refuses a file above the gateway's upload limit before any of it goes upstream. */
function checkedFile(file: File, context: GraphQLContext): File {
  const limit = context.maxUploadBytes;
  if (limit !== undefined && file.size > limit) {
    throw badUserInput(`the file is ${file.size} bytes; this gateway accepts at most ${limit}`, {
      file: `larger than ${limit} bytes`,
    });
  }
  return file;
}

/** The uploading user as Stream takes it: user callers upload as themselves. */
function uploader(caller: Caller, userId: string | number | null | undefined): { id: string } | undefined {
  const id = actingUserId(caller, userId);
  return id ? { id } : undefined;
}

builder.mutationField('uploadFile', (t) =>
  t.field({
    type: UploadFilePayloadRef,
    description: 'Stores a file at Stream (uploadFile); send it with the GraphQL multipart request specification.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UploadFileInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.stream.uploadFile({
        file: checkedFile(input.file, context),
        user: uploader(context.caller, input.userId),
      }),
  }),
);

builder.mutationField('uploadImage', (t) =>
  t.field({
    type: UploadImagePayloadRef,
    description: 'Stores an image at Stream, with resized copies (uploadImage); send it as a multipart request.',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UploadImageInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.stream.uploadImage({
        file: checkedFile(input.file, context),
        user: uploader(context.caller, input.userId),
        upload_sizes: input.uploadSizes?.map((size) => toWire(ImageSize, size)),
      }),
  }),
);

builder.mutationField('deleteFile', (t) =>
  t.field({
    type: DeleteUploadPayloadRef,
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
    type: DeleteUploadPayloadRef,
    description: 'Removes an uploaded image and its resized copies (deleteImage).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: DeleteUploadInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.deleteImage({ url: input.url });
      return { url: input.url };
    },
  }),
);
