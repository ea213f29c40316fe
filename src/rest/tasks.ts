import { defineOperation } from './operation.js';
import { GetTaskResponse } from './wire/tasks.js';

export const getTask = defineOperation({
  name: 'getTask',
  method: 'GET',
  path: '/api/v2/tasks/{id}',
  response: GetTaskResponse,
});
