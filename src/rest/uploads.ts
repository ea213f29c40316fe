import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { Response } from './wire/shared.js';
import { FileUploadResponse, ImageSize, ImageUploadResponse, OnlyUserID } from './wire/uploads.js';

export const deleteFile = defineOperation({
  name: 'deleteFile',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/uploads/file',
  status: 200,
  params: Type.Object({
    url: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const uploadFile = defineOperation({
  name: 'uploadFile',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/uploads/file',
  status: 201,
  params: Type.Object({}),
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
  idempotent: false,
  path: '/api/v2/uploads/image',
  status: 200,
  params: Type.Object({
    url: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const uploadImage = defineOperation({
  name: 'uploadImage',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/uploads/image',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    file: Type.Optional(Type.String()),
    upload_sizes: Type.Optional(Type.Array(ImageSize)),
    user: Type.Optional(OnlyUserID),
  }),
  multipart: true,
  response: ImageUploadResponse,
});
