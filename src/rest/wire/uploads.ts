import { Type, type StaticDecode } from '@sinclair/typebox';
import { Answer } from './shared.js';

export const FileUploadResponse = Answer({
  file: Type.Optional(Type.String()),
  thumb_url: Type.Optional(Type.String()),
});
export type FileUploadResponse = StaticDecode<typeof FileUploadResponse>;

export const ImageSize = Type.Object({
  crop: Type.Optional(Type.String()),
  height: Type.Optional(Type.Integer()),
  resize: Type.Optional(Type.String()),
  width: Type.Optional(Type.Integer()),
});
export type ImageSize = StaticDecode<typeof ImageSize>;

export const ImageUploadResponse = Answer({
  file: Type.Optional(Type.String()),
  thumb_url: Type.Optional(Type.String()),
  upload_sizes: Type.Optional(Type.Array(ImageSize)),
});
export type ImageUploadResponse = StaticDecode<typeof ImageUploadResponse>;

export const OnlyUserID = Type.Object({
  id: Type.String(),
});
export type OnlyUserID = StaticDecode<typeof OnlyUserID>;
