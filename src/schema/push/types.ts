import { PushProviderResponse, PushTemplateResponse } from '../../rest/wire/push.js';
import type { PushProvider as AppSettingsPushProvider } from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
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
    name: t.exposeString('name', { description: 'The provider name, unique per type.' }),
    ...openEnumInterfaceFields(t, PushProvider, 'type', {
      description: 'The push service.',
      wire: (provider) => provider.type,
    }),
    description: t.exposeString('description', { nullable: true, description: 'A note about the provider.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the provider was added.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the provider last changed.' }),
    disabledAt: t.expose('disabled_at', { type: 'DateTime', nullable: true, description: 'When it was switched off.' }),
    disabledReason: t.exposeString('disabled_reason', { nullable: true, description: 'Why it was switched off.' }),
    apnAuthKey: t.string({
      nullable: true,
      description: 'APN token-auth private key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.apn_auth_key, context),
    }),
    ...openEnumInterfaceFields(t, ApnAuthType, 'apnAuthType', {
      description: 'How Stream authenticates with Apple.',
      nullable: true,
      wire: (provider) => provider.apn_auth_type,
    }),
    apnDevelopment: t.exposeBoolean('apn_development', {
      nullable: true,
      description: 'Whether APN uses the sandbox.',
    }),
    apnHost: t.exposeString('apn_host', { nullable: true, description: 'A custom APN host.' }),
    apnKeyId: t.exposeString('apn_key_id', { nullable: true, description: 'The APN key id.' }),
    apnP12Cert: t.string({
      nullable: true,
      description: 'APN p12 certificate (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.apn_p12_cert, context),
    }),
    apnTeamId: t.exposeString('apn_team_id', { nullable: true, description: 'The Apple team id.' }),
    apnTopic: t.exposeString('apn_topic', { nullable: true, description: 'The APN topic (bundle id).' }),
    firebaseApnTemplate: t.exposeString('firebase_apn_template', {
      nullable: true,
      description: 'Template of the APN part of Firebase messages.',
    }),
    firebaseCredentials: t.string({
      nullable: true,
      description: 'Firebase service account key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.firebase_credentials, context),
    }),
    firebaseDataTemplate: t.exposeString('firebase_data_template', {
      nullable: true,
      description: 'Template of the Firebase data payload.',
    }),
    firebaseHost: t.exposeString('firebase_host', { nullable: true, description: 'A custom Firebase host.' }),
    firebaseNotificationTemplate: t.exposeString('firebase_notification_template', {
      nullable: true,
      description: 'Template of the Firebase notification payload.',
    }),
    firebaseServerKey: t.string({
      nullable: true,
      description: 'Legacy Firebase server key (secret).',
      resolve: (provider, _args, context) => revealSecret(provider.firebase_server_key, context),
    }),
    huaweiAppId: t.exposeString('huawei_app_id', { nullable: true, description: 'The Huawei app id.' }),
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
    xiaomiPackageName: t.exposeString('xiaomi_package_name', {
      nullable: true,
      description: 'The Android package name.',
    }),
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
      wire: (template) => template.event_type,
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
