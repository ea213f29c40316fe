import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../src/live/events.js';
import { until } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { sseSubscription } from '../support/liveClients.js';
import { postWebhook, voteThroughEmulator } from '../support/webhooks.js';

const API_KEY = 'live-key-7Hq';
let gateway: TestGateway;
/** Every event the gateway published, in order. */
const published: LiveEvent[] = [];

beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo', apiKey: API_KEY }, { apiKey: API_KEY });
  gateway.live.onPublish((event) => {
    published.push(event);
  });
});
afterAll(() => gateway.close());

const sign = (body: unknown, extra: Partial<Parameters<typeof postWebhook>[1]> = {}) =>
  postWebhook(gateway.url, {
    body: JSON.stringify(body),
    secret: gateway.emulator.apiSecret,
    apiKey: API_KEY,
    ...extra,
  });

/** Posts a valid marker event and waits until it is published: everything posted before it was processed. */
async function drain(): Promise<void> {
  const marker = `marker-${published.length}-${Date.now()}`;
  expect(await sign({ type: 'user.updated', created_at: new Date().toISOString(), user: { id: marker } })).toBe(200);
  await until(() => published.some((event) => event.userId === marker));
}

describe('receiving Stream webhooks', () => {
  it('a signed poll.updated reaches pollUpdated subscribers', async () => {
    const subscription = sseSubscription(
      gateway.url,
      gateway.serverToken,
      'subscription { pollUpdated(id: "poll-07") { id name } }',
    );
    const first = subscription.next();
    await until(() => gateway.live.caps.total === 1);
    const status = await sign({
      type: 'poll.updated',
      created_at: new Date().toISOString(),
      poll: { id: 'poll-07', updated_at: '2026-01-01T00:00:00Z' },
    });
    expect(status).toBe(200);
    expect((await first)?.data?.pollUpdated.id).toBe('poll-07');
    await subscription.close();
  });

  it('accepts gzip bodies signed over the uncompressed JSON', async () => {
    const before = published.length;
    expect(
      await sign(
        {
          type: 'user.deactivated',
          created_at: '2026-02-01T00:00:00Z',
          user: { id: 'user-010', updated_at: '2026-02-01T00:00:00Z' },
        },
        { gzip: true },
      ),
    ).toBe(200);
    await until(() => published.length > before);
    expect(published.at(-1)).toMatchObject({ type: 'user.deactivated', userId: 'user-010' });
  });

  it('a gzip body that inflates past the 5 MB limit gets 400 and publishes nothing', async () => {
    const before = published.length;
    const malformed = gateway.live.webhookStats.malformed;
    const event = { type: 'user.deactivated', user: { id: 'user-011' }, padding: 'x'.repeat(6 * 1024 * 1024) };
    expect(await sign(event, { gzip: true })).toBe(400);
    expect(gateway.live.webhookStats.malformed).toBe(malformed + 1);
    await drain();
    expect(published.slice(before).map((e) => e.type)).toEqual(['user.updated']);
  });

  it('a forged signature or a wrong API key gets 401 and publishes nothing', async () => {
    const before = published.length;
    const event = { type: 'poll.closed', created_at: '2026-03-01T00:00:00Z', poll: { id: 'poll-08' } };
    expect(await sign(event, { signature: 'f'.repeat(64) })).toBe(401);
    expect(await sign(event, { signature: '' })).toBe(401);
    expect(
      await postWebhook(gateway.url, { body: JSON.stringify(event), secret: 'another-secret', apiKey: API_KEY }),
    ).toBe(401);
    expect(
      await postWebhook(gateway.url, {
        body: JSON.stringify(event),
        secret: gateway.emulator.apiSecret,
        apiKey: 'wrong',
      }),
    ).toBe(401);
    await drain();
    expect(published.slice(before).map((e) => e.type)).toEqual(['user.updated']);
  });

  it('a replayed delivery (same X-Webhook-Id) publishes once', async () => {
    const before = published.length;
    const duplicates = gateway.live.webhookStats.duplicates;
    const event = {
      type: 'poll.updated',
      created_at: '2026-03-02T00:00:00Z',
      poll: { id: 'poll-09', updated_at: '2026-03-02T00:00:00Z' },
    };
    expect(await sign(event, { webhookId: 'delivery-1' })).toBe(200);
    expect(await sign(event, { webhookId: 'delivery-1' })).toBe(200);
    await drain();
    expect(published.slice(before).map((e) => e.pollId ?? e.type)).toEqual(['poll-09', 'user.updated']);
    expect(gateway.live.webhookStats.duplicates).toBe(duplicates + 1);
  });

  it('a malformed body gets 400 and publishes nothing; an unknown type is counted and ignored', async () => {
    const before = published.length;
    const unknown = gateway.live.webhookStats.unknownTypes;
    expect(
      await postWebhook(gateway.url, { body: '{not json', secret: gateway.emulator.apiSecret, apiKey: API_KEY }),
    ).toBe(400);
    expect(await sign({ created_at: 'no type' })).toBe(400);
    expect(await sign(['poll.updated'])).toBe(400);
    expect(await sign({ type: 'message.new', created_at: '2026-03-03T00:00:00Z' })).toBe(200);
    await drain();
    expect(published.slice(before).map((e) => e.type)).toEqual(['user.updated']);
    expect(gateway.live.webhookStats.unknownTypes).toBe(unknown + 1);
    expect(gateway.live.webhookStats.malformed).toBeGreaterThanOrEqual(3);
  });

  it('answers GET with 405 and leaves other paths to GraphQL', async () => {
    const response = await fetch(new URL('/webhooks/stream', gateway.url));
    expect(response.status).toBe(405);
    await response.body?.cancel();
  });
});

