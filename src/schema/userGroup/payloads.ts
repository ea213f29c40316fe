import { deletedIdPayload, payloadType } from '../../graphql/mutationPayload.js';
import { UserGroupRef, type UserGroupAnswer } from './types.js';

function userGroupPayload(name: string, description: string) {
  return payloadType<UserGroupAnswer>(name, {
    description,
    fields: (t) => ({
      userGroup: t.field({
        type: UserGroupRef,
        nullable: true,
        description: 'The group, with its members.',
        resolve: (answer) => answer.user_group,
      }),
    }),
  });
}

export const CreateUserGroupPayloadRef = userGroupPayload('CreateUserGroupPayload', 'The group as created.');
export const UpdateUserGroupPayloadRef = userGroupPayload('UpdateUserGroupPayload', 'The group as changed.');
export const AddUserGroupMembersPayloadRef = userGroupPayload(
  'AddUserGroupMembersPayload',
  'The group with its new members.',
);
export const RemoveUserGroupMembersPayloadRef = userGroupPayload(
  'RemoveUserGroupMembersPayload',
  'The group without the removed members.',
);

export const DeleteUserGroupPayloadRef = deletedIdPayload(
  'DeleteUserGroupPayload',
  'The user group that was removed.',
  'Its id (UserGroup.id).',
);
