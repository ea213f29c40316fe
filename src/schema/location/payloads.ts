import type { SharedLocationResponseData } from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import { MutationPayloadRef } from '../../graphql/mutationPayload.js';
import { SharedLocationRef } from './types.js';

export const UpdateLiveLocationPayload = builder
  .objectRef<{ location: SharedLocationResponseData }>('UpdateLiveLocationPayload')
  .implement({
    interfaces: [MutationPayloadRef],
    description: 'The location updateLiveLocation changed.',
    fields: (t) => ({
      location: t.field({
        type: SharedLocationRef,
        description: 'The location as it is now.',
        resolve: (p) => p.location,
      }),
    }),
  });
