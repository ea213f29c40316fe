import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { Response } from './wire/shared.js';
import { FileUploadResponse, ImageSize, ImageUploadResponse, OnlyUserID } from './wire/uploads.js';

export const deleteFile = defineOperation({
  name: 'deleteFile',
  method: 'DELETE',
  path: '/api/v2/uploads/file',
  query: Type.Object({
    url: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const uploadFile = defineOperation({
  name: 'uploadFile',
  method: 'POST',
  path: '/api/v2/uploads/file',
  body: Type.Object({
    file: Type.Optional(Type.String()),
    user: Type.Optional(OnlyUserID),
  }),
  multipart: true,
  response: FileUploadResponse,
});

export const deleteImage = defineOperation({
  name: 'deleteImage',
  method: 'DELETE',
  path: '/api/v2/uploads/image',
  query: Type.Object({
    url: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const uploadImage = defineOperation({
  name: 'uploadImage',
  method: 'POST',
  path: '/api/v2/uploads/image',
  body: Type.Object({
    file: Type.Optional(Type.String()),
    upload_sizes: Type.Optional(Type.Array(ImageSize)),
    user: Type.Optional(OnlyUserID),
  }),
  multipart: true,
  response: ImageUploadResponse,
});
