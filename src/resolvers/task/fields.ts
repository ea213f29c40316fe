import { builder } from '../../graphql/builder.js';
import { nullWhenNotFound } from '../../graphql/byId.js';
import { TaskRef } from '../../schema/task/types.js';

builder.queryField('task', (t) =>
  t.field({
    type: TaskRef,
    nullable: true,
    description:
      'An asynchronous task by id (getTask): poll it until its status is completed or failed; null when there is none.',
    authScopes: { server: true },
    args: { id: t.arg.id({ required: true, description: 'The task id a mutation returned.' }) },
    resolve: (_root, { id }, { stream }) => nullWhenNotFound(stream.getTask({ id: String(id) })),
  }),
);
