import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { DateTime, JsonObject } from './wire/primitives.js';
import { ActingUserQuery, Response, TaskStartedResponse, UserRequest } from './wire/shared.js';
import {
  BlockUsersRequest,
  BlockUsersResponse,
  CreateGuestResponse,
  DeactivateUserRequest,
  UserLifecycleResponse,
  ExportUserResponse,
  GetBlockedUsersResponse,
  QueryUsersPayload,
  QueryUsersResponse,
  ReactivateUserRequest,
  SharedLocationResponse,
  SharedLocationsResponse,
  UpdateUserPartialRequest,
  UpdateUsersResponse,
  UserIdsRequest,
} from './wire/users.js';

export const exportUsers = defineOperation({
  name: 'exportUsers',
  method: 'POST',
  path: '/api/v2/export/users',
  body: Type.Object({
    user_ids: Type.Array(Type.String(), { minItems: 1, maxItems: 25 }),
  }),
  response: TaskStartedResponse,
});

export const createGuest = defineOperation({
  name: 'createGuest',
  method: 'POST',
  path: '/api/v2/guest',
  body: Type.Object({
    user: UserRequest,
  }),
  response: CreateGuestResponse,
});

export const queryUsers = defineOperation({
  name: 'queryUsers',
  method: 'GET',
  path: '/api/v2/users',
  query: Type.Object({
    payload: Type.Optional(QueryUsersPayload),
  }),
  response: QueryUsersResponse,
});

export const updateUsersPartial = defineOperation({
  name: 'updateUsersPartial',
  method: 'PATCH',
  path: '/api/v2/users',
  body: Type.Object({
    users: Type.Array(UpdateUserPartialRequest, { maxItems: 100 }),
  }),
  response: UpdateUsersResponse,
});

export const updateUsers = defineOperation({
  name: 'updateUsers',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/users',
  body: Type.Object({
    users: JsonObject,
  }),
  response: UpdateUsersResponse,
});

export const getBlockedUsers = defineOperation({
  name: 'getBlockedUsers',
  method: 'GET',
  path: '/api/v2/users/block',
  query: ActingUserQuery,
  response: GetBlockedUsersResponse,
});

export const blockUsers = defineOperation({
  name: 'blockUsers',
  method: 'POST',
  path: '/api/v2/users/block',
  body: BlockUsersRequest,
  response: BlockUsersResponse,
});

export const deactivateUsers = defineOperation({
  name: 'deactivateUsers',
  method: 'POST',
  path: '/api/v2/users/deactivate',
  body: Type.Composite([
    UserIdsRequest,
    DeactivateUserRequest,
    Type.Object({ mark_channels_deleted: Type.Optional(Type.Boolean()) }),
  ]),
  response: TaskStartedResponse,
});

export const deleteUsers = defineOperation({
  name: 'deleteUsers',
  method: 'POST',
  path: '/api/v2/users/delete',
  body: Type.Composite([
    UserIdsRequest,
    Type.Object({
      calls: Type.Optional(Type.String()),
      conversations: Type.Optional(Type.String()),
      files: Type.Optional(Type.Boolean()),
      messages: Type.Optional(Type.String()),
      new_call_owner_id: Type.Optional(Type.String()),
      new_channel_owner_id: Type.Optional(Type.String()),
      user: Type.Optional(Type.String()),
    }),
  ]),
  response: TaskStartedResponse,
});

export const getUserLiveLocations = defineOperation({
  name: 'getUserLiveLocations',
  method: 'GET',
  path: '/api/v2/users/live_locations',
  query: ActingUserQuery,
  response: SharedLocationsResponse,
});

export const updateLiveLocation = defineOperation({
  name: 'updateLiveLocation',
  method: 'PUT',
  path: '/api/v2/users/live_locations',
  query: ActingUserQuery,
  body: Type.Object({
    message_id: Type.String(),
    end_at: Type.Optional(DateTime),
    latitude: Type.Optional(Type.Number()),
    longitude: Type.Optional(Type.Number()),
  }),
  response: SharedLocationResponse,
});

export const reactivateUsers = defineOperation({
  name: 'reactivateUsers',
  method: 'POST',
  path: '/api/v2/users/reactivate',
  body: Type.Composite([
    UserIdsRequest,
    ReactivateUserRequest,
    Type.Object({ restore_channels: Type.Optional(Type.Boolean()) }),
  ]),
  response: TaskStartedResponse,
});

export const restoreUsers = defineOperation({
  name: 'restoreUsers',
  method: 'POST',
  path: '/api/v2/users/restore',
  body: UserIdsRequest,
  response: Response,
});

export const unblockUsers = defineOperation({
  name: 'unblockUsers',
  method: 'POST',
  path: '/api/v2/users/unblock',
  body: BlockUsersRequest,
  response: Response,
});

export const deactivateUser = defineOperation({
  name: 'deactivateUser',
  method: 'POST',
  path: '/api/v2/users/{user_id}/deactivate',
  body: DeactivateUserRequest,
  response: UserLifecycleResponse,
});

export const exportUser = defineOperation({
  name: 'exportUser',
  method: 'GET',
  path: '/api/v2/users/{user_id}/export',
  response: ExportUserResponse,
});

export const reactivateUser = defineOperation({
  name: 'reactivateUser',
  method: 'POST',
  path: '/api/v2/users/{user_id}/reactivate',
  body: Type.Composite([ReactivateUserRequest, Type.Object({ name: Type.Optional(Type.String()) })]),
  response: UserLifecycleResponse,
});
