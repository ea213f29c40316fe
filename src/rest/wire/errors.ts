import { Type, type Static } from '@sinclair/typebox';
import { Answer } from './shared.js';

/** Stream's error body (spec: APIError), the answer to every failed request. */
export const APIError = Answer({
  code: Type.Integer(),
  message: Type.String({ minLength: 1 }),
  StatusCode: Type.Integer(),
  more_info: Type.String(),
  details: Type.Array(Type.Integer()),
  exception_fields: Type.Optional(Type.Record(Type.String(), Type.String())),
  unrecoverable: Type.Optional(Type.Boolean()),
});
export type APIError = Static<typeof APIError>;
