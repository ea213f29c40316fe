import { deactivateUsers, deleteUsers, reactivateUsers } from '../../rest/users.js';
import { toWireInput } from '../../rest/wireInput.js';
import { builder } from '../../graphql/builder.js';
import { nullWhenNotFound } from '../../graphql/byId.js';
import { badUserInput } from '../../graphql/errors.js';
import { UserExportRef } from '../../schema/user/types.js';
import {
  DeactivateUserInput,
  DeactivateUsersInput,
  ReactivateUserInput,
  ReactivateUsersInput,
  DeleteUsersInput,
  RestoreUsersInput,
  ExportUsersInput,
} from '../../schema/user/inputs.js';
import {
  DeactivateUserPayload,
  DeactivateUsersPayload,
  ReactivateUserPayload,
  ReactivateUsersPayload,
  DeleteUsersPayload,
  RestoreUsersPayload,
  ExportUsersPayload,
} from '../../schema/user/payloads.js';
import { streamMutation } from '../../graphql/streamMutation.js';

/** Stream's limits on how many users one lifecycle call names. */
const MAX_USERS_PER_CHANGE = 100;
const MAX_USERS_PER_EXPORT = 25;

function checkUserIds(ids: readonly (string | number)[], max: number): string[] {
  if (ids.length < 1 || ids.length > max) {
    throw badUserInput(`name between 1 and ${max} users`, { 'input.userIds': `must hold between 1 and ${max} ids` });
  }
  return ids.map(String);
}

streamMutation('deactivateUser', {
  type: DeactivateUserPayload,
  description: 'Deactivates one user at once: they can no longer connect until reactivated (deactivateUser).',
  input: DeactivateUserInput,
});

builder.mutationField('deactivateUsers', (t) =>
  t.field({
    type: DeactivateUsersPayload,
    description: 'Deactivates many users in the background (deactivateUsers); the task reports when it is done.',
    authScopes: { server: true },
    args: { input: t.arg({ type: DeactivateUsersInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      const userIds = checkUserIds(input.userIds, MAX_USERS_PER_CHANGE);
      const { task_id } = await stream.deactivateUsers(toWireInput(deactivateUsers, { ...input, userIds }));
      return { task_id, user_ids: userIds };
    },
  }),
);

streamMutation('reactivateUser', {
  type: ReactivateUserPayload,
  description: 'Reactivates one deactivated user at once (reactivateUser).',
  input: ReactivateUserInput,
});

builder.mutationField('reactivateUsers', (t) =>
  t.field({
    type: ReactivateUsersPayload,
    description: 'Reactivates many users in the background (reactivateUsers).',
    authScopes: { server: true },
    args: { input: t.arg({ type: ReactivateUsersInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      const userIds = checkUserIds(input.userIds, MAX_USERS_PER_CHANGE);
      const { task_id } = await stream.reactivateUsers(toWireInput(reactivateUsers, { ...input, userIds }));
      return { task_id, user_ids: userIds };
    },
  }),
);

builder.mutationField('deleteUsers', (t) =>
  t.field({
    type: DeleteUsersPayload,
    description:
      'Deletes users in the background (deleteUsers); `userIds` are the users removed once the task completes.',
    authScopes: { server: true },
    args: { input: t.arg({ type: DeleteUsersInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      const userIds = checkUserIds(input.userIds, MAX_USERS_PER_CHANGE);
      const { task_id } = await stream.deleteUsers(toWireInput(deleteUsers, { ...input, userIds }));
      return { task_id, user_ids: userIds };
    },
  }),
);

builder.mutationField('restoreUsers', (t) =>
  t.field({
    type: RestoreUsersPayload,
    description: 'Brings soft-deleted users back (restoreUsers).',
    authScopes: { server: true },
    args: { input: t.arg({ type: RestoreUsersInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      const userIds = checkUserIds(input.userIds, MAX_USERS_PER_CHANGE);
      await stream.restoreUsers({ user_ids: userIds });
      return { userIds };
    },
  }),
);

builder.mutationField('exportUsers', (t) =>
  t.field({
    type: ExportUsersPayload,
    description:
      "Exports users' data in the background (exportUsers); the completed task's result holds the URL of the file.",
    authScopes: { server: true },
    args: { input: t.arg({ type: ExportUsersInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      const userIds = checkUserIds(input.userIds, MAX_USERS_PER_EXPORT);
      const { task_id } = await stream.exportUsers({ user_ids: userIds });
      return { task_id, user_ids: userIds };
    },
  }),
);

builder.queryField('userExport', (t) =>
  t.field({
    type: UserExportRef,
    nullable: true,
    description: 'Everything Stream keeps about one user, read at once (exportUser); null for an unknown user.',
    authScopes: { server: true },
    args: { userId: t.arg.id({ required: true, description: 'The user to export.' }) },
    resolve: async (_root, { userId }, { stream, loaders }) => {
      const exported = await nullWhenNotFound(stream.exportUser({ user_id: String(userId) }));
      if (!exported) return null;
      loaders.primeUser(exported.user);
      exported.reactions?.forEach((reaction) => loaders.primeUser(reaction.user));
      return exported;
    },
  }),
);
