import { builder } from '../../graphql/builder.js';
import { TaskRef } from '../../schema/task/types.js';

builder.queryField('task', (t) =>
  t.field({
    type: TaskRef,
    description: 'An asynchronous task by id (getTask): poll it until its status is completed or failed.',
    authScopes: { server: true },
    args: { id: t.arg.id({ required: true, description: 'The task id a mutation returned.' }) },
    resolve: (_root, { id }, { stream }) => stream.getTask({ id: String(id) }),
  }),
);
