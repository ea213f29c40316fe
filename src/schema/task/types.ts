import { TASK_STATUSES, type ErrorResult, type GetTaskResponse } from '../../rest/wire/tasks.js';
import { builder } from '../../graphql/builder.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';

export const TaskStatus = openEnumFromWire('TaskStatus', TASK_STATUSES, {
  description: 'Where an asynchronous task is.',
  values: {
    waiting: 'Queued, not picked up yet.',
    pending: 'Accepted, about to run.',
    running: 'Running.',
    completed: 'Done; its result is there.',
    failed: 'Stopped by an error; its error says why.',
  },
});

export const TaskErrorRef = builder.objectRef<ErrorResult>('TaskError').implement({
  description: 'Why an asynchronous task failed.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'The kind of failure.' }),
    description: t.exposeString('description', { nullable: true, description: 'What went wrong, in words.' }),
    stacktrace: t.exposeString('stacktrace', {
      nullable: true,
      description: "Stream's trace of the failure, when given.",
    }),
    version: t.exposeString('version', { nullable: true, description: 'The task runner version that failed.' }),
  }),
});

export const TaskRef = builder.objectRef<GetTaskResponse>('Task').implement({
  description: 'An asynchronous job at Stream (exports, deletions, imports...). Fetch it again by id to follow it.',
  fields: (t) => ({
    id: t.exposeID('task_id', { description: 'The task id, as returned by the mutation that started it.' }),
    ...openEnumFields(t, TaskStatus, 'status', { description: 'Where the task is.', wire: (task) => task.status }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the task was queued.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the task last changed state.' }),
    result: t.expose('result', {
      type: 'JSONObject',
      nullable: true,
      description: 'What the task produced, once completed.',
    }),
    error: t.field({
      type: TaskErrorRef,
      nullable: true,
      resolve: (task) => task.error,
      description: 'Why it failed, if it did.',
    }),
  }),
});
