import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { DateTime, JsonObject } from './wire/primitives.js';
import { Response, UserRequest } from './wire/shared.js';
import {
  BlockUsersRequest,
  BlockUsersResponse,
  CreateGuestResponse,
  DeactivateUserRequest,
  DeactivateUserResponse,
  DeactivateUsersResponse,
  DeleteUsersResponse,
  ExportUserResponse,
  ExportUsersResponse,
  GetBlockedUsersResponse,
  QueryUsersPayload,
  QueryUsersResponse,
  ReactivateUserRequest,
  ReactivateUserResponse,
  ReactivateUsersResponse,
  SharedLocationResponse,
  SharedLocationsResponse,
  UnblockUsersResponse,
  UpdateUserPartialRequest,
  UpdateUsersResponse,
  UserIdsRequest,
} from './wire/users.js';

export const exportUsers = defineOperation({
  name: 'exportUsers',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/export/users',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    user_ids: Type.Array(Type.String(), { minItems: 1, maxItems: 25 }),
  }),
  response: ExportUsersResponse,
});

export const createGuest = defineOperation({
  name: 'createGuest',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/guest',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    user: UserRequest,
  }),
  response: CreateGuestResponse,
});

export const queryUsers = defineOperation({
  name: 'queryUsers',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/users',
  status: 200,
  params: Type.Object({
    payload: Type.Optional(QueryUsersPayload),
  }),
  response: QueryUsersResponse,
});

export const updateUsersPartial = defineOperation({
  name: 'updateUsersPartial',
  method: 'PATCH',
  idempotent: true,
  path: '/api/v2/users',
  status: 200,
  params: Type.Object({}),
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
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    users: JsonObject,
  }),
  response: UpdateUsersResponse,
});

export const getBlockedUsers = defineOperation({
  name: 'getBlockedUsers',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/users/block',
  status: 200,
  params: Type.Object({
    user_id: Type.Optional(Type.String()),
  }),
  response: GetBlockedUsersResponse,
});

export const blockUsers = defineOperation({
  name: 'blockUsers',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/users/block',
  status: 201,
  params: Type.Object({}),
  body: BlockUsersRequest,
  response: BlockUsersResponse,
});

export const deactivateUsers = defineOperation({
  name: 'deactivateUsers',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/users/deactivate',
  status: 201,
  params: Type.Object({}),
  body: Type.Composite([
    UserIdsRequest,
    DeactivateUserRequest,
    Type.Object({ mark_channels_deleted: Type.Optional(Type.Boolean()) }),
  ]),
  response: DeactivateUsersResponse,
});

export const deleteUsers = defineOperation({
  name: 'deleteUsers',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/users/delete',
  status: 201,
  params: Type.Object({}),
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
  response: DeleteUsersResponse,
});

export const getUserLiveLocations = defineOperation({
  name: 'getUserLiveLocations',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/users/live_locations',
  status: 200,
  params: Type.Object({
    user_id: Type.Optional(Type.String()),
  }),
  response: SharedLocationsResponse,
});

export const updateLiveLocation = defineOperation({
  name: 'updateLiveLocation',
  method: 'PUT',
  idempotent: true,
  path: '/api/v2/users/live_locations',
  status: 201,
  params: Type.Object({
    user_id: Type.Optional(Type.String()),
  }),
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
  idempotent: false,
  path: '/api/v2/users/reactivate',
  status: 201,
  params: Type.Object({}),
  body: Type.Composite([
    UserIdsRequest,
    ReactivateUserRequest,
    Type.Object({ restore_channels: Type.Optional(Type.Boolean()) }),
  ]),
  response: ReactivateUsersResponse,
});

export const restoreUsers = defineOperation({
  name: 'restoreUsers',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/users/restore',
  status: 201,
  params: Type.Object({}),
  body: UserIdsRequest,
  response: Response,
});

export const unblockUsers = defineOperation({
  name: 'unblockUsers',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/users/unblock',
  status: 201,
  params: Type.Object({}),
  body: BlockUsersRequest,
  response: UnblockUsersResponse,
});

export const deactivateUser = defineOperation({
  name: 'deactivateUser',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/users/{user_id}/deactivate',
  status: 201,
  params: Type.Object({
    user_id: Type.String(),
  }),
  body: DeactivateUserRequest,
  response: DeactivateUserResponse,
});

export const exportUser = defineOperation({
  name: 'exportUser',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/users/{user_id}/export',
  status: 200,
  params: Type.Object({
    user_id: Type.String(),
  }),
  response: ExportUserResponse,
});

export const reactivateUser = defineOperation({
  name: 'reactivateUser',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/users/{user_id}/reactivate',
  status: 201,
  params: Type.Object({
    user_id: Type.String(),
  }),
  body: Type.Composite([ReactivateUserRequest, Type.Object({ name: Type.Optional(Type.String()) })]),
  response: ReactivateUserResponse,
});
