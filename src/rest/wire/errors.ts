import { Type, type Static } from '@sinclair/typebox';

/** Stream's error body (spec: APIError), the answer to every failed request. */
export const APIError = Type.Object({
  code: Type.Integer(),
  message: Type.String({ minLength: 1 }),
  StatusCode: Type.Integer(),
  duration: Type.String(),
  more_info: Type.String(),
  details: Type.Array(Type.Integer()),
  exception_fields: Type.Optional(Type.Record(Type.String(), Type.String())),
  unrecoverable: Type.Optional(Type.Boolean()),
});
export type APIError = Static<typeof APIError>;
