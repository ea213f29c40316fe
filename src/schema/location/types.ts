import type { SharedLocationResponseData } from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import { UserRef } from '../user/types.js';

export const SharedLocationRef = builder.objectRef<SharedLocationResponseData>('SharedLocation').implement({
  description: "A user's location shared live in a chat message, until it ends.",
  fields: (t) => ({
    messageId: t.exposeID('message_id', { description: 'The message sharing the location.' }),
    message: t.expose('message', {
      type: 'JSONObject',
      nullable: true,
      description: 'That message (a chat message object), when Stream includes it.',
    }),
    channelCid: t.exposeString('channel_cid', { description: 'The channel of that message (`type:id`).' }),
    channel: t.expose('channel', {
      type: 'JSONObject',
      nullable: true,
      description: 'That channel (a chat channel object), when Stream includes it.',
    }),
    latitude: t.exposeFloat('latitude', { description: 'Degrees north (negative: south).' }),
    longitude: t.exposeFloat('longitude', { description: 'Degrees east (negative: west).' }),
    createdByDeviceId: t.exposeString('created_by_device_id', { description: 'The device that started sharing.' }),
    endAt: t.expose('end_at', {
      type: 'DateTime',
      nullable: true,
      description: 'When sharing stops; null while shared until stopped.',
    }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When sharing began.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the location last moved.' }),
    userId: t.exposeID('user_id', { description: 'Who shares it.' }),
    user: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who shares it.',
      resolve: (location, _args, { loaders }) => loaders.users.load(location.user_id),
    }),
  }),
});
