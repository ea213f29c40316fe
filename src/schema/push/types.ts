import { PushProviderResponse, PushTemplateResponse } from '../../rest/wire/push.js';
import type { PushProvider as AppSettingsPushProvider } from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { wireFields, wireInterfaceFields } from '../../graphql/wireFields.js';
import { openEnumFields, openEnumInterfaceFields } from '../../graphql/openEnum.js';
import { revealSecret } from '../../graphql/secrets.js';
import { ApnAuthType } from '../app/enums.js';
import { PushProvider } from '../device/types.js';
import { PushTemplateEventType } from './enums.js';

/** What the app settings' provider list and the push provider endpoints both say of a provider. */
type PushProviderSettings = Pick<PushProviderResponse, keyof PushProviderResponse & keyof AppSettingsPushProvider>;

export const PushProviderSettingsRef = builder.interfaceRef<PushProviderSettings>('PushProviderSettings').implement({
  description: 'What every view of a push provider shows: its identity, state and credentials (secrets redacted).',
  fields: (t) => ({
    ...wireInterfaceFields(t, PushProviderResponse, { name: 'The provider name, unique per type.' }),
    ...openEnumInterfaceFields(t, PushProvider, 'type', {
      description: 'The push service.',
    }),
    ...wireInterfaceFields(t, PushProviderResponse, {
      description: 'A note about the provider.',
      createdAt: 'When the provider was added.',
      updatedAt: 'When the provider last changed.',
      disabledAt: 'When it was switched off.',
      disabledReason: 'Why it was switched off.',
    }),
    apnAuthKey: t.string({
      nullable: true,
      description: 'APN token-auth private key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.apn_auth_key, context),
    }),
    ...openEnumInterfaceFields(t, ApnAuthType, 'apnAuthType', {
      description: 'How Stream authenticates with Apple.',
      nullable: true,
    }),
    ...wireInterfaceFields(t, PushProviderResponse, {
      apnDevelopment: 'Whether APN uses the sandbox.',
      apnHost: 'A custom APN host.',
      apnKeyId: 'The APN key id.',
    }),
    apnP12Cert: t.string({
      nullable: true,
      description: 'APN p12 certificate (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.apn_p12_cert, context),
    }),
    ...wireInterfaceFields(t, PushProviderResponse, {
      apnTeamId: 'The Apple team id.',
      apnTopic: 'The APN topic (bundle id).',
      firebaseApnTemplate: 'Template of the APN part of Firebase messages.',
    }),
    firebaseCredentials: t.string({
      nullable: true,
      description: 'Firebase service account key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.firebase_credentials, context),
    }),
    ...wireInterfaceFields(t, PushProviderResponse, {
      firebaseDataTemplate: 'Template of the Firebase data payload.',
      firebaseHost: 'A custom Firebase host.',
      firebaseNotificationTemplate: 'Template of the Firebase notification payload.',
    }),
    firebaseServerKey: t.string({
      nullable: true,
      description: 'Legacy Firebase server key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.firebase_server_key, context),
    }),
    ...wireInterfaceFields(t, PushProviderResponse, { huaweiAppId: 'The Huawei app id.' }),
    huaweiAppSecret: t.string({
      nullable: true,
      description: 'The Huawei app secret (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.huawei_app_secret, context),
    }),
    xiaomiAppSecret: t.string({
      nullable: true,
      description: 'The Xiaomi app secret (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.xiaomi_app_secret, context),
    }),
    ...wireInterfaceFields(t, PushProviderResponse, { xiaomiPackageName: 'The Android package name.' }),
  }),
});

export const PushProviderRef = builder.objectRef<PushProviderResponse>('PushProviderConfig').implement({
  description: 'A configured push provider: credentials (shown only when the gateway reveals secrets) and templates.',
  interfaces: [PushProviderSettingsRef],
  fields: (t) => ({
    ...wireFields(t, PushProviderResponse, {
      apnSandboxCertificate: 'Whether the APN certificate is a sandbox one.',
      apnSupportsRemoteNotifications: 'Whether the APN certificate allows remote notifications.',
      apnSupportsVoipNotifications: 'Whether the APN certificate allows VoIP notifications.',
    }),
  }),
});

export const PushTemplateRef = builder.objectRef<PushTemplateResponse>('PushTemplate').implement({
  description: 'The template a push provider renders for one event type.',
  fields: (t) => ({
    ...openEnumFields(t, PushTemplateEventType, 'eventType', {
      description: 'The event the template renders.',
    }),
    ...wireFields(t, PushTemplateResponse, {
      enablePush: 'Whether this event sends a push at all.',
      template: 'The template text (JSON with placeholders).',
      pushProviderInternalId: "Stream's internal id of the provider the template belongs to.",
      createdAt: 'When the template was first saved.',
      updatedAt: 'When the template last changed.',
    }),
  }),
});
