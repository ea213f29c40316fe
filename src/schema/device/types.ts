import { DeviceResponse } from '../../rest/wire/shared.js';
import { PUSH_PROVIDER_TYPES } from '../../rest/wire/push.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { userField } from '../user/userField.js';

export const DeviceRef = builder.objectRef<DeviceResponse>('Device').implement({
  description: 'A phone or browser registered to receive push notifications for a user.',
  fields: (t) => ({
    ...wireFields(t, DeviceResponse, { id: { description: 'The device token the push provider issued.', type: 'ID' } }),
    ...openEnumFields(t, PushProvider, 'pushProvider', {
      description: 'The kind of push provider.',
    }),
    ...wireFields(t, DeviceResponse, {
      pushProviderName: 'Which configured push provider of that kind delivers to it.',
      hardwareId:
        'The physical device it is on, so one phone registered through several push providers is pushed to once.',
      voip: 'An Apple VoIP token, for call notifications.',
      disabled: 'Stream stopped sending to it.',
      disabledReason: 'Why it was disabled.',
      createdAt: 'When it was registered.',
      userId: { description: 'Whose device it is.', type: 'ID' },
    }),
    user: userField(t, 'Whose device it is.', (device) => device.user_id),
  }),
});

export const PushProvider = openEnumFromWire('PushProvider', PUSH_PROVIDER_TYPES, {
  description: 'The kinds of push provider a device can be registered with.',
  values: {
    firebase: 'Firebase Cloud Messaging (Android, web, iOS through Firebase).',
    apn: 'Apple Push Notification service.',
    huawei: 'Huawei Push Kit.',
    xiaomi: 'Xiaomi Mi Push.',
  },
});
