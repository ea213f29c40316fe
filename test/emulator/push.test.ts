import { Instant } from '../../src/rest/wire/instant.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStreamError, seedUser, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  seedUser(harness.emulator, 'alice', { name: 'Alice "A" Smith' });
  seedUser(harness.emulator, 'bob');
});
afterAll(() => harness.close());

const FIREBASE_KEY = JSON.stringify({ type: 'service_account', project_id: 'demo', private_key: 'secret-key' });

describe('push providers', () => {
  it('upserts, lists and deletes providers keyed by type and name', async () => {
    const created = await harness.client.upsertPushProvider({
      push_provider: { name: 'android', type: 'firebase', firebase_credentials: FIREBASE_KEY },
    });
    expect(created.push_provider).toMatchObject({ name: 'android', type: 'firebase' });
    const createdAt = created.push_provider.created_at;

    const updated = await harness.client.upsertPushProvider({
      push_provider: { name: 'android', type: 'firebase', description: 'Play Store build' },
    });
    expect(updated.push_provider).toMatchObject({
      description: 'Play Store build',
      firebase_credentials: FIREBASE_KEY,
    });
    expect(updated.push_provider.created_at.getTime()).toBe(createdAt.getTime());

    await harness.client.upsertPushProvider({
      push_provider: {
        name: 'ios',
        type: 'apn',
        apn_auth_key: 'key',
        apn_key_id: 'KEYID',
        apn_team_id: 'TEAM',
        apn_topic: 'com.example.app',
      },
    });
    const { push_providers } = await harness.client.listPushProviders();
    expect(push_providers.map((p) => `${p.type}/${p.name}`)).toEqual(['firebase/android', 'apn/ios']);
    expect(push_providers[1]!.apn_auth_type).toBe('token');

    const { app } = await harness.client.getApp();
    expect(app.push_notifications.providers?.map((p) => p.name)).toEqual(['android', 'ios']);

    await harness.client.deletePushProvider({ type: 'apn', name: 'ios' });
    expect((await harness.client.listPushProviders()).push_providers.map((p) => p.name)).toEqual(['android']);
    await expectStreamError(harness.client.deletePushProvider({ type: 'apn', name: 'ios' }), { status: 404, code: 16 });
  });

  it('validates the provider', async () => {
    await expectStreamError(harness.client.upsertPushProvider({}), { status: 400, code: 4, field: 'push_provider' });
    await expectStreamError(harness.client.upsertPushProvider({ push_provider: { name: 'x' } }), {
      status: 400,
      code: 4,
      field: 'push_provider.type',
    });
    await expectStreamError(harness.client.upsertPushProvider({ push_provider: { name: 'x', type: 'huawei' } }), {
      status: 400,
      code: 4,
      field: 'push_provider.huawei_app_id',
    });
    await expectStreamError(
      harness.client.upsertPushProvider({ push_provider: { name: 'x', type: 'firebase', firebase_credentials: '{}' } }),
      { status: 400, code: 4, field: 'push_provider.firebase_credentials' },
    );
  });
});

describe('push templates', () => {
  it('upserts templates per provider and event type', async () => {
    const template = '{"title":"{{ sender.name }}","body":"{{ message.text }}"}';
    const { template: saved } = await harness.client.upsertPushTemplate({
      push_provider_type: 'firebase',
      push_provider_name: 'android',
      event_type: 'message.new',
      template,
    });
    expect(saved).toMatchObject({ event_type: 'message.new', enable_push: true, template });
    await harness.client.upsertPushTemplate({
      push_provider_type: 'firebase',
      push_provider_name: 'android',
      event_type: 'reaction.new',
      enable_push: false,
    });
    const { templates } = await harness.client.getPushTemplates({
      push_provider_type: 'firebase',
      push_provider_name: 'android',
    });
    expect(templates.map((t) => [t.event_type, t.enable_push])).toEqual([
      ['message.new', true],
      ['reaction.new', false],
    ]);
    expect(new Set(templates.map((t) => t.push_provider_internal_id)).size).toBe(1);
    expect((await harness.client.getPushTemplates({ push_provider_type: 'apn' })).templates).toEqual([]);
  });

  it('refuses templates that do not render to JSON and unknown providers', async () => {
    await expectStreamError(
      harness.client.upsertPushTemplate({ push_provider_type: 'apn', event_type: 'message.new', template: '{"a": ' }),
      { status: 400, code: 4, field: 'template' },
    );
    await expectStreamError(
      harness.client.getPushTemplates({ push_provider_type: 'apn', push_provider_name: 'missing' }),
      { status: 404, code: 16 },
    );
  });
});

