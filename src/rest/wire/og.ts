import { Type, type StaticDecode } from '@sinclair/typebox';
import { JsonObject } from './primitives.js';
import { Answer } from './shared.js';

/** What getOG answers: the Open Graph preview of a URL, in Stream's attachment form. */
export const Action = Type.Object({
  name: Type.String(),
  style: Type.Optional(Type.String()),
  text: Type.String(),
  type: Type.String(),
  value: Type.Optional(Type.String()),
});
export type Action = StaticDecode<typeof Action>;

export const Field = Type.Object({
  short: Type.Boolean(),
  title: Type.String(),
  value: Type.String(),
});
export type Field = StaticDecode<typeof Field>;

export const ImageData = Type.Object({
  frames: Type.String(),
  height: Type.String(),
  size: Type.String(),
  url: Type.String(),
  width: Type.String(),
});
export type ImageData = StaticDecode<typeof ImageData>;

export const Images = Type.Object({
  fixed_height: ImageData,
  fixed_height_downsampled: ImageData,
  fixed_height_still: ImageData,
  fixed_width: ImageData,
  fixed_width_downsampled: ImageData,
  fixed_width_still: ImageData,
  original: ImageData,
});
export type Images = StaticDecode<typeof Images>;

export const GetOGResponse = Answer({
  actions: Type.Optional(Type.Array(Action)),
  asset_url: Type.Optional(Type.String()),
  author_icon: Type.Optional(Type.String()),
  author_link: Type.Optional(Type.String()),
  author_name: Type.Optional(Type.String()),
  color: Type.Optional(Type.String()),
  custom: JsonObject,
  fallback: Type.Optional(Type.String()),
  fields: Type.Optional(Type.Array(Field)),
  footer: Type.Optional(Type.String()),
  footer_icon: Type.Optional(Type.String()),
  giphy: Type.Optional(Images),
  image_url: Type.Optional(Type.String()),
  og_scrape_url: Type.Optional(Type.String()),
  original_height: Type.Optional(Type.Integer()),
  original_width: Type.Optional(Type.Integer()),
  pretext: Type.Optional(Type.String()),
  text: Type.Optional(Type.String()),
  thumb_url: Type.Optional(Type.String()),
  title: Type.Optional(Type.String()),
  title_link: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
});
export type GetOGResponse = StaticDecode<typeof GetOGResponse>;
