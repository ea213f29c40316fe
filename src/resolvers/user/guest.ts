import type { CreateGuestResponse } from '../../rest/wire/users.js';
import { builder } from '../../graphql/builder.js';
import { UserInput, toUserRequest } from '../../schema/user/inputs.js';
import { UserRef } from '../../schema/user/types.js';

const CreateGuestInput = builder.inputType('CreateGuestInput', {
  description: 'The guest to create.',
  fields: (t) => ({
    user: t.field({ type: UserInput, required: true, description: 'The guest; its role is always `guest`.' }),
  }),
});

const CreateGuestPayload = builder.objectRef<CreateGuestResponse>('CreateGuestPayload').implement({
  description: 'The guest createGuest made, and a token to connect as it.',
  fields: (t) => ({
    user: t.field({ type: UserRef, description: 'The new guest user.', resolve: (guest) => guest.user }),
    accessToken: t.exposeString('access_token', {
      description: 'A user token for the guest, to hand to the client that will connect as it.',
    }),
  }),
});

builder.mutationField('createGuest', (t) =>
  t.field({
    type: CreateGuestPayload,
    nullable: true,
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
