import { Type, type StaticDecode } from '@sinclair/typebox';
import { DateTime } from './primitives.js';
import { Answer, Timestamps } from './shared.js';

/** A team id, as user groups take it. */
export const TeamId = Type.String({ maxLength: 255 });

/** A user group's own settings, as createUserGroup sends them (updateUserGroup: each optional). */
export const UserGroupRequest = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 255 }),
  description: Type.Optional(Type.String()),
  team_id: Type.Optional(TeamId),
});
export type UserGroupRequest = StaticDecode<typeof UserGroupRequest>;

/** The members a membership change names, in a team. */
export const UserGroupMembersRequest = Type.Object({
  member_ids: Type.Array(Type.String(), { minItems: 1, maxItems: 100 }),
  team_id: Type.Optional(TeamId),
});
export type UserGroupMembersRequest = StaticDecode<typeof UserGroupMembersRequest>;

export const UserGroupMember = Type.Object({
  app_pk: Type.Integer(),
  created_at: DateTime,
  group_id: Type.String(),
  is_admin: Type.Boolean(),
  user_id: Type.String(),
});
export type UserGroupMember = StaticDecode<typeof UserGroupMember>;

export const UserGroupResponse = Type.Composite([
  Timestamps,
  Type.Object({
    created_by: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    id: Type.String(),
    members: Type.Optional(Type.Array(UserGroupMember)),
    name: Type.String(),
    team_id: Type.Optional(Type.String()),
  }),
]);
export type UserGroupResponse = StaticDecode<typeof UserGroupResponse>;

/** The group as an operation on one group left it. */
export const UserGroupAnswer = Answer({
  user_group: Type.Optional(UserGroupResponse),
});
export type UserGroupAnswer = StaticDecode<typeof UserGroupAnswer>;

export const ListUserGroupsResponse = Answer({
  user_groups: Type.Array(UserGroupResponse),
});
export type ListUserGroupsResponse = StaticDecode<typeof ListUserGroupsResponse>;
