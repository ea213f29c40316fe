import { checkPush, getPushTemplates, updatePushNotificationPreferences, upsertPushProvider } from '../../rest/push.js';
import { toWireInput } from '../../rest/wireInput.js';
import { builder } from '../../graphql/builder.js';
import { PushProvider } from '../../schema/device/types.js';
import {
  CheckPushInput,
  DeletePushProviderInput,
  UpdatePushNotificationPreferencesInput,
  UpsertPushProviderInput,
  UpsertPushTemplateInput,
} from '../../schema/push/inputs.js';
import {
  CheckPushPayloadRef,
  DeletePushProviderPayloadRef,
  UpdatePushNotificationPreferencesPayloadRef,
  UpsertPushProviderPayloadRef,
  UpsertPushTemplatePayloadRef,
} from '../../schema/push/payloads.js';
import { PushProviderRef, PushTemplateRef } from '../../schema/push/types.js';
import { actingUserId, requiredActingUserId } from '../../graphql/actingUser.js';
import { streamMutation } from '../../graphql/streamMutation.js';
import { serverQuery } from '../../graphql/serverQuery.js';

serverQuery('pushProviders', {
  type: [PushProviderRef],
  description: 'The configured push providers (listPushProviders).',
  read: async (stream) => (await stream.listPushProviders()).push_providers,
});

builder.queryField('pushTemplates', (t) =>
  t.field({
    type: [PushTemplateRef],
    nullable: true,
    description: 'The saved templates of a push service, or of one provider of it (getPushTemplates).',
    authScopes: { server: true },
    args: {
      pushProviderType: t.arg({ type: PushProvider, required: true, description: 'The push service.' }),
      pushProviderName: t.arg.string({ description: 'One provider of that service.' }),
    },
    resolve: async (_root, args, { stream }) => {
      const answer = await stream.getPushTemplates(toWireInput(getPushTemplates, args));
      return answer.templates;
    },
  }),
);

builder.mutationField('checkPush', (t) =>
  t.field({
    type: CheckPushPayloadRef,
    description:
      'Renders the push a user would get and reports what would stop it (checkPush). A mutation: it runs templates and device checks at Stream on demand and its answer must never be cached.',
    authScopes: { server: true },
    args: { input: t.arg({ type: CheckPushInput, required: true }) },
    resolve: (_root, { input }, { stream, caller }) =>
      stream.checkPush(
        toWireInput(checkPush, { ...input, userId: requiredActingUserId(caller, input.userId, 'input.userId') }),
      ),
  }),
);

builder.mutationField('updatePushNotificationPreferences', (t) =>
  t.field({
    type: UpdatePushNotificationPreferencesPayloadRef,
    description: 'Changes push preferences, app-wide or per channel (updatePushNotificationPreferences).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdatePushNotificationPreferencesInput, required: true }) },
    resolve: (_root, { input }, { stream, caller }) =>
      // A user caller's changes are always their own.
      stream.updatePushNotificationPreferences(
        toWireInput(updatePushNotificationPreferences, {
          preferences: input.preferences.map((change) => ({ ...change, userId: actingUserId(caller, change.userId) })),
        }),
      ),
  }),
);

builder.mutationField('upsertPushProvider', (t) =>
  t.field({
    type: UpsertPushProviderPayloadRef,
    description: 'Adds a push provider, or changes the one of that type and name (upsertPushProvider).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpsertPushProviderInput, required: true }) },
    resolve: (_root, { input }, { stream }) =>
      stream.upsertPushProvider(toWireInput(upsertPushProvider, { pushProvider: input })),
  }),
);

builder.mutationField('deletePushProvider', (t) =>
  t.field({
    type: DeletePushProviderPayloadRef,
    description: 'Removes a push provider and its templates (deletePushProvider).',
    authScopes: { server: true },
    args: { input: t.arg({ type: DeletePushProviderInput, required: true }) },
    resolve: async (_root, { input }, { stream }) => {
      await stream.deletePushProvider({ type: input.type, name: input.name });
      return { type: input.type, name: input.name };
    },
  }),
);

streamMutation('upsertPushTemplate', {
  type: UpsertPushTemplatePayloadRef,
  description: 'Saves the template of one event type (upsertPushTemplate).',
  input: UpsertPushTemplateInput,
});
