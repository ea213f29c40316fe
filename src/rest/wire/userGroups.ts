import { Type, type StaticDecode } from '@sinclair/typebox';
import { DateTime } from './primitives.js';

export const UserGroupMember = Type.Object({
  app_pk: Type.Integer(),
  created_at: DateTime,
  group_id: Type.String(),
  is_admin: Type.Boolean(),
  user_id: Type.String(),
});
export type UserGroupMember = StaticDecode<typeof UserGroupMember>;

export const UserGroupResponse = Type.Object({
  created_at: DateTime,
  created_by: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  id: Type.String(),
  members: Type.Optional(Type.Array(UserGroupMember)),
  name: Type.String(),
  team_id: Type.Optional(Type.String()),
  updated_at: DateTime,
});
export type UserGroupResponse = StaticDecode<typeof UserGroupResponse>;

export const AddUserGroupMembersResponse = Type.Object({
  duration: Type.String(),
  user_group: Type.Optional(UserGroupResponse),
});
export type AddUserGroupMembersResponse = StaticDecode<typeof AddUserGroupMembersResponse>;

export const CreateUserGroupResponse = Type.Object({
  duration: Type.String(),
  user_group: Type.Optional(UserGroupResponse),
});
export type CreateUserGroupResponse = StaticDecode<typeof CreateUserGroupResponse>;

export const GetUserGroupResponse = Type.Object({
  duration: Type.String(),
  user_group: Type.Optional(UserGroupResponse),
});
export type GetUserGroupResponse = StaticDecode<typeof GetUserGroupResponse>;

export const ListUserGroupsResponse = Type.Object({
  duration: Type.String(),
  user_groups: Type.Array(UserGroupResponse),
});
export type ListUserGroupsResponse = StaticDecode<typeof ListUserGroupsResponse>;

export const RemoveUserGroupMembersResponse = Type.Object({
  duration: Type.String(),
  user_group: Type.Optional(UserGroupResponse),
});
export type RemoveUserGroupMembersResponse = StaticDecode<typeof RemoveUserGroupMembersResponse>;

export const SearchUserGroupsResponse = Type.Object({
  duration: Type.String(),
  user_groups: Type.Array(UserGroupResponse),
});
export type SearchUserGroupsResponse = StaticDecode<typeof SearchUserGroupsResponse>;

export const UpdateUserGroupResponse = Type.Object({
  duration: Type.String(),
  user_group: Type.Optional(UserGroupResponse),
});
export type UpdateUserGroupResponse = StaticDecode<typeof UpdateUserGroupResponse>;
