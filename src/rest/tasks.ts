import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { GetTaskResponse } from './wire/tasks.js';

export const getTask = defineOperation({
  name: 'getTask',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/tasks/{id}',
  status: 200,
  params: Type.Object({
    id: Type.String(),
  }),
  response: GetTaskResponse,
});
