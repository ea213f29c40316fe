import type { Caller } from '../../caller.js';
import type { PushPreferenceInput as WirePushPreference } from '../../rest/wire/push.js';
import { builder } from '../../graphql/builder.js';
import { PushProvider } from '../../schema/device/types.js';
import {
  CheckPushInput,
  DeletePushProviderInput,
  PushPreferenceInput,
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

type PreferenceInput = typeof PushPreferenceInput.$inferInput;

/** One preference change as Stream takes it; a user caller's changes are always their own. */
function wirePreference(caller: Caller, input: PreferenceInput): WirePushPreference {
  const chat = input.chatPreferences;
  const feeds = input.feedsPreferences;
  return {
    user_id: actingUserId(caller, input.userId),
    channel_cid: input.channelCid ?? undefined,
    chat_level: input.chatLevel ?? undefined,
    call_level: input.callLevel ?? undefined,
    feeds_level: input.feedsLevel ?? undefined,
    disabled_until: input.disabledUntil ?? undefined,
    remove_disable: input.removeDisable ?? undefined,
    chat_preferences: chat
      ? {
          channel_mentions: chat.channelMentions ?? undefined,
          default_preference: chat.defaultPreference ?? undefined,
          direct_mentions: chat.directMentions ?? undefined,
          group_mentions: chat.groupMentions ?? undefined,
          here_mentions: chat.hereMentions ?? undefined,
          role_mentions: chat.roleMentions ?? undefined,
          thread_replies: chat.threadReplies ?? undefined,
        }
      : undefined,
    feeds_preferences: feeds
      ? {
          comment: feeds.comment ?? undefined,
          comment_mention: feeds.commentMention ?? undefined,
          comment_reaction: feeds.commentReaction ?? undefined,
          comment_reply: feeds.commentReply ?? undefined,
          follow: feeds.follow ?? undefined,
          mention: feeds.mention ?? undefined,
          reaction: feeds.reaction ?? undefined,
          custom_activity_types: feeds.customActivityTypes ?? undefined,
        }
      : undefined,
  };
}

builder.queryField('pushProviders', (t) =>
  t.field({
    type: [PushProviderRef],
    description: 'The configured push providers (listPushProviders).',
    authScopes: { server: true },
    resolve: async (_root, _args, { stream }) => (await stream.listPushProviders()).push_providers,
  }),
);

builder.queryField('pushTemplates', (t) =>
  t.field({
    type: [PushTemplateRef],
    description: 'The saved templates of a push service, or of one provider of it (getPushTemplates).',
    authScopes: { server: true },
    args: {
      pushProviderType: t.arg({ type: PushProvider, required: true, description: 'The push service.' }),
      pushProviderName: t.arg.string({ description: 'One provider of that service.' }),
    },
    resolve: async (_root, args, { stream }) => {
      const answer = await stream.getPushTemplates({
        push_provider_type: args.pushProviderType,
        push_provider_name: args.pushProviderName ?? undefined,
      });
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
      stream.checkPush({
        user_id: requiredActingUserId(caller, input.userId, 'input.userId'),
        event_type: input.eventType ?? undefined,
        message_id: input.messageId ?? undefined,
        push_provider_type: input.pushProviderType ?? undefined,
        push_provider_name: input.pushProviderName ?? undefined,
        apn_template: input.apnTemplate ?? undefined,
        firebase_template: input.firebaseTemplate ?? undefined,
        firebase_data_template: input.firebaseDataTemplate ?? undefined,
        skip_devices: input.skipDevices ?? undefined,
      }),
  }),
);

builder.mutationField('updatePushNotificationPreferences', (t) =>
  t.field({
    type: UpdatePushNotificationPreferencesPayloadRef,
    description: 'Changes push preferences, app-wide or per channel (updatePushNotificationPreferences).',
    authScopes: { server: true, user: true },
    args: { input: t.arg({ type: UpdatePushNotificationPreferencesInput, required: true }) },
    resolve: (_root, { input }, { stream, caller }) =>
      stream.updatePushNotificationPreferences({
        preferences: input.preferences.map((preference) => wirePreference(caller, preference)),
      }),
  }),
);

builder.mutationField('upsertPushProvider', (t) =>
  t.field({
    type: UpsertPushProviderPayloadRef,
    description: 'Adds a push provider, or changes the one of that type and name (upsertPushProvider).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpsertPushProviderInput, required: true }) },
    resolve: (_root, { input }, { stream }) =>
      stream.upsertPushProvider({
        push_provider: {
          name: input.name,
          type: input.type,
          description: input.description ?? undefined,
          disabled_at: input.disabledAt ?? undefined,
          disabled_reason: input.disabledReason ?? undefined,
          apn_auth_key: input.apnAuthKey ?? undefined,
          apn_auth_type: input.apnAuthType ?? undefined,
          apn_development: input.apnDevelopment ?? undefined,
          apn_host: input.apnHost ?? undefined,
          apn_key_id: input.apnKeyId ?? undefined,
          apn_notification_template: input.apnNotificationTemplate ?? undefined,
          apn_p12_cert: input.apnP12Cert ?? undefined,
          apn_team_id: input.apnTeamId ?? undefined,
          apn_topic: input.apnTopic ?? undefined,
          firebase_apn_template: input.firebaseApnTemplate ?? undefined,
          firebase_credentials: input.firebaseCredentials ?? undefined,
          firebase_data_template: input.firebaseDataTemplate ?? undefined,
          firebase_host: input.firebaseHost ?? undefined,
          firebase_notification_template: input.firebaseNotificationTemplate ?? undefined,
          firebase_server_key: input.firebaseServerKey ?? undefined,
          huawei_app_id: input.huaweiAppId ?? undefined,
          huawei_app_secret: input.huaweiAppSecret ?? undefined,
          xiaomi_app_secret: input.xiaomiAppSecret ?? undefined,
          xiaomi_package_name: input.xiaomiPackageName ?? undefined,
        },
      }),
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

builder.mutationField('upsertPushTemplate', (t) =>
  t.field({
    type: UpsertPushTemplatePayloadRef,
    description: 'Saves the template of one event type (upsertPushTemplate).',
    authScopes: { server: true },
    args: { input: t.arg({ type: UpsertPushTemplateInput, required: true }) },
    resolve: (_root, { input }, { stream }) =>
      stream.upsertPushTemplate({
        event_type: input.eventType,
        push_provider_type: input.pushProviderType,
        push_provider_name: input.pushProviderName ?? undefined,
        enable_push: input.enablePush ?? undefined,
        template: input.template ?? undefined,
      }),
  }),
);
