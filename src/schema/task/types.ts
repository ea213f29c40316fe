import { TASK_STATUSES, ErrorResult, GetTaskResponse } from '../../rest/wire/tasks.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
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
    ...wireFields(t, ErrorResult, {
      type: 'The kind of failure.',
      description: { description: 'What went wrong, in words.', nullable: true },
      stacktrace: "Stream's trace of the failure, when given.",
      version: 'The task runner version that failed.',
    }),
  }),
});

export const TaskRef = builder.objectRef<GetTaskResponse>('Task').implement({
  description: 'An asynchronous job at Stream (exports, deletions, imports...). Fetch it again by id to follow it.',
  fields: (t) => ({
    id: t.exposeID('task_id', { description: 'The task id, as returned by the mutation that started it.' }),
    ...openEnumFields(t, TaskStatus, 'status', { description: 'Where the task is.' }),
    ...wireFields(t, GetTaskResponse, {
      createdAt: 'When the task was queued.',
      updatedAt: 'When the task last changed state.',
      result: 'What the task produced, once completed.',
    }),
    error: t.field({
      type: TaskErrorRef,
      nullable: true,
      resolve: (task) => task.error,
      description: 'Why it failed, if it did.',
    }),
  }),
});
