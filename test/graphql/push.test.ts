import { afterAll, beforeAll, expect, it } from 'vitest';
import { REDACTED } from '../../src/graphql/secrets.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { selectAll } from '../support/selectAll.js';

let gateway: TestGateway;
const SERVICE_ACCOUNT = JSON.stringify({
  type: 'service_account',
  project_id: 'demo',
  private_key: 'firebase-private-key',
});

beforeAll(async () => {
  gateway = await startTestGateway();
  await gateway.client.updateUsers({ users: { alice: { id: 'alice', name: 'Alice' }, bob: { id: 'bob' } } });
  await gateway.client.createDevice({ id: 'alice-phone', push_provider: 'huawei', user_id: 'alice' });
});
afterAll(() => gateway.close());

const UPSERT = /* GraphQL */ `
  mutation Upsert($input: UpsertPushProviderInput!) {
    upsertPushProvider(input: $input) {
      pushProvider {
        name
        type
        description
        firebaseCredentials
        firebaseNotificationTemplate
        createdAt
        updatedAt
        disabledAt
      }
    }
  }
`;

it('upsertPushProvider saves a provider; credentials are redacted; pushProviders lists it', async () => {
  const result: any = await gateway.query(UPSERT, {
    input: { name: 'android', type: 'FIREBASE', firebaseCredentials: SERVICE_ACCOUNT, description: 'Android app' },
  });
  expect(result.errors).toBeUndefined();
  expect(result.data.upsertPushProvider.pushProvider).toMatchObject({
    name: 'android',
    type: 'FIREBASE',
    description: 'Android app',
    firebaseCredentials: REDACTED,
    disabledAt: null,
  });
  const sent = gateway.emulator.log.filter((e) => e.operation === 'upsertPushProvider').at(-1)!.body;
  expect(sent).toEqual({
    push_provider: {
      name: 'android',
      type: 'firebase',
      firebase_credentials: SERVICE_ACCOUNT,
      description: 'Android app',
    },
  });

  const listed: any = await gateway.query(`{ pushProviders { ${selectAll('PushProviderConfig')} } }`);
  expect(listed.errors).toBeUndefined();
  expect(listed.data.pushProviders).toEqual([
    expect.objectContaining({
      name: 'android',
      type: 'FIREBASE',
      firebaseCredentials: REDACTED,
      huaweiAppSecret: null,
    }),
  ]);
  expect(JSON.stringify(listed)).not.toContain('firebase-private-key');
});

it('missing credentials are a userError naming the input field (Stream names push_provider.apn_auth_key)', async () => {
  const result = await gateway.queryData(
    'mutation($input: UpsertPushProviderInput!) { upsertPushProvider(input: $input) { pushProvider { name } userErrors { field message code } } }',
    { input: { name: 'ios', type: 'APN' } },
  );
  expect(result.upsertPushProvider).toEqual({
    pushProvider: null,
    userErrors: [
      {
        field: ['input', 'apnAuthKey'],
        message: expect.stringMatching(/^push_provider\.apn_auth_key: /),
        code: 'INVALID_INPUT',
      },
    ],
  });
});

