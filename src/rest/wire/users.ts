import { Type, type StaticDecode } from '@sinclair/typebox';
import { DateTime, JsonObject, StringEnum } from './primitives.js';

/** How deleteUsers deletes the users and their messages (wire fields are plain strings; Stream checks them). */
export const USER_DELETION_MODES = ['soft', 'pruning', 'hard'] as const;
export const UserDeletionMode = StringEnum(USER_DELETION_MODES);

/** How deleteUsers deletes the users' one-to-one channels and calls. */
export const CHANNEL_DELETION_MODES = ['soft', 'hard'] as const;
export const ChannelDeletionMode = StringEnum(CHANNEL_DELETION_MODES);
import {
  ActingUserRequest,
  Answer,
  DeviceResponse,
  Response,
  SortParamRequest,
  Timestamps,
  UserRequest,
  UserResponse,
} from './shared.js';

export const BlockUsersResponse = Answer({
  blocked_by_user_id: Type.String(),
  blocked_user_id: Type.String(),
  created_at: DateTime,
});
export type BlockUsersResponse = StaticDecode<typeof BlockUsersResponse>;

/** What blockUsers and unblockUsers take: whom to (un)block, on behalf of whom. */
export const BlockUsersRequest = Type.Composite([Type.Object({ blocked_user_id: Type.String() }), ActingUserRequest]);
export type BlockUsersRequest = StaticDecode<typeof BlockUsersRequest>;

export const BlockedUserResponse = Type.Object({
  blocked_user: UserResponse,
  blocked_user_id: Type.String(),
  created_at: DateTime,
  user: UserResponse,
  user_id: Type.String(),
});
export type BlockedUserResponse = StaticDecode<typeof BlockedUserResponse>;

export const CreateGuestResponse = Answer({
  access_token: Type.String(),
  user: UserResponse,
});
export type CreateGuestResponse = StaticDecode<typeof CreateGuestResponse>;

/** The user a single-user lifecycle operation changed. */
export const UserLifecycleResponse = Answer({
  user: Type.Optional(UserResponse),
});
export type UserLifecycleResponse = StaticDecode<typeof UserLifecycleResponse>;

export const ReactionResponse = Type.Composite([
  Timestamps,
  Type.Object({
    custom: JsonObject,
    message_id: Type.String(),
    score: Type.Integer(),
    type: Type.String(),
    user: UserResponse,
    user_id: Type.String(),
  }),
]);
export type ReactionResponse = StaticDecode<typeof ReactionResponse>;

export const ExportUserResponse = Answer({
  messages: Type.Optional(Type.Array(JsonObject)),
  reactions: Type.Optional(Type.Array(ReactionResponse)),
  user: Type.Optional(UserResponse),
});
export type ExportUserResponse = StaticDecode<typeof ExportUserResponse>;

/** What every mute says: who muted, until when, and when it was made and changed. */
const Mute = Type.Composite([
  Timestamps,
  Type.Object({
    expires: Type.Optional(DateTime),
    user: Type.Optional(UserResponse),
  }),
]);

/** One user muting another (spec: UserMuteResponse); Stream may leave out the embedded users. */
export const UserMuteResponse = Type.Composite([Mute, Type.Object({ target: Type.Optional(UserResponse) })]);
export type UserMuteResponse = StaticDecode<typeof UserMuteResponse>;

/** A user muting a channel (spec: ChannelMute). */
export const ChannelMute = Type.Composite([
  Mute,
  Type.Object({
    /** The spec's ChannelResponse, a large chat-product type this gateway does not model: passed on as JSON. */
    channel: Type.Optional(JsonObject),
  }),
]);
export type ChannelMute = StaticDecode<typeof ChannelMute>;

/** A user as queryUsers answers it: the user, with its devices always, mutes and unread counts. */
export const FullUserResponse = Type.Composite([
  Type.Omit(UserResponse, ['devices', 'push_notifications']),
  Type.Object({
    channel_mutes: Type.Array(ChannelMute),
    devices: Type.Array(DeviceResponse),
    latest_hidden_channels: Type.Optional(Type.Array(Type.String())),
    mutes: Type.Array(UserMuteResponse),
    total_unread_count: Type.Integer(),
    unread_channels: Type.Integer(),
    unread_count: Type.Integer(),
    unread_threads: Type.Integer(),
  }),
]);
export type FullUserResponse = StaticDecode<typeof FullUserResponse>;

export const GetBlockedUsersResponse = Answer({
  blocks: Type.Array(BlockedUserResponse),
});
export type GetBlockedUsersResponse = StaticDecode<typeof GetBlockedUsersResponse>;

export const QueryUsersResponse = Answer({
  users: Type.Array(FullUserResponse),
});
export type QueryUsersResponse = StaticDecode<typeof QueryUsersResponse>;

export const SharedLocationResponseData = Type.Composite([
  Timestamps,
  Type.Object({
    channel: Type.Optional(JsonObject),
    channel_cid: Type.String(),
    created_by_device_id: Type.String(),
    end_at: Type.Optional(DateTime),
    latitude: Type.Number(),
    longitude: Type.Number(),
    message: Type.Optional(JsonObject),
    message_id: Type.String(),
    user_id: Type.String(),
  }),
]);
export type SharedLocationResponseData = StaticDecode<typeof SharedLocationResponseData>;

export const SharedLocationResponse = Type.Composite([SharedLocationResponseData, Response]);
export type SharedLocationResponse = StaticDecode<typeof SharedLocationResponse>;

export const SharedLocationsResponse = Answer({
  active_live_locations: Type.Array(SharedLocationResponseData),
});
export type SharedLocationsResponse = StaticDecode<typeof SharedLocationsResponse>;

export const UpdateUserPartialRequest = Type.Object({
  id: Type.String(),
  set: Type.Optional(JsonObject),
  unset: Type.Optional(Type.Array(Type.String())),
});
export type UpdateUserPartialRequest = StaticDecode<typeof UpdateUserPartialRequest>;

export const UpdateUsersResponse = Answer({
  membership_deletion_task_id: Type.String(),
  /** By user id. */
  users: Type.Record(Type.String(), FullUserResponse),
});
export type UpdateUsersResponse = StaticDecode<typeof UpdateUsersResponse>;

/** The JSON document that queryUsers sends in its `payload` query parameter. */
export const QueryUsersPayload = Type.Object({
  filter_conditions: JsonObject,
  include_deactivated_users: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  presence: Type.Optional(Type.Boolean()),
  sort: Type.Optional(Type.Array(SortParamRequest, { maxItems: 5 })),
  user: Type.Optional(UserRequest),
  user_id: Type.Optional(Type.String()),
});
export type QueryUsersPayload = StaticDecode<typeof QueryUsersPayload>;

/** The users a many-user lifecycle operation acts on. */
export const UserIdsRequest = Type.Object({
  user_ids: Type.Array(Type.String(), { minItems: 1, maxItems: 100 }),
});
export type UserIdsRequest = StaticDecode<typeof UserIdsRequest>;

/** What deactivateUser and deactivateUsers both take. */
export const DeactivateUserRequest = Type.Object({
  created_by_id: Type.Optional(Type.String()),
  mark_messages_deleted: Type.Optional(Type.Boolean()),
});
export type DeactivateUserRequest = StaticDecode<typeof DeactivateUserRequest>;

/** What reactivateUser and reactivateUsers both take. */
export const ReactivateUserRequest = Type.Object({
  created_by_id: Type.Optional(Type.String()),
  restore_messages: Type.Optional(Type.Boolean()),
});
export type ReactivateUserRequest = StaticDecode<typeof ReactivateUserRequest>;
