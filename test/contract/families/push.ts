import { expect } from 'vitest';
import { upsertUsersStep, type Family } from './family.js';

const FIREBASE_CREDENTIALS = JSON.stringify({ type: 'service_account', project_id: 'demo', private_key: 'not-real' });

export const pushFamily: Family = {
  name: 'push providers, templates and preferences',
  steps: [
    upsertUsersStep('push-user'),
    {
      operation: 'upsertPushProvider',
      input: () => ({
        push_provider: { name: 'contract-android', type: 'firebase', firebase_credentials: FIREBASE_CREDENTIALS },
      }),
    },
    {
      operation: 'listPushProviders',
      check: (answer) =>
        expect(answer.push_providers.map((provider: { name: string }) => provider.name)).toContain('contract-android'),
    },
    {
      operation: 'upsertPushTemplate',
      input: () => ({
        push_provider_type: 'firebase',
        push_provider_name: 'contract-android',
        event_type: 'message.new',
        template: '{"title":"{{ sender.name }}","body":"{{ message.text }}"}',
        enable_push: true,
      }),
    },
    {
      operation: 'getPushTemplates',
      input: () => ({ push_provider_type: 'firebase', push_provider_name: 'contract-android' }),
      check: (answer) =>
        expect(answer.templates.map((template: { event_type: string }) => template.event_type)).toEqual([
          'message.new',
        ]),
    },
    {
      operation: 'checkPush',
      input: () => ({
        user_id: 'push-user',
        skip_devices: true,
        push_provider_type: 'firebase',
        push_provider_name: 'contract-android',
        message_id: 'message-1',
      }),
      check: (answer) => expect(answer.rendered_firebase_template).toBeTypeOf('string'),
    },
    {
      operation: 'updatePushNotificationPreferences',
      input: () => ({
        preferences: [
          { user_id: 'push-user', chat_level: 'mentions' },
          { user_id: 'push-user', disabled_until: new Date('2030-01-01T00:00:00Z') },
        ],
      }),
    },
    { operation: 'deletePushProvider', input: () => ({ type: 'firebase', name: 'contract-android' }) },
    { operation: 'deletePushProvider', input: () => ({ type: 'firebase', name: 'contract-android' }), failsWith: 16 },
  ],
};
