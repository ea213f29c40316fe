import { builder } from '../../graphql/builder.js';

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

export const DeleteUploadInput = builder.inputType('DeleteUploadInput', {
  description: 'Which uploaded file or image to remove.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The URL the upload answered with.' }),
  }),
});
