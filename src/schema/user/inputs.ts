import { UserRequest, UserSetRequest } from '../../rest/wire/shared.js';
import { toWire } from '../../rest/wire/toWire.js';
import { builder } from '../../graphql/builder.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';
import { unsetFieldEnum } from '../../graphql/input/patch.js';
import { enumFromWire } from '../../graphql/wireEnum.js';
import { CHANNEL_DELETION_MODES, USER_DELETION_MODES } from '../../rest/wire/users.js';

export const PrivacySettingsInput = builder.inputType('PrivacySettingsInput', {
  description: 'What a user lets others know about their activity; fields left out are not sent.',
  fields: (t) => ({
    deliveryReceipts: t.boolean({ description: 'Send delivery receipts.' }),
    readReceipts: t.boolean({ description: 'Send read receipts.' }),
    typingIndicators: t.boolean({ description: 'Send typing indicators.' }),
  }),
});

export const UserInput = builder.inputType('UserInput', {
  description: 'A user to create or replace; fields left out are cleared on replace.',
  fields: (t) => ({
    ...wireInputFields(t, UserRequest, {
      id: { description: 'The user id.', type: 'ID' },
      name: 'The display name.',
      image: 'A picture URL.',
      role: 'The app-wide role (`user` unless set).',
      language: 'The preferred language code.',
      teams: 'Teams the user belongs to.',
      teamsRole: 'The role the user has in each team, by team name.',
      invisible: 'Hide being online.',
      custom: 'App-defined data to store on the user.',
    }),
    privacySettings: t.field({ type: PrivacySettingsInput, description: 'What the user lets others know.' }),
  }),
});

export type UserInputValue = typeof UserInput.$inferInput;

const toggle = (enabled: boolean | null | undefined) => (enabled == null ? undefined : { enabled });

/**
 * A `UserInput` as Stream's UserRequest; what the caller left out is not sent. The privacy
 * settings differ on purpose: the graph takes a flag where Stream takes `{ enabled }`.
 */
export function toUserRequest(input: UserInputValue): UserRequest {
  const { privacySettings: privacy, ...user } = input;
  return toWire(UserRequest, { ...user, privacySettings: privacy && privacyToWire(privacy) });
}

/** Privacy flags as Stream's `{ enabled }` toggles (still camelCase: `toWire` renames them). */
export function privacyToWire(privacy: typeof PrivacySettingsInput.$inferInput) {
  return {
    deliveryReceipts: toggle(privacy.deliveryReceipts),
    readReceipts: toggle(privacy.readReceipts),
    typingIndicators: toggle(privacy.typingIndicators),
  };
}

export const UpsertUsersInput = builder.inputType('UpsertUsersInput', {
  description: 'Users to create, or to replace entirely when they exist.',
  fields: (t) => ({
    users: t.field({ type: [UserInput], required: true, description: 'Up to 100 users.' }),
  }),
});

export const UserPatch = builder.inputType('UserPatch', {
  description: 'Fields of a user to set; fields left out stay as they are (use `unset` to remove one).',
  fields: (t) => ({
    ...wireInputFields(t, UserSetRequest, {
      name: 'The display name.',
      image: 'A picture URL.',
      role: 'The app-wide role.',
      language: 'The preferred language code.',
      teams: 'Teams the user belongs to, replaced as a whole.',
      teamsRole: 'The role the user has in each team, by team name.',
      invisible: 'Hide being online.',
    }),
    privacySettings: t.field({ type: PrivacySettingsInput, description: 'What the user lets others know.' }),
    ...wireInputFields(t, UserSetRequest, {
      custom:
        'App-defined fields to set, each by its name; other custom fields stay. A name may not be one of the fields above.',
    }),
  }),
});

