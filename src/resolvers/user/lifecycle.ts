import type { UserResponse } from '../../rest/wire/shared.js';
import { CHANNEL_DELETION_MODES, USER_DELETION_MODES } from '../../rest/wire/users.js';
import { enumFromWire } from '../../graphql/wireEnum.js';
import { deactivateUser, deactivateUsers, deleteUsers, reactivateUser, reactivateUsers } from '../../rest/users.js';
import { toWireInput } from '../../rest/wireInput.js';
import { builder } from '../../graphql/builder.js';
import { badUserInput } from '../../graphql/errors.js';
import { TaskRef } from '../../schema/task/types.js';
import { UserExportRef, UserRef } from '../../schema/user/types.js';

/** Stream's limits on how many users one lifecycle call names. */
const MAX_USERS_PER_CHANGE = 100;
const MAX_USERS_PER_EXPORT = 25;

function checkUserIds(ids: readonly (string | number)[], max: number): string[] {
  if (ids.length < 1 || ids.length > max) {
    throw badUserInput(`name between 1 and ${max} users`, { 'input.userIds': `must hold between 1 and ${max} ids` });
  }
  return ids.map(String);
}

/** What an asynchronous user operation answers: its task, followed lazily. */
interface StartedTask {
  task_id: string;
  user_ids: string[];
}

function taskPayload(name: string, description: string) {
  return builder.objectRef<StartedTask>(name).implement({
    description,
    fields: (t) => ({
      taskId: t.exposeID('task_id', { description: 'The task doing the work; follow it with `task(id:)`.' }),
      task: t.field({
        type: TaskRef,
        nullable: true,
        description: 'The task as it stands now (one more request, only when selected).',
        resolve: (started, _args, { stream }) => stream.getTask({ id: started.task_id }),
      }),
      userIds: t.exposeIDList('user_ids', { description: 'The users the task works on.' }),
    }),
  });
}

const userPayload = (name: string, description: string) =>
  builder.objectRef<{ user?: UserResponse }>(name).implement({
    description,
    fields: (t) => ({
      user: t.field({
        type: UserRef,
        nullable: true,
        description: 'The user as it is now.',
        resolve: (payload, _args, { loaders }) => {
          loaders.primeUser(payload.user);
          return payload.user;
        },
      }),
    }),
  });

const DeactivateUserInput = builder.inputType('DeactivateUserInput', {
  description: 'Whom to deactivate, and what happens to their messages.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user to deactivate.' }),
    createdById: t.id({ description: 'Who deactivates them, for the record.' }),
    markMessagesDeleted: t.boolean({ description: "Also mark the user's messages deleted." }),
  }),
});

builder.mutationField('deactivateUser', (t) =>
  t.field({
    type: userPayload('DeactivateUserPayload', 'The user deactivateUser deactivated.'),
    nullable: true,
    description: 'Deactivates one user at once: they can no longer connect until reactivated (deactivateUser).',
    authScopes: { server: true },
    args: { input: t.arg({ type: DeactivateUserInput, required: true }) },
    resolve: (_root, { input }, { stream }) => stream.deactivateUser(toWireInput(deactivateUser, input)),
  }),
);

const DeactivateUsersInput = builder.inputType('DeactivateUsersInput', {
  description: 'Whom to deactivate, and what happens to their messages and channels.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 100 users.' }),
    createdById: t.id({ description: 'Who deactivates them, for the record.' }),
    markMessagesDeleted: t.boolean({ description: "Also mark the users' messages deleted." }),
    markChannelsDeleted: t.boolean({ description: "Also mark the users' channels deleted." }),
  }),
});

builder.mutationField('deactivateUsers', (t) =>
  t.field({
    type: taskPayload('DeactivateUsersPayload', 'The task deactivating the users.'),
    nullable: true,
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

const ReactivateUserInput = builder.inputType('ReactivateUserInput', {
  description: 'Whom to reactivate, and what to bring back.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user to reactivate.' }),
    createdById: t.id({ description: 'Who reactivates them, for the record.' }),
    name: t.string({ description: 'A new display name to give them.' }),
    restoreMessages: t.boolean({ description: 'Bring back the messages deleted on deactivation.' }),
  }),
});

builder.mutationField('reactivateUser', (t) =>
  t.field({
    type: userPayload('ReactivateUserPayload', 'The user reactivateUser reactivated.'),
    nullable: true,
    description: 'Reactivates one deactivated user at once (reactivateUser).',
    authScopes: { server: true },
    args: { input: t.arg({ type: ReactivateUserInput, required: true }) },
    resolve: (_root, { input }, { stream }) => stream.reactivateUser(toWireInput(reactivateUser, input)),
  }),
);

