import { updateLiveLocation } from '../../rest/users.js';
import type { SharedLocationResponseData } from '../../rest/wire/users.js';
import { toWireInput } from '../../rest/wireInput.js';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { SharedLocationRef } from '../../schema/location/types.js';
import { UpdateLiveLocationInput } from '../../schema/location/inputs.js';
import { UpdateLiveLocationPayload } from '../../schema/location/payloads.js';
import { ownUserData } from '../../graphql/ownUserData.js';
import { UserRef } from '../../schema/user/types.js';
import { requiredActingUserId } from '../../graphql/actingUser.js';

async function liveLocationsOf(userId: string, { stream }: GraphQLContext): Promise<SharedLocationResponseData[]> {
  const { active_live_locations } = await stream.getUserLiveLocations({ user_id: userId });
  return active_live_locations;
}

builder.queryField('liveLocations', (t) =>
  t.field({
    type: [SharedLocationRef],
    nullable: true,
    description: 'The locations a user is sharing live right now (getUserLiveLocations). User tokens read their own.',
    authScopes: { server: true, user: true },
    args: { userId: t.arg.id({ description: 'Whose locations; required for server tokens.' }) },
    resolve: (_root, { userId }, context) =>
      liveLocationsOf(requiredActingUserId(context.caller, userId, 'userId'), context),
  }),
);

builder.objectField(UserRef, 'liveLocations', (t) =>
  t.field({
    type: [SharedLocationRef],
    nullable: true,
    description:
      'The locations this user is sharing live right now (one request per distinct user). User tokens see only their own.',
    resolve: ownUserData(
      'live locations',
      async (user, { loaders }) => (await loaders.userLiveLocations.load({ user_id: user.id })).active_live_locations,
    ),
  }),
);

builder.mutationField('updateLiveLocation', (t) =>
  t.field({
    type: UpdateLiveLocationPayload,
    description: 'Moves a live-shared location, or changes when sharing ends (updateLiveLocation).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdateLiveLocationInput, required: true }) },
    resolve: async (_root, { input }, { caller, stream }) => {
      const location = await stream.updateLiveLocation(
        toWireInput(updateLiveLocation, {
          ...input,
          userId: requiredActingUserId(caller, input.userId, 'input.userId'),
          messageId: String(input.messageId),
        }),
      );
      return { location };
    },
  }),
);
