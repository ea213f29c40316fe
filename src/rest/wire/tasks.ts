import { Type, type StaticDecode } from '@sinclair/typebox';
import { JsonObject } from './primitives.js';
import { Response, Timestamps } from './shared.js';

export const ErrorResult = Type.Object({
  description: Type.String(),
  stacktrace: Type.Optional(Type.String()),
  type: Type.String(),
  version: Type.Optional(Type.String()),
});
export type ErrorResult = StaticDecode<typeof ErrorResult>;

/** The states Stream reports a task in (its `status` stays a string: Stream may add states). */
export const TASK_STATUSES = ['waiting', 'pending', 'running', 'completed', 'failed'] as const;

export const GetTaskResponse = Type.Composite([
  Response,
  Timestamps,
  Type.Object({
    error: Type.Optional(ErrorResult),
    result: Type.Optional(JsonObject),
    status: Type.String(),
    task_id: Type.String(),
  }),
]);
export type GetTaskResponse = StaticDecode<typeof GetTaskResponse>;
