import {
  type UpdateUsersResponse,
  type BlockUsersResponse,
  CreateGuestResponse,
  type FullUserResponse,
} from '../../rest/wire/users.js';
import { wireFields } from '../../graphql/wireFields.js';
import { payloadType } from '../../graphql/mutationPayload.js';
import { TaskRef } from '../task/types.js';
import { startedTaskFields } from '../task/startedTask.js';
import { UserRef } from './types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { TaskStartedResponse, type UserResponse } from '../../rest/wire/shared.js';
import { BlockUsersResultRef } from './blocks.js';
import { userField } from './userField.js';

export type UpdatedUsers = Pick<UpdateUsersResponse, 'users' | 'membership_deletion_task_id'> & { order: string[] };

/** The users an update answered, decoded, in the order they were sent; each one primes the loader. */
function updatedUsers(result: UpdatedUsers, { loaders }: GraphQLContext): FullUserResponse[] {
  return result.order.flatMap((id) => {
    const user = result.users[id];
    if (!user) return [];
    loaders.primeUser(user);
    return [user];
  });
}

function updatedUsersPayload(name: string, description: string) {
  return payloadType<UpdatedUsers>(name, {
    description,
    fields: (t) => ({
      users: t.field({
        type: [UserRef],
        description: 'The users as they are now, in the order sent.',
        resolve: (result, _args, context) => updatedUsers(result, context),
      }),
      membershipDeletionTaskId: t.id({
        nullable: true,
        description: 'The id of the task removing memberships of teams the users left, when one was started.',
        resolve: (result) => result.membership_deletion_task_id || null,
      }),
      membershipDeletionTask: t.field({
        type: TaskRef,
        nullable: true,
        description: 'The task removing memberships of teams the users left, when one was started.',
        resolve: (result, _args, { stream }) =>
          result.membership_deletion_task_id ? stream.getTask({ id: result.membership_deletion_task_id }) : null,
      }),
    }),
  });
}

export const UpsertUsersPayload = updatedUsersPayload('UpsertUsersPayload', 'The users upsertUsers wrote.');

export const UpdateUsersPartialPayload = updatedUsersPayload(
  'UpdateUsersPartialPayload',
  'The users updateUsersPartial changed.',
);

/** What an asynchronous user operation answers: its task, followed lazily. */
type StartedTask = Pick<TaskStartedResponse, 'task_id'> & { user_ids: string[] };

function taskPayload(name: string, description: string) {
  return payloadType<StartedTask>(name, {
    description,
    fields: (t) => ({
      ...startedTaskFields(t, {
        taskId: 'The task doing the work; follow it with `task(id:)`.',
        task: 'The task as it stands now (one more request, only when selected).',
      }),
      userIds: t.exposeIDList('user_ids', { description: 'The users the task works on.' }),
    }),
  });
}

const userPayload = (name: string, description: string) =>
  payloadType<{ user?: UserResponse }>(name, {
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

export const DeactivateUserPayload = userPayload('DeactivateUserPayload', 'The user deactivateUser deactivated.');

export const DeactivateUsersPayload = taskPayload('DeactivateUsersPayload', 'The task deactivating the users.');

export const ReactivateUserPayload = userPayload('ReactivateUserPayload', 'The user reactivateUser reactivated.');

export const ReactivateUsersPayload = taskPayload('ReactivateUsersPayload', 'The task reactivating the users.');

export const DeleteUsersPayload = taskPayload('DeleteUsersPayload', 'The task deleting the users.');

export const RestoreUsersPayload = payloadType<{ userIds: string[] }>('RestoreUsersPayload', {
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

export const ExportUsersPayload = taskPayload('ExportUsersPayload', 'The task exporting the users.');

export const BlockUserPayload = payloadType<BlockUsersResponse>('BlockUserPayload', {
  description: 'The block blockUser made.',
  fields: (t) => ({
    block: t.field({ type: BlockUsersResultRef, description: 'The block.', resolve: (block) => block }),
  }),
});

export const UnblockUserPayload = payloadType<{ userId: string; blockedUserId: string }>('UnblockUserPayload', {
  description: 'The block unblockUser removed.',
  fields: (t) => ({
    userId: t.exposeID('userId', { description: 'Who no longer blocks; `user` is that user.' }),
    user: userField(
      t,
      'Who no longer blocks, as the user is now: its `blockedUsers` no longer list the other.',
      (payload) => payload.userId,
    ),
    blockedUserId: t.exposeID('blockedUserId', { description: 'Who is no longer blocked.' }),
    blockedUser: userField(t, 'Who is no longer blocked.', (payload) => payload.blockedUserId),
  }),
});

export const CreateGuestPayload = payloadType<CreateGuestResponse>('CreateGuestPayload', {
  description: 'The guest createGuest made, and a token to connect as it.',
  fields: (t) => ({
    user: t.field({ type: UserRef, description: 'The new guest user.', resolve: (guest) => guest.user }),
    ...wireFields(t, CreateGuestResponse, {
      accessToken: 'A user token for the guest, to hand to the client that will connect as it.',
    }),
  }),
});
