import { Type, type StaticDecode, type TProperties } from '@sinclair/typebox';
import { DateTime, JsonObject } from './primitives.js';

/** What every answer carries: how long Stream took. */
export const Response = Type.Object({ duration: Type.String() });
export type Response = StaticDecode<typeof Response>;

/** An answer: `duration` and the given fields. */
export function Answer<Properties extends TProperties>(properties: Properties) {
  return Type.Composite([Response, Type.Object(properties)]);
}

/** When a record was made and last changed. */
export const Timestamps = Type.Object({ created_at: DateTime, updated_at: DateTime });

/** The cursors of a page: of a POST query, and of its answer. */
export const PageCursors = Type.Object({ next: Type.Optional(Type.String()), prev: Type.Optional(Type.String()) });

/** A page of an answer: `duration`, the cursors, and the given fields. */
export function PagedAnswer<Properties extends TProperties>(properties: Properties) {
  return Type.Composite([Response, PageCursors, Type.Object(properties)]);
}

export const DeviceResponse = Type.Object({
  created_at: DateTime,
  disabled: Type.Optional(Type.Boolean()),
  disabled_reason: Type.Optional(Type.String()),
  hardware_id: Type.Optional(Type.String()),
  id: Type.String(),
  push_provider: Type.String(),
  push_provider_name: Type.Optional(Type.String()),
  user_id: Type.String(),
  voip: Type.Optional(Type.Boolean()),
});
export type DeviceResponse = StaticDecode<typeof DeviceResponse>;

/** A privacy setting that is only on or off (spec: DeliveryReceiptsResponse, ReadReceiptsResponse, TypingIndicatorsResponse). */
export const PrivacyToggle = Type.Object({
  enabled: Type.Boolean(),
});
export type PrivacyToggle = StaticDecode<typeof PrivacyToggle>;

export const PrivacySettingsResponse = Type.Object({
  delivery_receipts: Type.Optional(PrivacyToggle),
  read_receipts: Type.Optional(PrivacyToggle),
  typing_indicators: Type.Optional(PrivacyToggle),
});
export type PrivacySettingsResponse = StaticDecode<typeof PrivacySettingsResponse>;

export const PushNotificationSettingsResponse = Type.Object({
  disabled: Type.Optional(Type.Boolean()),
  disabled_until: Type.Optional(DateTime),
});
export type PushNotificationSettingsResponse = StaticDecode<typeof PushNotificationSettingsResponse>;

/** The answer of an operation Stream carries out as an asynchronous task (poll it with getTask). */
export const TaskStartedResponse = Answer({
  task_id: Type.String(),
});
export type TaskStartedResponse = StaticDecode<typeof TaskStartedResponse>;

export const UserRequest = Type.Object({
  custom: Type.Optional(JsonObject),
  id: Type.String(),
  image: Type.Optional(Type.String()),
  invisible: Type.Optional(Type.Boolean()),
  language: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  privacy_settings: Type.Optional(PrivacySettingsResponse),
  role: Type.Optional(Type.String()),
  teams: Type.Optional(Type.Array(Type.String())),
  teams_role: Type.Optional(JsonObject),
});
export type UserRequest = StaticDecode<typeof UserRequest>;

/** What updateUsersPartial may set on a user: its request fields but the id (the spec leaves `set` free-form). */
export const UserSetRequest = Type.Partial(Type.Omit(UserRequest, ['id']));
export type UserSetRequest = StaticDecode<typeof UserSetRequest>;

/**
 * Whom a server-side write acts as: `user_id`, or a whole `user` (which Stream upserts); many
 * request bodies end with these two.
 */
export const ActingUserRequest = Type.Object({
  user: Type.Optional(UserRequest),
  user_id: Type.Optional(Type.String()),
});
export type ActingUserRequest = StaticDecode<typeof ActingUserRequest>;

/** Whom a read or a delete acts as: the `user_id` query parameter. */
export const ActingUserQuery = Type.Pick(ActingUserRequest, ['user_id']);

export const UserResponse = Type.Composite([
  Timestamps,
  Type.Object({
    avg_response_time: Type.Optional(Type.Integer()),
    ban_expires: Type.Optional(DateTime),
    banned: Type.Boolean(),
    blocked_user_ids: Type.Array(Type.String()),
    bypass_moderation: Type.Optional(Type.Boolean()),
    custom: JsonObject,
    deactivated_at: Type.Optional(DateTime),
    deleted_at: Type.Optional(DateTime),
    devices: Type.Optional(Type.Array(DeviceResponse)),
    id: Type.String(),
    image: Type.Optional(Type.String()),
    invisible: Type.Boolean(),
    language: Type.String(),
    last_active: Type.Optional(DateTime),
    name: Type.Optional(Type.String()),
    online: Type.Boolean(),
    privacy_settings: Type.Optional(PrivacySettingsResponse),
    push_notifications: Type.Optional(PushNotificationSettingsResponse),
    revoke_tokens_issued_before: Type.Optional(DateTime),
    role: Type.String(),
    shadow_banned: Type.Boolean(),
    teams: Type.Array(Type.String()),
    teams_role: Type.Optional(JsonObject),
  }),
]);
export type UserResponse = StaticDecode<typeof UserResponse>;

export const SortParamRequest = Type.Object({
  direction: Type.Optional(Type.Integer({ minimum: -1, maximum: 1 })),
  field: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
});
export type SortParamRequest = StaticDecode<typeof SortParamRequest>;

/** A filtered, sorted page of a POST query (queryPolls, queryPollVotes). */
export const QueryPageRequest = Type.Composite([
  PageCursors,
  Type.Object({
    filter: Type.Optional(JsonObject),
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    sort: Type.Optional(Type.Array(SortParamRequest, { maxItems: 5 })),
  }),
]);
export type QueryPageRequest = StaticDecode<typeof QueryPageRequest>;

/** The query parameters of a name search (searchRoles, searchUserGroups): text, page size, and a keyset cursor. */
export const NameSearchParams = Type.Object({
  query: Type.String({ minLength: 1, maxLength: 255 }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 25 })),
  name_gt: Type.Optional(Type.String()),
});
export type NameSearchParams = StaticDecode<typeof NameSearchParams>;