export const UserField = unsetFieldEnum('UserField', {
  description: 'A user field that can be removed, going back to its default.',
  wire: UserSetRequest,
  becomes: {
    name: 'Becomes empty.',
    image: 'Becomes empty.',
    language: 'Becomes empty.',
    teams: 'Becomes no teams.',
    teams_role: 'Becomes no team roles.',
    invisible: 'Becomes false (visible).',
    privacy_settings: 'Back to the app defaults.',
    custom: 'All app-defined fields are removed.',
  },
});

const UserPatchInput = builder.inputType('UserPatchInput', {
  description: 'Changes to one user: fields to set and fields to remove; others stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The user to change.' }),
    set: t.field({ type: UserPatch, description: 'Fields to set.' }),
    unset: t.field({ type: [UserField], description: 'Fields to remove; none may also be in `set`.' }),
    unsetCustom: t.stringList({
      description: 'App-defined fields to remove, by name; none may also be in `set.custom`.',
    }),
  }),
});

export const UpdateUsersPartialInput = builder.inputType('UpdateUsersPartialInput', {
  description: 'Changes to up to 100 users.',
  fields: (t) => ({
    users: t.field({ type: [UserPatchInput], required: true, description: 'One entry per user to change.' }),
  }),
});

export const DeactivateUserInput = builder.inputType('DeactivateUserInput', {
  description: 'Whom to deactivate, and what happens to their messages.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user to deactivate.' }),
    createdById: t.id({ description: 'Who deactivates them, for the record.' }),
    markMessagesDeleted: t.boolean({ description: "Also mark the user's messages deleted." }),
  }),
});

export const DeactivateUsersInput = builder.inputType('DeactivateUsersInput', {
  description: 'Whom to deactivate, and what happens to their messages and channels.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 100 users.' }),
    createdById: t.id({ description: 'Who deactivates them, for the record.' }),
    markMessagesDeleted: t.boolean({ description: "Also mark the users' messages deleted." }),
    markChannelsDeleted: t.boolean({ description: "Also mark the users' channels deleted." }),
  }),
});

export const ReactivateUserInput = builder.inputType('ReactivateUserInput', {
  description: 'Whom to reactivate, and what to bring back.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The user to reactivate.' }),
    createdById: t.id({ description: 'Who reactivates them, for the record.' }),
    name: t.string({ description: 'A new display name to give them.' }),
    restoreMessages: t.boolean({ description: 'Bring back the messages deleted on deactivation.' }),
  }),
});

export const ReactivateUsersInput = builder.inputType('ReactivateUsersInput', {
  description: 'Whom to reactivate, and what to bring back.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 100 users.' }),
    createdById: t.id({ description: 'Who reactivates them, for the record.' }),
    restoreMessages: t.boolean({ description: 'Bring back the messages deleted on deactivation.' }),
    restoreChannels: t.boolean({ description: 'Bring back the channels deleted on deactivation.' }),
  }),
});

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

export const DeleteUsersInput = builder.inputType('DeleteUsersInput', {
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

export const RestoreUsersInput = builder.inputType('RestoreUsersInput', {
  description: 'Soft-deleted users to bring back.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 100 users.' }),
  }),
});

export const ExportUsersInput = builder.inputType('ExportUsersInput', {
  description: 'Users whose data to export.',
  fields: (t) => ({
    userIds: t.idList({ required: true, description: 'Up to 25 users.' }),
  }),
});

const blockInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      blockedUserId: t.id({ required: true, description: 'The user blocked.' }),
      userId: t.id({ description: 'Who blocks; required for server tokens, always the caller for user tokens.' }),
    }),
  });

export const BlockUserInput = blockInput('BlockUserInput', 'Who blocks whom.');
export const UnblockUserInput = blockInput('UnblockUserInput', 'Whose block of whom to remove.');

export const CreateGuestInput = builder.inputType('CreateGuestInput', {
  description: 'The guest to create.',
  fields: (t) => ({
    user: t.field({ type: UserInput, required: true, description: 'The guest; its role is always `guest`.' }),
  }),
});
