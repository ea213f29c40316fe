import type { FileUploadResponse, ImageSize, ImageUploadResponse } from '../../rest/wire/uploads.js';
import { builder } from '../../graphql/builder.js';

export const ImageSizeRef = builder.objectRef<ImageSize>('ImageSize').implement({
  description: 'A resized copy Stream makes of an uploaded image.',
  fields: (t) => ({
    width: t.exposeInt('width', { nullable: true, description: 'Width in pixels.' }),
    height: t.exposeInt('height', { nullable: true, description: 'Height in pixels.' }),
    resize: t.exposeString('resize', { nullable: true, description: 'How it is resized: clip, crop, scale or fill.' }),
    crop: t.exposeString('crop', {
      nullable: true,
      description: 'Which part is kept when cropping: top, bottom, left, right or center.',
    }),
  }),
});

export const ImageSizeInput = builder.inputType('ImageSizeInput', {
  description: 'A resized copy to make of an uploaded image.',
  fields: (t) => ({
    width: t.int({ description: 'Width in pixels.' }),
    height: t.int({ description: 'Height in pixels.' }),
    resize: t.string({ description: 'clip, crop, scale or fill.' }),
    crop: t.string({ description: 'top, bottom, left, right or center.' }),
  }),
});

export const UploadFileInput = builder.inputType('UploadFileInput', {
  description: 'A file to store at Stream, sent as a part of a GraphQL multipart request.',
  fields: (t) => ({
    file: t.field({ type: 'Upload', required: true, description: 'The file.' }),
    userId: t.id({ description: 'The user uploading; user callers may only name themselves (and default to it).' }),
  }),
});

export const UploadImageInput = builder.inputType('UploadImageInput', {
  description: 'An image to store at Stream, sent as a part of a GraphQL multipart request.',
  fields: (t) => ({
    file: t.field({ type: 'Upload', required: true, description: 'The image.' }),
    uploadSizes: t.field({ type: [ImageSizeInput], description: 'Resized copies to make.' }),
    userId: t.id({ description: 'The user uploading; user callers may only name themselves (and default to it).' }),
  }),
});

export const UploadFilePayloadRef = builder.objectRef<FileUploadResponse>('UploadFilePayload').implement({
  description: 'Where the uploaded file is served.',
  fields: (t) => ({
    file: t.exposeString('file', { nullable: true, description: 'The URL of the stored file.' }),
    thumbUrl: t.exposeString('thumb_url', { nullable: true, description: 'A thumbnail URL, for files that have one.' }),
  }),
});

export const UploadImagePayloadRef = builder.objectRef<ImageUploadResponse>('UploadImagePayload').implement({
  description: 'Where the uploaded image and its copies are served.',
  fields: (t) => ({
    file: t.exposeString('file', { nullable: true, description: 'The URL of the stored image.' }),
    thumbUrl: t.exposeString('thumb_url', { nullable: true, description: 'A thumbnail URL.' }),
    uploadSizes: t.expose('upload_sizes', {
      type: [ImageSizeRef],
      nullable: true,
      description: 'The resized copies made.',
    }),
  }),
});

export const DeleteUploadInput = builder.inputType('DeleteUploadInput', {
  description: 'Which uploaded file or image to remove.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The URL the upload answered with.' }),
  }),
});

export const DeleteUploadPayloadRef = builder.objectRef<{ url: string }>('DeleteUploadPayload').implement({
  description: 'What deleteFile or deleteImage removed.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The URL of the removed upload; it no longer serves anything.' }),
  }),
});
