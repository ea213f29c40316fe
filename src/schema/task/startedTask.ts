import { TaskStartedResponse } from '../../rest/wire/shared.js';
import type { ObjectFields } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { TaskRef } from './types.js';

/** What a payload that started an asynchronous task carries of it. */
type StartedTask = Pick<TaskStartedResponse, 'task_id'>;

/**
 * The two fields of a payload that started a task: `taskId`, and `task`, read from Stream only
 * when selected. Spread into the payload's fields with its own descriptions.
 */
export function startedTaskFields<Parent extends StartedTask>(
  t: ObjectFields<Parent>,
  docs: { taskId: string; task: string },
) {
  return {
    ...wireFields(t as ObjectFields<StartedTask>, TaskStartedResponse, {
      taskId: { description: docs.taskId, type: 'ID' },
    }),
    task: t.field({
      type: TaskRef,
      nullable: true,
      description: docs.task,
      resolve: (started, _args, { stream }) => stream.getTask({ id: started.task_id }),
    }),
  };
}
