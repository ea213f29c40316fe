import { UserRequest } from '../../rest/wire/shared.js';
import { toWire } from '../../rest/wire/toWire.js';
import { builder } from '../../graphql/builder.js';

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
    id: t.id({ required: true, description: 'The user id.' }),
    name: t.string({ description: 'The display name.' }),
    image: t.string({ description: 'A picture URL.' }),
    role: t.string({ description: 'The app-wide role (`user` unless set).' }),
    language: t.string({ description: 'The preferred language code.' }),
    teams: t.stringList({ description: 'Teams the user belongs to.' }),
    teamsRole: t.field({ type: 'JSONObject', description: 'The role the user has in each team, by team name.' }),
    invisible: t.boolean({ description: 'Hide being online.' }),
    custom: t.field({ type: 'JSONObject', description: 'App-defined data to store on the user.' }),
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
  return toWire(UserRequest, {
    ...user,
    privacySettings: privacy && {
      deliveryReceipts: toggle(privacy.deliveryReceipts),
      readReceipts: toggle(privacy.readReceipts),
      typingIndicators: toggle(privacy.typingIndicators),
    },
  });
}