describe('checkPush', () => {
  it('renders the stored and default templates deterministically', async () => {
    const input = {
      user_id: 'alice',
      skip_devices: true,
      push_provider_type: 'firebase' as const,
      push_provider_name: 'android',
      message_id: 'msg-1',
    };
    const first = await harness.client.checkPush(input);
    const second = await harness.client.checkPush(input);
    expect(first.rendered_firebase_template).toBe(second.rendered_firebase_template);
    expect(JSON.parse(first.rendered_firebase_template!)).toEqual({
      title: 'Alice "A" Smith',
      body: 'This is a test push notification',
    });
    expect(first.rendered_message).toMatchObject({ id: 'msg-1', receiver_id: 'alice', type: 'message.new' });
    expect(first.rendered_apn_template).toBeUndefined();
    expect(first.general_errors).toBeUndefined();

    const apn = await harness.client.checkPush({
      user_id: 'alice',
      skip_devices: true,
      apn_template: '{"aps":{"alert":"{{ channel.name }}: {{ truncate message.text 4 }}"}}',
    });
    expect(JSON.parse(apn.rendered_apn_template!)).toEqual({ aps: { alert: 'Check Push: This' } });
    expect(JSON.parse(apn.rendered_firebase_template!).title).toContain('Alice');
  });

  it('reports users without devices unless devices are skipped', async () => {
    const answer = await harness.client.checkPush({ user_id: 'bob' });
    expect(answer.general_errors).toEqual([expect.stringContaining('no enabled devices')]);
    await expectStreamError(harness.client.checkPush({ user_id: 'nobody' }), {
      status: 400,
      code: 4,
      field: 'user_id',
    });
    await expectStreamError(harness.client.checkPush({}), { status: 400, code: 4, field: 'user_id' });
  });
});

describe('push preferences', () => {
  it('stores user and channel preferences and answers them per user', async () => {
    const answer = await harness.client.updatePushNotificationPreferences({
      preferences: [
        { user_id: 'alice', chat_level: 'mentions', call_level: 'none' },
        { user_id: 'alice', channel_cid: 'messaging:general', chat_level: 'none' },
        { user_id: 'bob', disabled_until: Instant.parse('2030-01-01T00:00:00Z')! },
      ],
    });
    expect(answer.user_preferences).toEqual({
      alice: { chat_level: 'mentions', call_level: 'none' },
      bob: { disabled_until: Instant.parse('2030-01-01T00:00:00Z')! },
    });
    expect(answer.user_channel_preferences).toEqual({ alice: { 'messaging:general': { chat_level: 'none' } } });

    const later = await harness.client.updatePushNotificationPreferences({
      preferences: [{ user_id: 'alice', chat_level: 'default', feeds_level: 'all' }],
    });
    expect(later.user_preferences).toEqual({ alice: { call_level: 'none', feeds_level: 'all' } });
    expect(later.user_channel_preferences).toEqual({});
  });

  it('lets a user change only their own preferences', async () => {
    const own = await harness.asUser('bob', 'updatePushNotificationPreferences', {
      preferences: [{ chat_level: 'all', remove_disable: true }],
    });
    expect(own.status).toBe(201);
    expect(own.body.user_preferences).toEqual({ bob: { chat_level: 'all' } });
    const other = await harness.asUser('bob', 'updatePushNotificationPreferences', {
      preferences: [{ user_id: 'alice', chat_level: 'none' }],
    });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe(17);
  });

  it('needs a user id server-side and validates levels', async () => {
    await expectStreamError(
      harness.client.updatePushNotificationPreferences({ preferences: [{ chat_level: 'all' }] }),
      { status: 400, code: 4, field: 'preferences.0.user_id' },
    );
    await expectStreamError(
      harness.client.updatePushNotificationPreferences({
        preferences: [{ user_id: 'alice', chat_level: 'loud' as unknown as 'all' }],
      }),
      { status: 400, code: 4, field: 'preferences.0.chat_level' },
    );
  });
});

describe('auth', () => {
  it('keeps providers, templates and checkPush server-side only', async () => {
    for (const operation of ['listPushProviders', 'checkPush'] as const) {
      const answer = await harness.asUser('alice', operation, operation === 'checkPush' ? { user_id: 'alice' } : {});
      expect(answer.status, operation).toBe(403);
      expect(answer.body.code, operation).toBe(17);
    }
  });
});
