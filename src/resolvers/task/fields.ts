import { serverQueryById } from '../../graphql/serverQuery.js';
import { TaskRef } from '../../schema/task/types.js';

serverQueryById('task', {
  type: TaskRef,
  description:
    'An asynchronous task by id (getTask): poll it until its status is completed or failed; null when there is none.',
  idDescription: 'The task id a mutation returned.',
  read: (stream, id) => stream.getTask({ id }),
});