it('upsertPushTemplate and pushTemplates; the app settings list the provider with its templates', async () => {
  const saved: any = await gateway.query(
    `mutation($input: UpsertPushTemplateInput!) { upsertPushTemplate(input: $input) {
      template { eventType enablePush template pushProviderInternalId createdAt }
    } }`,
    {
      input: {
        eventType: 'MESSAGE_NEW',
        pushProviderType: 'FIREBASE',
        pushProviderName: 'android',
        template: '{"title": "{{ sender.name }}"}',
      },
    },
  );
  expect(saved.errors).toBeUndefined();
  expect(saved.data.upsertPushTemplate.template).toMatchObject({
    eventType: 'MESSAGE_NEW',
    enablePush: true,
    template: '{"title": "{{ sender.name }}"}',
  });

  const templates: any = await gateway.query(
    '{ pushTemplates(pushProviderType: FIREBASE, pushProviderName: "android") { eventType template } }',
  );
  expect(templates.data.pushTemplates).toEqual([
    { eventType: 'MESSAGE_NEW', template: '{"title": "{{ sender.name }}"}' },
  ]);
  const query = gateway.emulator.log.filter((e) => e.operation === 'getPushTemplates').at(-1)!.query;
  expect(query).toMatchObject({ push_provider_type: 'firebase', push_provider_name: 'android' });

  const app: any = await gateway.query(
    `{ app { pushNotifications { providers { ${selectAll('AppPushProvider')} } } } }`,
  );
  expect(app.errors).toBeUndefined();
  expect(app.data.app.pushNotifications.providers).toEqual([
    expect.objectContaining({
      name: 'android',
      type: 'FIREBASE',
      firebaseCredentials: REDACTED,
      apnP12Cert: null,
      pushTemplates: [
        {
          eventType: 'MESSAGE_NEW',
          eventTypeRaw: 'message.new',
          enablePush: true,
          template: expect.any(String),
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
      ],
    }),
  ]);
});

it('checkPush renders the notification and reports device errors as a list', async () => {
  const result: any = await gateway.query(
    `mutation($input: CheckPushInput!) { checkPush(input: $input) {
      eventType skipDevices renderedApnTemplate renderedFirebaseTemplate renderedMessage generalErrors
      deviceErrors { deviceId provider providerName errorMessage }
    } }`,
    { input: { userId: 'alice', eventType: 'MESSAGE_NEW' } },
  );
  expect(result.errors).toBeUndefined();
  const check = result.data.checkPush;
  expect(check).toMatchObject({ eventType: 'MESSAGE_NEW', skipDevices: false });
  expect(typeof check.renderedApnTemplate).toBe('string');
  expect(check.renderedMessage).toEqual(expect.any(Object));
  // Alice's only device uses a service without a provider: the push cannot reach her.
  expect(check.deviceErrors).toHaveLength(1);
  for (const error of check.deviceErrors) {
    expect(error).toEqual({
      deviceId: 'alice-phone',
      provider: 'huawei',
      providerName: '',
      errorMessage: expect.any(String),
    });
  }
});

it('checkPush for an unknown user is a userError naming the field', async () => {
  const result = await gateway.queryData(
    'mutation { checkPush(input: { userId: "ghost" }) { eventType userErrors { field code } } }',
  );
  expect(result.checkPush).toEqual({
    eventType: null,
    userErrors: [{ field: ['input', 'userId'], code: 'INVALID_INPUT' }],
  });
});

const PREFERENCES = /* GraphQL */ `
  mutation Prefs($input: UpdatePushNotificationPreferencesInput!) {
    updatePushNotificationPreferences(input: $input) {
      userPreferences {
        userId
        chatLevel
        callLevel
        feedsLevel
        disabledUntil
        chatPreferences {
          directMentions
          threadReplies
          channelMentions
          defaultPreference
          groupMentions
          hereMentions
          roleMentions
        }
        feedsPreferences {
          comment
          follow
          mention
          reaction
          commentMention
          commentReaction
          commentReply
          customActivityTypes
        }
      }
      userChannelPreferences {
        userId
        channelCid
        chatLevel
        disabledUntil
        chatPreferences {
          directMentions
        }
      }
    }
  }
`;

it('a user caller changes their own push preferences, app-wide and per channel', async () => {
  const token = await gateway.userToken('alice');
  const result: any = await gateway.query(
    PREFERENCES,
    {
      input: {
        preferences: [
          {
            chatLevel: 'MENTIONS',
            callLevel: 'NONE',
            chatPreferences: { threadReplies: 'NONE' },
            feedsPreferences: { follow: 'ALL', customActivityTypes: { badge: 'none' } },
            disabledUntil: '2030-01-01T00:00:00.000Z',
          },
          { channelCid: 'messaging:general', chatLevel: 'NONE', chatPreferences: { directMentions: 'ALL' } },
        ],
      },
    },
    token,
  );
  expect(result.errors).toBeUndefined();
  const data = result.data.updatePushNotificationPreferences;
  expect(data.userPreferences).toEqual([
    expect.objectContaining({
      userId: 'alice',
      chatLevel: 'MENTIONS',
      callLevel: 'NONE',
      feedsLevel: null,
      disabledUntil: '2030-01-01T00:00:00.000Z',
      chatPreferences: expect.objectContaining({ threadReplies: 'NONE', directMentions: null }),
      feedsPreferences: expect.objectContaining({ follow: 'ALL', customActivityTypes: { badge: 'none' } }),
    }),
  ]);
  expect(data.userChannelPreferences).toEqual([
    {
      userId: 'alice',
      channelCid: 'messaging:general',
      chatLevel: 'NONE',
      disabledUntil: null,
      chatPreferences: { directMentions: 'ALL' },
    },
  ]);
  const sent = gateway.emulator.log.filter((e) => e.operation === 'updatePushNotificationPreferences').at(-1)!;
  expect((sent.body as any).preferences[0]).toMatchObject({
    user_id: 'alice',
    chat_level: 'mentions',
    feeds_preferences: { follow: 'all' },
  });
});

it('a user caller naming another user in preferences is FORBIDDEN without an upstream call', async () => {
  const token = await gateway.userToken('alice');
  const before = gateway.emulator.log.length;
  const result = await gateway.query(
    PREFERENCES,
    { input: { preferences: [{ userId: 'bob', chatLevel: 'ALL' }] } },
    token,
  );
  expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(gateway.emulator.log.length).toBe(before);
});

it('a server caller sets anyone’s preferences; their users load in one queryUsers', async () => {
  let result: any;
  const counted = await gateway.countUpstream(async () => {
    result = await gateway.query(
      `mutation($input: UpdatePushNotificationPreferencesInput!) { updatePushNotificationPreferences(input: $input) {
        userPreferences { userId feedsLevel user { id name } }
        userChannelPreferences { channelCid user { id } }
      } }`,
      {
        input: {
          preferences: [
            { userId: 'bob', feedsLevel: 'NONE' },
            { userId: 'alice', callLevel: 'ALL' },
            { userId: 'alice', channelCid: 'messaging:random', chatLevel: 'ALL' },
          ],
        },
      },
    );
  });
  expect(result.errors).toBeUndefined();
  const { userPreferences, userChannelPreferences } = result.data.updatePushNotificationPreferences;
  expect(userPreferences).toHaveLength(2);
  expect(userPreferences).toEqual(
    expect.arrayContaining([
      { userId: 'bob', feedsLevel: 'NONE', user: { id: 'bob', name: null } },
      { userId: 'alice', feedsLevel: null, user: { id: 'alice', name: 'Alice' } },
    ]),
  );
  expect(userChannelPreferences).toEqual([{ channelCid: 'messaging:random', user: { id: 'alice' } }]);
  expect(counted.byOperation).toEqual({ updatePushNotificationPreferences: 1, queryUsers: 1 });
});

it('deletePushProvider removes it; deleting it again is a NOT_FOUND userError', async () => {
  const mutation =
    'mutation($input: DeletePushProviderInput!) { deletePushProvider(input: $input) { type deletedName userErrors { code } } }';
  const removed: any = await gateway.query(mutation, { input: { type: 'FIREBASE', name: 'android' } });
  expect(removed.data).toEqual({ deletePushProvider: { type: 'FIREBASE', deletedName: 'android', userErrors: [] } });
  expect((await gateway.query('{ pushProviders { name } }')).data).toEqual({ pushProviders: [] });
  const again = await gateway.queryData(mutation, { input: { type: 'FIREBASE', name: 'android' } });
  expect(again).toEqual({ deletePushProvider: { type: null, deletedName: null, userErrors: [{ code: 'NOT_FOUND' }] } });
});

it('user callers are FORBIDDEN on provider, template and check fields', async () => {
  const token = await gateway.userToken('alice');
  const before = gateway.emulator.log.length;
  for (const query of [
    '{ pushProviders { name } }',
    '{ pushTemplates(pushProviderType: APN) { eventType } }',
    'mutation { checkPush(input: { userId: "alice" }) { eventType } }',
    'mutation { deletePushProvider(input: { type: APN, name: "x" }) { deletedName } }',
  ]) {
    const result = await gateway.query(query, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  expect(gateway.emulator.log.length).toBe(before);
});
