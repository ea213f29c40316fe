import {
  type PrivacySettingsResponse,
  PrivacyToggle,
  PushNotificationSettingsResponse,
} from '../../rest/wire/shared.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';

/** A privacy setting that is only on or off. */
const privacyToggleRef = (name: string, description: string, enabled: string) =>
  builder.objectRef<PrivacyToggle>(name).implement({
    description,
    fields: (t) => ({
      ...wireFields(t, PrivacyToggle, { enabled }),
    }),
  });

export const DeliveryReceiptsRef = privacyToggleRef(
  'DeliveryReceipts',
  'Whether others are told when this user received their messages.',
  'Delivery receipts are sent.',
);
export const ReadReceiptsRef = privacyToggleRef(
  'ReadReceipts',
  'Whether others are told when this user has read their messages.',
  'Read receipts are sent.',
);
export const TypingIndicatorsRef = privacyToggleRef(
  'TypingIndicators',
  'Whether others see when this user is typing.',
  'Typing indicators are sent.',
);

export const PrivacySettingsRef = builder.objectRef<PrivacySettingsResponse>('PrivacySettings').implement({
  description: 'What a user lets others know about their activity.',
  fields: (t) => ({
    deliveryReceipts: t.field({
      type: DeliveryReceiptsRef,
      nullable: true,
      description: 'Delivery receipts, when the user chose.',
      resolve: (settings) => settings.delivery_receipts,
    }),
    readReceipts: t.field({
      type: ReadReceiptsRef,
      nullable: true,
      description: 'Read receipts, when the user chose.',
      resolve: (settings) => settings.read_receipts,
    }),
    typingIndicators: t.field({
      type: TypingIndicatorsRef,
      nullable: true,
      description: 'Typing indicators, when the user chose.',
      resolve: (settings) => settings.typing_indicators,
    }),
  }),
});

export const PushNotificationSettingsRef = builder
  .objectRef<PushNotificationSettingsResponse>('PushNotificationSettings')
  .implement({
    description: 'Whether a user receives push notifications at the moment.',
    fields: (t) => ({
      ...wireFields(t, PushNotificationSettingsResponse, {
        disabled: 'Push notifications are switched off.',
        disabledUntil: 'When switched-off notifications resume by themselves.',
      }),
    }),
  });
