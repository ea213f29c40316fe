import { SharedLocationResponseData } from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { userField } from '../user/userField.js';

export const SharedLocationRef = builder.objectRef<SharedLocationResponseData>('SharedLocation').implement({
  description: "A user's location shared live in a chat message, until it ends.",
  fields: (t) => ({
    ...wireFields(t, SharedLocationResponseData, {
      messageId: { description: 'The message sharing the location.', type: 'ID' },
      message: 'That message (a chat message object), when Stream includes it.',
      channelCid: 'The channel of that message (`type:id`).',
      channel: 'That channel (a chat channel object), when Stream includes it.',
      latitude: 'Degrees north (negative: south).',
      longitude: 'Degrees east (negative: west).',
      createdByDeviceId: 'The device that started sharing.',
      endAt: 'When sharing stops; null while shared until stopped.',
      createdAt: 'When sharing began.',
      updatedAt: 'When the location last moved.',
      userId: { description: 'Who shares it.', type: 'ID' },
    }),
    user: userField(t, 'Who shares it.', (location) => location.user_id),
  }),
});
