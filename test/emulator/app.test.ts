import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matches } from '../../src/emulator/validate.js';
import { createServerToken } from '../../src/rest/auth.js';
import { GetApplicationResponse } from '../../src/rest/wire/app.js';
import { expectStreamError, seedUser, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  seedUser(harness.emulator, 'reader');
});
afterAll(() => harness.close());

describe('getApp / updateApp', () => {
  it('answers a complete default app that matches the response schema', async () => {
    const raw = await harness.asUser('reader', 'getApp');
    expect(raw.status).toBe(200);
    expect(matches(GetApplicationResponse, raw.body), 'user answer matches GetApplicationResponse').toBe(true);
    const { app } = await harness.client.getApp();
    expect(app.permission_version).toBe('v2');
    expect(app.file_upload_config.size_limit).toBe(0);
    expect(app.push_notifications.version).toBe('v3');
    expect(Object.keys(app.channel_configs)).toEqual(
      expect.arrayContaining(['messaging', 'livestream', 'team', 'gaming', 'commerce']),
    );
    expect(app.grants.user).toEqual(expect.arrayContaining(['read-channel', 'create-message']));

    const asServer = await fetchRawApp();
    expect(matches(GetApplicationResponse, asServer), 'server answer matches GetApplicationResponse').toBe(true);
  });

  it('changes only the fields sent, and getApp shows them', async () => {
    const before = await harness.client.getApp();
    await harness.client.updateApp({
      webhook_url: 'https://hooks.example.test/stream',
      enforce_unique_usernames: 'app',
      file_upload_config: { size_limit: 1024, blocked_file_extensions: ['.exe'] },
      push_config: { version: 'v2', offline_only: true },
      apn_config: { auth_type: 'token', bundle_id: 'com.example.app', Disabled: false },
      sns_key: 'AKIA-TEST',
      grants: { guest: ['read-channel'] },
    });
    const { app } = await harness.client.getApp();
    expect(app.webhook_url).toBe('https://hooks.example.test/stream');
    expect(app.enforce_unique_usernames).toBe('app');
    expect(app.file_upload_config).toEqual({ size_limit: 1024, blocked_file_extensions: ['.exe'] });
    expect(app.push_notifications).toMatchObject({ version: 'v2', offline_only: true });
    expect(app.push_notifications.apn).toMatchObject({ enabled: true, bundle_id: 'com.example.app' });
    expect(app.sns_key).toBe('AKIA-TEST');
    // Grants change role by role.
    expect(app.grants.guest).toEqual(['read-channel']);
    expect(app.grants.user).toEqual(before.app.grants.user);
    // Untouched fields keep their values.
    expect(app.image_upload_config).toEqual(before.app.image_upload_config);
    expect(app.name).toBe(before.app.name);
  });

  it('hides secrets from a user token', async () => {
    await harness.client.updateApp({ sqs_secret: 'very-secret' });
    const raw = await harness.asUser('reader', 'getApp');
    expect(raw.status).toBe(200);
    expect(raw.body.app.sqs_secret).toBe('');
    expect((await harness.client.getApp()).app.sqs_secret).toBe('very-secret');
  });

  it('rejects invalid values naming the field', async () => {
    await expectStreamError(harness.client.updateApp({ reminders_interval: 5 }), {
      status: 400,
      code: 4,
      field: 'reminders_interval',
    });
    await expectStreamError(harness.client.updateApp({ webhook_url: 'not a url' }), {
      status: 400,
      code: 4,
      field: 'webhook_url',
    });
    await expectStreamError(harness.client.updateApp({ grants: { user: ['no-such-permission'] } }), {
      status: 400,
      code: 4,
      field: 'grants',
    });
  });

  it('is server-side only', async () => {
    const raw = await harness.asUser('reader', 'updateApp', { webhook_url: 'https://x.example.test' });
    expect(raw.status).toBe(403);
    expect(raw.body.code).toBe(17);
  });
});

describe('getRateLimits', () => {
  it('answers every platform when none is asked for', async () => {
    const limits = await harness.client.getRateLimits();
    for (const platform of ['server_side', 'android', 'ios', 'web', 'unity'] as const) {
      expect(limits[platform], platform).toBeDefined();
    }
    const getApp = limits.server_side!.GetApp as { limit: number; remaining: number; reset: number };
    expect(getApp.limit).toBeGreaterThan(0);
    expect(getApp.remaining).toBeLessThanOrEqual(getApp.limit);
    expect(getApp.reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
    // Client platforms list only what a user token may call.
    expect(limits.web!.UpdateApp).toBeUndefined();
    expect(limits.web!.UploadFile).toBeDefined();
  });

  it('filters by platform flags and endpoints', async () => {
    const limits = await harness.client.getRateLimits({ ios: true, web: true, endpoints: 'GetApp,UploadImage' });
    expect(Object.keys(limits).filter((key) => key !== 'metadata' && key !== 'duration')).toEqual(['ios', 'web']);
    expect(Object.keys(limits.ios!).sort()).toEqual(['GetApp', 'UploadImage']);
  });
});

describe('checkSNS / checkSQS', () => {
  it('answers ok only when keys are set and the target looks right', async () => {
    expect(
      (
        await harness.client.checkSNS({
          sns_key: 'k',
          sns_secret: 's',
          sns_topic_arn: 'arn:aws:sns:us-east-1:123456789012:stream-events',
        })
      ).status,
    ).toBe('ok');
    const missing = await harness.client.checkSNS({ sns_topic_arn: 'arn:aws:sns:us-east-1:123456789012:x' });
    expect(missing.status).toBe('error');
    expect(missing.error).toMatch(/secret/);
    const sqs = await harness.client.checkSQS({
      sqs_key: 'k',
      sqs_secret: 's',
      sqs_url: 'https://sqs.eu-west-1.amazonaws.com/123456789012/stream-queue',
    });
    expect(sqs.status).toBe('ok');
    expect((await harness.client.checkSQS({ sqs_key: 'k', sqs_secret: 's', sqs_url: 'ftp://queue' })).status).toBe(
      'error',
    );
  });
});

describe('getOG', () => {
  it('derives the same preview from the same URL, for users too', async () => {
    const url = 'https://www.example.test/blog/hello-world';
    const first = await harness.client.getOG({ url });
    const second = await harness.asUser('reader', 'getOG', { url });
    expect(second.status).toBe(200);
    expect(first).toMatchObject({
      type: 'article',
      title: 'Hello world',
      title_link: url,
      author_name: 'example.test',
      og_scrape_url: url,
      custom: {},
    });
    expect(second.body.title).toBe(first.title);
    const image = await harness.client.getOG({ url: 'https://cdn.example.test/cat.png' });
    expect(image).toMatchObject({ type: 'image', image_url: 'https://cdn.example.test/cat.png' });
  });

  it('rejects what is not an http(s) URL', async () => {
    await expectStreamError(harness.client.getOG({ url: 'mailto:someone@example.test' }), {
      status: 400,
      code: 4,
      field: 'url',
    });
  });
});

async function fetchRawApp(): Promise<unknown> {
  const response = await fetch(`${harness.emulator.url}/api/v2/app?api_key=${harness.emulator.apiKey}`, {
    headers: { authorization: await createServerToken(harness.emulator.apiSecret), 'stream-auth-type': 'jwt' },
  });
  return response.json();
}
