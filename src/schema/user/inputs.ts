import type { UserRequest } from '../../rest/wire/shared.js';
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

type PrivacySettingsArgument = {
  deliveryReceipts?: boolean | null;
  readReceipts?: boolean | null;
  typingIndicators?: boolean | null;
};

export type UserInputValue = {
  id: string | number;
  name?: string | null;
  image?: string | null;
  role?: string | null;
  language?: string | null;
  teams?: string[] | null;
  teamsRole?: Record<string, unknown> | null;
  invisible?: boolean | null;
  custom?: Record<string, unknown> | null;
  privacySettings?: PrivacySettingsArgument | null;
};

const toggle = (enabled: boolean | null | undefined) => (enabled == null ? undefined : { enabled });

/** A `UserInput` as Stream's UserRequest; what the caller left out stays undefined and is not sent. */
export function toUserRequest(input: UserInputValue): UserRequest {
  const privacy = input.privacySettings;
  return {
    id: String(input.id),
    name: input.name ?? undefined,
    image: input.image ?? undefined,
    role: input.role ?? undefined,
    language: input.language ?? undefined,
    teams: input.teams ?? undefined,
    teams_role: input.teamsRole ?? undefined,
    invisible: input.invisible ?? undefined,
    custom: input.custom ?? undefined,
    privacy_settings: privacy
      ? {
          delivery_receipts: toggle(privacy.deliveryReceipts),
          read_receipts: toggle(privacy.readReceipts),
          typing_indicators: toggle(privacy.typingIndicators),
        }
      : undefined,
  };
}
