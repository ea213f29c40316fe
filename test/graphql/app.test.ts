import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/graphql/secrets.js';
import { resetEmulatorAfterEach } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { selectAll } from '../support/selectAll.js';

const APP_EVERYTHING = `{ app { ${selectAll('App')} } }`;

const UPDATE_APP = /* GraphQL */ `
  mutation Update($input: UpdateAppInput!) {
    updateApp(input: $input) {
      app {
        webhookUrl
        snsKey
        snsSecret
        snsTopicArn
        sqsKey
        sqsSecret
        sqsUrl
        remindersInterval
        enforceUniqueUsernames
        datadogInfo {
          enabled
          site
          apiKey
        }
        eventHooks {
          id
          hookType
          enabled
          webhookUrl
          eventTypes
          snsKey
          sqsSecret
          callback {
            mode
            serverUrl
          }
        }
        fileUploadConfig {
          sizeLimit
          allowedFileExtensions
        }
        moderationDashboardPreferences {
          escalationReasons
          overviewDashboard {
            defaultDateRangeDays
            visibleCharts
          }
        }
      }
    }
  }
`;

const SETTINGS = {
  webhookUrl: 'https://hooks.example.com/stream',
  snsKey: 'AKIA-SNS-KEY',
  snsSecret: 'sns-secret-value',
  snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:events',
  sqsKey: 'AKIA-SQS-KEY',
  sqsSecret: 'sqs-secret-value',
  sqsUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/events',
  remindersInterval: 600,
  enforceUniqueUsernames: 'APP',
  datadogInfo: { enabled: true, site: 'datadoghq.eu', apiKey: 'dd-api-key' },
  eventHooks: [
    {
      hookType: 'webhook',
      enabled: true,
      webhookUrl: 'https://hooks.example.com/events',
      eventTypes: ['message.new'],
      callback: { mode: 'CALLBACK_MODE_REST', serverUrl: 'https://hooks.example.com/moderation' },
    },
    { hookType: 'sns', enabled: true, snsKey: 'hook-sns-key', sqsSecret: 'hook-sqs-secret' },
  ],
  fileUploadConfig: { sizeLimit: 1_000_000, allowedFileExtensions: ['.pdf'] },
  moderationDashboardPreferences: {
    escalationReasons: ['spam'],
    overviewDashboard: { defaultDateRangeDays: 7, visibleCharts: ['flags'] },
  },
};

const UPDATE_NEW_SETTINGS = /* GraphQL */ `
  mutation Update($input: UpdateAppInput!) {
    updateApp(input: $input) {
      app {
        beforeMessageSendHookAttemptTimeoutMs
        chatPrimaryUseCase
        videoPrimaryUseCase
        feedAuditLogsEnabled
        memberCustomOnMessagesEnabled
        moderationOnboardingComplete
        moderationDashboardPreferences {
          blockForeignCdnAttachments
          customViewsEnabled
          filterableCustomKeys
          includeAttachmentPayload
        }
        eventHooks {
          hookType
          failoverConfig {
            type
            gcsBucket
            gcsPath
            gcsCredentials
          }
        }
      }
    }
  }
`;

const NEW_SETTINGS = {
  beforeMessageSendHookAttemptTimeoutMs: 1500,
  chatPrimaryUseCase: 'CUSTOMER_SUPPORT',
  videoPrimaryUseCase: 'LIVESTREAMING',
  feedAuditLogsEnabled: true,
  memberCustomOnMessagesEnabled: true,
  moderationOnboardingComplete: true,
  enableHookPayloadCompression: true,
  remindersMaxPerUser: 50,
  moderationDashboardPreferences: {
    blockForeignCdnAttachments: true,
    customViewsEnabled: true,
    filterableCustomKeys: ['tier', 'region'],
    includeAttachmentPayload: false,
  },
  eventHooks: [
    {
      hookType: 'webhook',
      webhookUrl: 'https://hooks.example.com/events',
      failoverConfig: { type: 'gcs', gcsBucket: 'missed-events', gcsPath: 'stream/', gcsCredentials: 'gcs-key-json' },
    },
  ],
};

