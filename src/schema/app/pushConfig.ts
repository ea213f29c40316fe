import {
  APNConfigFields,
  FirebaseConfigFields,
  HuaweiConfigFields,
  PushNotificationFields,
  PushProvider,
  PushTemplate,
  XiaomiConfigFields,
} from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { PushTemplateEventType } from '../push/enums.js';
import { ApnAuthType, PushVersion } from './enums.js';
import { PushProviderSettingsRef } from '../push/types.js';
import { revealSecret } from '../../graphql/secrets.js';

export const ApnConfigRef = builder.objectRef<APNConfigFields>('ApnConfig').implement({
  description: 'The app’s Apple push settings (the legacy single-provider configuration).',
  fields: (t) => ({
    ...wireFields(t, APNConfigFields, {
      enabled: 'Whether APN is configured.',
      development: 'Whether the sandbox is used.',
    }),
    ...openEnumFields(t, ApnAuthType, 'authType', {
      description: 'How Stream authenticates with Apple.',
      nullable: true,
    }),
    authKey: t.string({
      nullable: true,
      description: 'The token-auth private key (secret).',
      resolve: (config, _args, context) => revealSecret(config.auth_key, context),
    }),
    p12Cert: t.string({
      nullable: true,
      description: 'The p12 certificate (secret).',
      resolve: (config, _args, context) => revealSecret(config.p12_cert, context),
    }),
    ...wireFields(t, APNConfigFields, {
      bundleId: 'The iOS bundle id.',
      host: 'A custom APN host.',
      keyId: 'The APN key id.',
      teamId: 'The Apple team id.',
      notificationTemplate: 'The notification template.',
    }),
  }),
});

export const FirebaseConfigRef = builder.objectRef<FirebaseConfigFields>('FirebaseConfig').implement({
  description: 'The app’s Firebase push settings (the legacy single-provider configuration).',
  fields: (t) => ({
    ...wireFields(t, FirebaseConfigFields, {
      enabled: 'Whether Firebase is configured.',
      apnTemplate: 'Template of the APN part of messages.',
      dataTemplate: 'Template of the data payload.',
      notificationTemplate: 'Template of the notification payload.',
    }),
    credentialsJson: t.string({
      nullable: true,
      description: 'The service account key (secret).',
      resolve: (config, _args, context) => revealSecret(config.credentials_json, context),
    }),
    serverKey: t.string({
      nullable: true,
      description: 'The legacy server key (secret).',
      resolve: (config, _args, context) => revealSecret(config.server_key, context),
    }),
  }),
});

export const HuaweiConfigRef = builder.objectRef<HuaweiConfigFields>('HuaweiConfig').implement({
  description: 'The app’s Huawei push settings (the legacy single-provider configuration).',
  fields: (t) => ({
    ...wireFields(t, HuaweiConfigFields, {
      enabled: 'Whether Huawei push is configured.',
      id: 'The Huawei app id.',
    }),
    secret: t.string({
      nullable: true,
      description: 'The Huawei app secret (secret).',
      resolve: (config, _args, context) => revealSecret(config.secret, context),
    }),
  }),
});

export const XiaomiConfigRef = builder.objectRef<XiaomiConfigFields>('XiaomiConfig').implement({
  description: 'The app’s Xiaomi push settings (the legacy single-provider configuration).',
  fields: (t) => ({
    ...wireFields(t, XiaomiConfigFields, {
      enabled: 'Whether Xiaomi push is configured.',
      packageName: 'The Android package name.',
    }),
    secret: t.string({
      nullable: true,
      description: 'The Xiaomi app secret (secret).',
      resolve: (config, _args, context) => revealSecret(config.secret, context),
    }),
  }),
});

export const AppPushTemplateRef = builder.objectRef<PushTemplate>('AppPushTemplate').implement({
  description: 'A push template as the app settings list it under its provider.',
  fields: (t) => ({
    ...openEnumFields(t, PushTemplateEventType, 'eventType', {
      description: 'The event it renders.',
    }),
    ...wireFields(t, PushTemplate, {
      enablePush: 'Whether this event sends a push at all.',
      template: 'The template text.',
      createdAt: 'When it was first saved.',
      updatedAt: 'When it last changed.',
    }),
  }),
});

export const AppPushProviderRef = builder.objectRef<PushProvider>('AppPushProvider').implement({
  description: 'A push provider as the app settings list it, with its templates. Credentials are secret.',
  interfaces: [PushProviderSettingsRef],
  fields: (t) => ({
    pushTemplates: t.expose('push_templates', {
      type: [AppPushTemplateRef],
      nullable: true,
      description: 'Its templates per event type.',
    }),
    ...wireFields(t, PushProvider, {
      apnNotificationTemplate: 'Template of APN notifications.',
      huaweiHost: 'A custom Huawei push host.',
    }),
  }),
});

export const AppPushNotificationsRef = builder.objectRef<PushNotificationFields>('AppPushNotifications').implement({
  description: 'How the app sends push notifications.',
  fields: (t) => ({
    ...openEnumFields(t, PushVersion, 'version', {
      description: 'The push system version.',
    }),
    ...wireFields(t, PushNotificationFields, { offlineOnly: 'Whether only offline users get pushes.' }),
    apn: t.expose('apn', { type: ApnConfigRef, description: 'Legacy APN settings.' }),
    firebase: t.expose('firebase', { type: FirebaseConfigRef, description: 'Legacy Firebase settings.' }),
    huawei: t.expose('huawei', { type: HuaweiConfigRef, description: 'Legacy Huawei settings.' }),
    xiaomi: t.expose('xiaomi', { type: XiaomiConfigRef, description: 'Legacy Xiaomi settings.' }),
    providers: t.expose('providers', {
      type: [AppPushProviderRef],
      nullable: true,
      description: 'The configured push providers (push v2 and later).',
    }),
  }),
});
