import { builder } from '../../graphql/builder.js';
import { toUserRequest, CreateGuestInput } from '../../schema/user/inputs.js';
import { CreateGuestPayload } from '../../schema/user/payloads.js';

builder.mutationField('createGuest', (t) =>
  t.field({
    type: CreateGuestPayload,
    description: 'Creates a guest user and a token for it (createGuest); guest access must be enabled for the app.',
    authScopes: { server: true },
    args: { input: t.arg({ type: CreateGuestInput, required: true }) },
    resolve: async (_root, { input }, { stream, loaders }) => {
      const guest = await stream.createGuest({ user: toUserRequest(input.user) });
      loaders.primeUser(guest.user);
      return guest;
    },
  }),
);
