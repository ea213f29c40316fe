import { FileUploadResponse, ImageUploadResponse } from '../../rest/wire/uploads.js';
import { wireFields } from '../../graphql/wireFields.js';
import { payloadType } from '../../graphql/mutationPayload.js';
import { ImageSizeRef } from './types.js';

export const UploadFilePayloadRef = payloadType<FileUploadResponse>('UploadFilePayload', {
  description: 'Where the uploaded file is served.',
  fields: (t) => ({
    ...wireFields(t, FileUploadResponse, {
      file: 'The URL of the stored file.',
      thumbUrl: 'A thumbnail URL, for files that have one.',
    }),
  }),
});

export const UploadImagePayloadRef = payloadType<ImageUploadResponse>('UploadImagePayload', {
  description: 'Where the uploaded image and its copies are served.',
  fields: (t) => ({
    ...wireFields(t, ImageUploadResponse, {
      file: 'The URL of the stored image.',
      thumbUrl: 'A thumbnail URL.',
    }),
    uploadSizes: t.expose('upload_sizes', {
      type: [ImageSizeRef],
      nullable: true,
      description: 'The resized copies made.',
    }),
  }),
});

export const DeleteUploadPayloadRef = payloadType<{ url: string }>('DeleteUploadPayload', {
  description: 'What deleteFile or deleteImage removed.',
  fields: (t) => ({
    deletedUrl: t.exposeString('url', { description: 'The URL of the removed upload; it no longer serves anything.' }),
  }),
});
