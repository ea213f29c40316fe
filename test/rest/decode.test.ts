import { describe, expect, it } from 'vitest';
import { Instant } from '../../src/rest/wire/instant.js';
import { StreamApiError, type StreamClient } from '../../src/rest/index.js';
import { clientFor, rejectionOf, startTestEmulator, TEST_API_KEY, TEST_API_SECRET } from '../support/emulator.js';
import { startRawServer, type RawAnswer, type RawServer } from '../support/rawServer.js';

const at = (text: string) => Instant.parse(text)!;

/** getTask's answer for task t1, with these instants as Stream writes them. */
const taskAnswer = (createdAt: string, updatedAt: string) => ({
  duration: '0.1ms',
  task_id: 't1',
  status: 'completed',
  created_at: createdAt,
  updated_at: updatedAt,
});

/** A raw server answering one fixed body, and our client pointed at it. */
async function withFixedAnswer<T>(answer: RawAnswer, run: (client: StreamClient, server: RawServer) => Promise<T>) {
  const server = await startRawServer(() => answer);
  const client = clientFor({ apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, url: server.url });
  try {
    return await run(client, server);
  } finally {
    await client.close();
    await server.close();
  }
}

describe('instants', () => {
  it('decodes RFC 3339 strings, with microseconds and offsets', async () => {
    const body = taskAnswer('2024-05-06T07:08:09.123456Z', '2024-05-06T09:08:09+02:00');
    const task = await withFixedAnswer({ body: JSON.stringify(body) }, (client) => client.getTask({ id: 't1' }));
    expect(task.created_at.toString()).toBe('2024-05-06T07:08:09.123456Z');
    expect(task.updated_at).toEqual(at('2024-05-06T07:08:09Z'));
  });

  it('decodes integer nanoseconds since the epoch, at top level, in arrays and in nested objects', async () => {
    const nanos = '1700000000123456789';
    const text = `{"duration":"0.1ms","user_group":{"id":"g","name":"G","created_at":${nanos},"updated_at":${nanos},"members":[{"app_pk":1,"group_id":"g","user_id":"u","is_admin":false,"created_at":${nanos}}]}}`;
    const answer = await withFixedAnswer({ body: text }, (client) => client.getUserGroup({ id: 'g' }));
    const instant = at('2023-11-14T22:13:20.123456789Z');
    expect(answer.user_group!.created_at).toEqual(instant);
    expect(answer.user_group!.updated_at).toEqual(instant);
    expect(answer.user_group!.members![0]!.created_at).toEqual(instant);
  });

  it('decodes the emulator’s instants to Instants and keeps fields the schema does not know', async () => {
    const emulator = await startTestEmulator();
    const client = clientFor(emulator);
    try {
      const before = Date.now();
      const { user_group } = await client.createUserGroup({ id: 'g1', name: 'One' });
      expect(user_group!.created_at).toBeInstanceOf(Instant);
      expect(user_group!.created_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      const { devices } = await withFixedAnswer(
        {
          body: JSON.stringify({
            duration: '1ms',
            devices: [
              { id: 'd', push_provider: 'apn', user_id: 'u', created_at: '2030-01-01T00:00:00Z', brand_new: 1 },
            ],
          }),
        },
        (raw) => raw.listDevices({ user_id: 'u' }),
      );
      expect(devices[0]).toMatchObject({ created_at: at('2030-01-01T00:00:00Z'), brand_new: 1 });
    } finally {
      await client.close();
      await emulator.close();
    }
  });
});

describe('user mutes', () => {
  const profile = (id: string) => ({
    id,
    role: 'user',
    language: 'en',
    teams: [],
    custom: {},
    banned: false,
    shadow_banned: false,
    online: false,
    invisible: false,
    blocked_user_ids: [],
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-02T00:00:00Z',
  });
  const fullUser = {
    ...profile('ada'),
    devices: [],
    total_unread_count: 0,
    unread_channels: 0,
    unread_count: 0,
    unread_threads: 0,
    mutes: [
      {
        user: profile('ada'),
        target: { ...profile('bob'), name: 'Bob' },
        created_at: '2024-05-06T07:08:09.123456Z',
        updated_at: 1_715_000_000_000_000_000,
        expires: '2030-01-01T00:00:00Z',
      },
      // Stream may leave out the embedded users and the expiry, or send null for it.
      { created_at: '2024-05-07T00:00:00Z', updated_at: '2024-05-07T00:00:00Z', expires: null },
    ],
    channel_mutes: [
      {
        channel: { cid: 'messaging:general', id: 'general', type: 'messaging', created_at: '2024-01-01T00:00:00Z' },
        user: profile('ada'),
        created_at: '2024-05-08T00:00:00Z',
        updated_at: '2024-05-08T00:00:00Z',
      },
    ],
  };

  it('decodes queryUsers mutes and channel mutes: instants to Instants, embedded users typed', async () => {
    const { users } = await withFixedAnswer(
      { body: JSON.stringify({ duration: '1ms', users: [fullUser] }) },
      (client) => client.queryUsers({ payload: { filter_conditions: { id: 'ada' } } }),
    );
    const [mute, bare] = users[0]!.mutes;
    expect(mute!.created_at).toEqual(at('2024-05-06T07:08:09.123456Z'));
    expect(mute!.updated_at).toEqual(at('2024-05-06T12:53:20Z'));
    expect(mute!.expires).toEqual(at('2030-01-01T00:00:00Z'));
    expect(mute!.target?.name).toBe('Bob');
    expect(mute!.target?.created_at).toBeInstanceOf(Instant);
    expect(mute!.user?.id).toBe('ada');
    expect(bare).toEqual({
      created_at: at('2024-05-07T00:00:00Z'),
      updated_at: at('2024-05-07T00:00:00Z'),
      expires: null,
    });
    const [channelMute] = users[0]!.channel_mutes;
    expect(channelMute!.created_at).toEqual(at('2024-05-08T00:00:00Z'));
    expect(channelMute!.expires).toBeUndefined();
    expect(channelMute!.user?.updated_at).toEqual(at('2024-01-02T00:00:00Z'));
    // The channel is a chat ChannelResponse passed on as JSON: its instants stay strings.
    expect(channelMute!.channel).toMatchObject({ cid: 'messaging:general', created_at: '2024-01-01T00:00:00Z' });
  });
});

describe('response metadata', () => {
  const rateLimitHeaders = {
    'x-ratelimit-limit': '600',
    'x-ratelimit-remaining': '599',
    'x-ratelimit-reset': '1700000060',
  };

  it('exposes the rate limit headers and Stream’s request id', async () => {
    const answer = await withFixedAnswer(
      { headers: { ...rateLimitHeaders, 'x-stream-request-id': 'stream-request-42' }, body: '{"duration":"1ms"}' },
      (client) => client.deleteRole({ name: 'r' }),
    );
    expect(answer.metadata).toEqual({
      status: 200,
      requestId: 'stream-request-42',
      rateLimit: { limit: 600, remaining: 599, reset: new Date(1_700_000_060_000) },
    });
  });

  it('falls back to the request id it sent when Stream sends none', async () => {
    const { answer, sent } = await withFixedAnswer(
      { headers: rateLimitHeaders, body: '{"duration":"1ms"}' },
      async (client, server) => ({
        answer: await client.deleteRole({ name: 'r' }),
        sent: server.requests[0]!.headers['x-client-request-id'],
      }),
    );
    expect(answer.metadata.requestId).toBe(sent);
  });

  it('is on every answer and every error of the emulator', async () => {
    const emulator = await startTestEmulator();
    const client = clientFor(emulator);
    try {
      const answers = [
        await client.getApp(),
        await client.createRole({ name: 'meta_role' }),
        await client.updateApp({ webhook_url: 'https://hooks.example.test/meta' }),
        await client.createUserGroup({ id: 'meta', name: 'Meta' }),
        await client.updateUserGroup({ id: 'meta', name: 'Meta 2' }),
        await client.deleteRole({ name: 'meta_role' }),
      ];
      const error = (await rejectionOf(client.getTask({ id: 'missing' }))) as StreamApiError;
      expect(error).toBeInstanceOf(StreamApiError);
      for (const metadata of [...answers.map((answer) => answer.metadata), error.metadata]) {
        expect(metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(metadata.rateLimit).toEqual({
          limit: expect.any(Number),
          remaining: expect.any(Number),
          reset: expect.any(Date),
        });
        expect(metadata.rateLimit!.remaining).toBeLessThanOrEqual(metadata.rateLimit!.limit);
      }
      expect(answers.map((answer) => answer.metadata.status)).toEqual([200, 201, 200, 201, 201, 200]);
      expect(error.rateLimit).toBe(error.metadata.rateLimit);
    } finally {
      await client.close();
      await emulator.close();
    }
  });
});

describe('client hooks around decoding', () => {
  it('onAnswer sees the parsed answer before it is decoded, and what it drops is not returned', async () => {
    const body = taskAnswer('2024-05-06T07:08:09Z', '2024-05-06T09:08:09Z');
    const seen: { hook: string; createdAt?: unknown }[] = [];
    const task = await withFixedAnswer({ body: JSON.stringify(body) }, (client) =>
      client
        .withHooks({
          onAnswer(operation, answer) {
            const parsed = answer as Record<string, unknown>;
            seen.push({ hook: `onAnswer ${operation.name}`, createdAt: parsed.created_at });
            delete parsed.updated_at;
          },
          onResponse(operation) {
            seen.push({ hook: `onResponse ${operation.name}` });
          },
        })
        .getTask({ id: 't1' }),
    );
    expect(seen).toEqual([
      { hook: 'onAnswer getTask', createdAt: '2024-05-06T07:08:09Z' },
      { hook: 'onResponse getTask' },
    ]);
    expect(task.created_at).toEqual(at('2024-05-06T07:08:09Z'));
    expect(task).not.toHaveProperty('updated_at');
  });
});