const ReactivateUsersInput = builder.inputType('ReactivateUsersInput', {
  description: 'Whom to reactivate, and what to bring back.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 100 users.' }),
    createdById: t.id({ description: 'Who reactivates them, for the record.' }),
    restoreMessages: t.boolean({ description: 'Bring back the messages deleted on deactivation.' }),
    restoreChannels: t.boolean({ description: 'Bring back the channels deleted on deactivation.' }),
  }),
});

builder.mutationField('reactivateUsers', (t) =>
  t.field({
    type: taskPayload('ReactivateUsersPayload', 'The task reactivating the users.'),
    nullable: true,
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

const UserDeletionMode = enumFromWire('UserDeletionMode', USER_DELETION_MODES, {
  description: 'How thoroughly a user is deleted.',
  values: {
    soft: 'Marked deleted, restorable.',
    pruning: 'Marked deleted, with name, image and custom data cleared.',
    hard: 'Removed for good.',
  },
});

const MessageDeletionMode = enumFromWire('MessageDeletionMode', USER_DELETION_MODES, {
  description: "How a deleted user's messages are deleted.",
  values: {
    soft: 'Marked deleted.',
    pruning: 'Marked deleted, with their content cleared.',
    hard: 'Removed for good.',
  },
});

const ChannelDeletionMode = enumFromWire('ChannelDeletionMode', CHANNEL_DELETION_MODES, {
  description: "How a deleted user's one-to-one channels or calls are deleted.",
  values: {
    soft: 'Marked deleted.',
    hard: 'Removed for good.',
  },
});

const DeleteUsersInput = builder.inputType('DeleteUsersInput', {
  description: 'Whom to delete, and how thoroughly; what is left out is not deleted.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 100 users.' }),
    user: t.field({ type: UserDeletionMode, description: 'How to delete the users themselves (soft by default).' }),
    messages: t.field({ type: MessageDeletionMode, description: 'How to delete their messages.' }),
    conversations: t.field({ type: ChannelDeletionMode, description: 'How to delete their one-to-one channels.' }),
    calls: t.field({ type: ChannelDeletionMode, description: 'How to delete their calls.' }),
    files: t.boolean({ description: 'Also delete the files they uploaded.' }),
    newChannelOwnerId: t.id({ description: 'Who takes over the channels they created.' }),
    newCallOwnerId: t.id({ description: 'Who takes over the calls they created.' }),
  }),
});

builder.mutationField('deleteUsers', (t) =>
  t.field({
    type: taskPayload('DeleteUsersPayload', 'The task deleting the users.'),
    nullable: true,
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

const RestoreUsersInput = builder.inputType('RestoreUsersInput', {
  description: 'Soft-deleted users to bring back.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 100 users.' }),
  }),
});

const RestoreUsersPayload = builder.objectRef<{ userIds: string[] }>('RestoreUsersPayload').implement({
  description: 'The users restoreUsers brought back.',
  fields: (t) => ({
    userIds: t.exposeIDList('userIds', { description: 'Their ids.' }),
    users: t.field({
      type: [UserRef],
      nullable: { list: false, items: true },
      description: 'The users as they are now (read together in one request).',
      resolve: (payload, _args, { loaders }) => payload.userIds.map((id) => loaders.users.load(id)),
    }),
  }),
});

builder.mutationField('restoreUsers', (t) =>
  t.field({
    type: RestoreUsersPayload,
    nullable: true,
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

const ExportUsersInput = builder.inputType('ExportUsersInput', {
  description: 'Users whose data to export.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 25 users.' }),
  }),
});

builder.mutationField('exportUsers', (t) =>
  t.field({
    type: taskPayload('ExportUsersPayload', 'The task exporting the users.'),
    nullable: true,
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
    description: 'Everything Stream keeps about one user, read at once (exportUser); NOT_FOUND for an unknown user.',
    authScopes: { server: true },
    args: { userId: t.arg.id({ required: true, description: 'The user to export.' }) },
    resolve: async (_root, { userId }, { stream, loaders }) => {
      const exported = await stream.exportUser({ user_id: String(userId) });
      loaders.primeUser(exported.user);
      exported.reactions?.forEach((reaction) => loaders.primeUser(reaction.user));
      return exported;
    },
  }),
);