describe('the emulator sends webhooks like Stream', () => {
  beforeAll(async () => {
    await gateway.client.updateApp({ webhook_url: new URL('/webhooks/stream', gateway.url).toString() });
  });

  it('a simulated vote reaches pollUpdated subscribers with the new tally', async () => {
    const poll = await gateway.queryData('{ poll(id: "poll-10") { voteCount options { optionId } isClosed } }');
    expect(poll.poll.isClosed).toBe(false);
    const subscription = sseSubscription(
      gateway.url,
      gateway.serverToken,
      'subscription { pollUpdated(id: "poll-10") { id voteCount } }',
    );
    const first = subscription.next();
    await until(() => gateway.live.caps.total === 1);
    const vote = await voteThroughEmulator(gateway.emulator.url, {
      action: 'cast',
      poll_id: 'poll-10',
      user_id: 'user-199',
      option_id: poll.poll.options[0].optionId,
    });
    expect(vote.type).toBe('poll.vote_casted');
    expect((await first)?.data?.pollUpdated).toEqual({ id: 'poll-10', voteCount: poll.poll.voteCount + 1 });
    await subscription.close();
    await until(() => gateway.live.caps.total === 0);
  });

  it('a mutation publishes at once, and the webhook that follows for the same change is dropped', async () => {
    const before = published.length;
    const accepted = gateway.live.webhookStats.accepted;
    await gateway.queryData(
      'mutation { updatePollPartial(input: { pollId: "poll-11", set: { name: "Once" } }) { poll { id } } }',
    );
    await gateway.emulator.webhooks.settled();
    await until(() => gateway.live.webhookStats.accepted === accepted + 1);
    await drain();
    expect(published.slice(before).map((e) => `${e.type} ${e.pollId ?? ''}`)).toEqual([
      'poll.updated poll-11',
      'user.updated ',
    ]);
  });

  it('gzips hook payloads when the app asks for it, still signed over the JSON', async () => {
    await gateway.client.updateApp({ enable_hook_payload_compression: true });
    const before = published.length;
    const gzipped = gateway.live.webhookStats.gzipped;
    const poll = await gateway.queryData('{ poll(id: "poll-12") { options { optionId } } }');
    await voteThroughEmulator(gateway.emulator.url, {
      action: 'cast',
      poll_id: 'poll-12',
      user_id: 'user-198',
      option_id: poll.poll.options[1].optionId,
    });
    await gateway.emulator.webhooks.settled();
    await until(() => published.length > before);
    expect(published.at(-1)).toMatchObject({ type: 'poll.vote_casted', pollId: 'poll-12' });
    expect(gateway.live.webhookStats.gzipped).toBe(gzipped + 1);
    await gateway.client.updateApp({ enable_hook_payload_compression: false });
  });
});
