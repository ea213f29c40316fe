import type { SharedLocationResponseData } from '../../rest/wire/users.js';
import { payloadType } from '../../graphql/mutationPayload.js';
import { SharedLocationRef } from './types.js';

export const UpdateLiveLocationPayload = payloadType<{ location: SharedLocationResponseData }>(
  'UpdateLiveLocationPayload',
  {
    description: 'The location updateLiveLocation changed.',
    fields: (t) => ({
      location: t.field({
        type: SharedLocationRef,
        description: 'The location as it is now.',
        resolve: (p) => p.location,
      }),
    }),
  },
);