describe('with secrets redacted (the default)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway.close());
  resetEmulatorAfterEach(() => gateway.emulator);

  it('app answers every field of the settings in one getApp', async () => {
    let result: any;
    const counted = await gateway.countUpstream(async () => {
      result = await gateway.query(APP_EVERYTHING);
    });
    expect(result.errors).toBeUndefined();
    expect(counted.byOperation).toEqual({ getApp: 1 });
    expect(result.data.app).toMatchObject({
      id: expect.any(Number),
      permissionVersion: 'V2',
      pushNotifications: { version: 'V3', apn: { enabled: false }, firebase: { enabled: false }, providers: [] },
      fileUploadConfig: { sizeLimit: expect.any(Number) },
      grants: expect.any(Object),
      snsKey: '',
    });
  });

  it('updateApp sends the settings and its payload reads them back, secrets redacted', async () => {
    let result: any;
    const counted = await gateway.countUpstream(async () => {
      result = await gateway.query(UPDATE_APP, { input: SETTINGS });
    });
    expect(result.errors).toBeUndefined();
    expect(counted.byOperation).toEqual({ updateApp: 1, getApp: 1 });
    const sent = gateway.emulator.log.filter((e) => e.operation === 'updateApp').at(-1)!.body as Record<string, any>;
    expect(sent).toMatchObject({
      webhook_url: SETTINGS.webhookUrl,
      enforce_unique_usernames: 'app',
      datadog_info: { enabled: true, site: 'datadoghq.eu', api_key: 'dd-api-key' },
      event_hooks: [{ hook_type: 'webhook', callback: { mode: 'CALLBACK_MODE_REST' } }, { hook_type: 'sns' }],
      moderation_dashboard_preferences: { overview_dashboard: { default_date_range_days: 7 } },
    });
    expect(Object.keys(sent)).not.toContain('webhookUrl');
    const app = result.data.updateApp.app;
    expect(app).toMatchObject({
      webhookUrl: SETTINGS.webhookUrl,
      snsKey: REDACTED,
      snsSecret: REDACTED,
      sqsKey: REDACTED,
      sqsSecret: REDACTED,
      snsTopicArn: SETTINGS.snsTopicArn,
      remindersInterval: 600,
      enforceUniqueUsernames: 'APP',
      datadogInfo: { enabled: true, site: 'datadoghq.eu', apiKey: REDACTED },
      fileUploadConfig: { sizeLimit: 1_000_000, allowedFileExtensions: ['.pdf'] },
      moderationDashboardPreferences: { escalationReasons: ['spam'], overviewDashboard: { defaultDateRangeDays: 7 } },
    });
    expect(app.eventHooks).toEqual([
      expect.objectContaining({
        hookType: 'webhook',
        callback: { mode: 'CALLBACK_MODE_REST', serverUrl: expect.any(String) },
      }),
      expect.objectContaining({ hookType: 'sns', snsKey: REDACTED, sqsSecret: REDACTED }),
    ]);
    expect(JSON.stringify(result)).not.toContain('sns-secret-value');
  });

  it('the newer app settings: false until set, then sent in Stream’s names and read back, failover key redacted', async () => {
    const before: any = await gateway.query(
      '{ app { feedAuditLogsEnabled memberCustomOnMessagesEnabled moderationOnboardingComplete chatPrimaryUseCase } }',
    );
    expect(before.data.app).toEqual({
      feedAuditLogsEnabled: false,
      memberCustomOnMessagesEnabled: false,
      moderationOnboardingComplete: false,
      chatPrimaryUseCase: null,
    });

    const result: any = await gateway.query(UPDATE_NEW_SETTINGS, { input: NEW_SETTINGS });
    expect(result.errors).toBeUndefined();
    const sent = gateway.emulator.log.filter((e) => e.operation === 'updateApp').at(-1)!.body as Record<string, any>;
    expect(sent).toMatchObject({
      before_message_send_hook_attempt_timeout_ms: 1500,
      chat_primary_use_case: 'customer-support',
      video_primary_use_case: 'livestreaming',
      feed_audit_logs_enabled: true,
      member_custom_on_messages_enabled: true,
      moderation_onboarding_complete: true,
      enable_hook_payload_compression: true,
      reminders_max_per_user: 50,
      moderation_dashboard_preferences: {
        block_foreign_cdn_attachments: true,
        custom_views_enabled: true,
        filterable_custom_keys: ['tier', 'region'],
        include_attachment_payload: false,
      },
      event_hooks: [
        {
          failover_config: {
            type: 'gcs',
            gcs_bucket: 'missed-events',
            gcs_path: 'stream/',
            gcs_credentials: 'gcs-key-json',
          },
        },
      ],
    });
    expect(result.data.updateApp.app).toEqual({
      beforeMessageSendHookAttemptTimeoutMs: 1500,
      chatPrimaryUseCase: 'CUSTOMER_SUPPORT',
      videoPrimaryUseCase: 'LIVESTREAMING',
      feedAuditLogsEnabled: true,
      memberCustomOnMessagesEnabled: true,
      moderationOnboardingComplete: true,
      moderationDashboardPreferences: {
        blockForeignCdnAttachments: true,
        customViewsEnabled: true,
        filterableCustomKeys: ['tier', 'region'],
        includeAttachmentPayload: false,
      },
      eventHooks: [
        {
          hookType: 'webhook',
          failoverConfig: { type: 'gcs', gcsBucket: 'missed-events', gcsPath: 'stream/', gcsCredentials: REDACTED },
        },
      ],
    });
  });

  it('the legacy push blocks send their disabled switch under Stream’s name Disabled', async () => {
    const input = {
      apnConfig: { disabled: true, bundleId: 'com.example.app' },
      xiaomiConfig: { disabled: false, packageName: 'com.example.xiaomi' },
      huaweiConfig: { id: 'huawei-app' },
    };
    const result: any = await gateway.query(UPDATE_APP, { input });
    expect(result.errors).toBeUndefined();
    const sent = gateway.emulator.log.filter((e) => e.operation === 'updateApp').at(-1)!.body as Record<string, any>;
    expect(sent.apn_config).toEqual({ Disabled: true, bundle_id: 'com.example.app' });
    expect(sent.xiaomi_config).toEqual({ Disabled: false, package_name: 'com.example.xiaomi' });
    expect(sent.huawei_config).toEqual({ id: 'huawei-app' });
    expect(Object.keys(sent)).not.toContain('firebase_config');
  });

  it('a use case Stream does not know is refused by the schema, without an upstream call', async () => {
    let result: any;
    const counted = await gateway.countUpstream(async () => {
      result = await gateway.query('mutation { updateApp(input: { chatPrimaryUseCase: KNITTING }) { app { id } } }');
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(counted.total).toBe(0);
  });

  it('a bad setting is a userError naming the field Stream named', async () => {
    const refused = 'mutation($input: UpdateAppInput!) { updateApp(input: $input) { userErrors { field code } } }';
    const result = await gateway.queryData(refused, { input: { webhookUrl: 'not a url' } });
    expect(result.updateApp.userErrors).toEqual([{ field: ['input', 'webhookUrl'], code: 'INVALID_INPUT' }]);
    const range = await gateway.queryData(refused, { input: { cdnExpirationSeconds: 5 } });
    expect(range.updateApp.userErrors).toEqual([{ field: ['input', 'cdnExpirationSeconds'], code: 'INVALID_INPUT' }]);
  });

  it('checkSNS and checkSQS try the given settings (mutations); failures come back as status error', async () => {
    const sns: any = await gateway.query(
      'mutation($input: CheckSNSInput) { checkSNS(input: $input) { status error data } }',
      { input: { snsKey: 'k', snsSecret: 's', snsTopicArn: 'arn:aws:sns:eu-west-1:123456789012:topic' } },
    );
    expect(sns.data.checkSNS).toEqual({ status: 'OK', error: null, data: null });
    const badSns: any = await gateway.query(
      'mutation { checkSNS(input: { snsKey: "k", snsSecret: "s", snsTopicArn: "nope" }) { status error } }',
    );
    expect(badSns.data.checkSNS).toEqual({ status: 'ERROR', error: expect.stringContaining('nope') });
    const sqs: any = await gateway.query('mutation { checkSQS { status error } }');
    expect(sqs.data.checkSQS).toEqual({ status: 'OK', error: null });
    const badSqs: any = await gateway.query(
      'mutation { checkSQS(input: { sqsUrl: "https://example.com/q" }) { status error } }',
    );
    expect(badSqs.data.checkSQS.status).toBe('ERROR');
    const sent = gateway.emulator.log.filter((e) => e.operation === 'checkSNS')[0]!.body;
    expect(sent).toEqual({ sns_key: 'k', sns_secret: 's', sns_topic_arn: 'arn:aws:sns:eu-west-1:123456789012:topic' });
  });

  it('user callers are FORBIDDEN on app, updateApp, checkSNS and checkSQS, with no upstream call', async () => {
    const token = await gateway.userToken('someone');
    const before = gateway.emulator.log.length;
    for (const query of [
      '{ app { id } }',
      'mutation { updateApp(input: { remindersInterval: 600 }) { app { id } } }',
      'mutation { checkSNS { status } }',
      'mutation { checkSQS { status } }',
    ]) {
      const result = await gateway.query(query, {}, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(gateway.emulator.log.length).toBe(before);
  });

  it('an upstream failure of getApp is UPSTREAM_ERROR', async () => {
    gateway.emulator.controls.forcedErrors.push({ operation: 'getApp', status: 500, code: -1, times: 1 });
    const result = await gateway.query('{ app { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
  });
});

describe('with secrets revealed to server callers', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({}, { revealSecrets: true });
  });
  afterAll(() => gateway.close());

  it('shows the secret-bearing fields', async () => {
    const result: any = await gateway.query(UPDATE_APP, { input: SETTINGS });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateApp.app).toMatchObject({
      snsKey: 'AKIA-SNS-KEY',
      snsSecret: 'sns-secret-value',
      sqsSecret: 'sqs-secret-value',
      datadogInfo: { apiKey: 'dd-api-key' },
    });
    expect(result.data.updateApp.app.eventHooks[1]).toMatchObject({
      snsKey: 'hook-sns-key',
      sqsSecret: 'hook-sqs-secret',
    });
  });

  it('shows an event hook’s failover credentials', async () => {
    const result: any = await gateway.query(UPDATE_NEW_SETTINGS, { input: NEW_SETTINGS });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateApp.app.eventHooks[0].failoverConfig).toMatchObject({ gcsCredentials: 'gcs-key-json' });
  });
});
