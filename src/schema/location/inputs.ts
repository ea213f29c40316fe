import { builder } from '../../graphql/builder.js';

export const UpdateLiveLocationInput = builder.inputType('UpdateLiveLocationInput', {
  description: 'A new position, or a new end, for a location shared in a message.',
  fields: (t) => ({
    messageId: t.id({ required: true, description: 'The message sharing the location.' }),
    latitude: t.float({ description: 'Degrees north, -90 to 90.' }),
    longitude: t.float({ description: 'Degrees east, -180 to 180.' }),
    endAt: t.field({ type: 'DateTime', description: 'When sharing stops; a past time stops it now.' }),
    userId: t.id({ description: 'Whose location; required for server tokens, always the caller for user tokens.' }),
  }),
});
