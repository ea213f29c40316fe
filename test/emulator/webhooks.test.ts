import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import type { StreamClient } from '../../src/rest/client.js';
import { clientFor, startTestEmulator } from '../support/emulator.js';
import { startRawServer, type RawServer } from '../support/rawServer.js';
import { voteThroughEmulator } from '../support/webhooks.js';

let emulator: Emulator;
let client: StreamClient;
let receiver: RawServer;
/** The receiver fails the first delivery attempt of each event, then accepts. */
beforeAll(async () => {
  emulator = await startTestEmulator({ data: 'demo' });
  client = clientFor(emulator);
  receiver = await startRawServer((request) => ({
    status: request.headers['x-webhook-attempt'] === '1' ? 503 : 200,
    body: '',
  }));
});
afterAll(async () => {
  await client.close();
  await emulator.close();
  await receiver.close();
});

it('sends nothing while no webhook URL is set', async () => {
  await client.updatePollPartial({ poll_id: 'poll-01', set: { name: 'quiet' } });
  await emulator.webhooks.settled();
  expect(receiver.requests).toHaveLength(0);
});

it('signs each event, keeps its id across retries and counts the attempts', async () => {
  await client.updateApp({ webhook_url: receiver.url });
  await client.updatePollPartial({ poll_id: 'poll-01', set: { name: 'loud' } });
  await emulator.webhooks.settled();
  const [first, second] = receiver.requests;
  expect(receiver.requests).toHaveLength(2);
  expect([first!.headers['x-webhook-attempt'], second!.headers['x-webhook-attempt']]).toEqual(['1', '2']);
  expect(second!.headers['x-webhook-id']).toBe(first!.headers['x-webhook-id']);
  expect(second!.headers['x-api-key']).toBe(emulator.apiKey);
  const signature = createHmac('sha256', emulator.apiSecret).update(second!.body).digest('hex');
  expect(second!.headers['x-signature']).toBe(signature);
  const event = JSON.parse(second!.body);
  expect(event).toMatchObject({ type: 'poll.updated', poll: { id: 'poll-01', name: 'loud' } });
  expect(typeof event.created_at).toBe('string');
});

it('event_hooks of type webhook receive only their event types; the vote control sends vote events', async () => {
  await client.updateApp({
    webhook_url: '',
    event_hooks: [
      { hook_type: 'webhook', enabled: true, webhook_url: receiver.url, event_types: ['poll.vote_casted'] },
    ],
  });
  receiver.requests.length = 0;
  await client.updatePollPartial({ poll_id: 'poll-01', set: { name: 'not sent' } });
  const poll = (await client.getPoll({ poll_id: 'poll-02' })).poll;
  const vote = await voteThroughEmulator(emulator.url, {
    action: 'cast',
    poll_id: 'poll-02',
    user_id: 'user-197',
    option_id: poll.options[0]!.id,
  });
  await emulator.webhooks.settled();
  const delivered = receiver.requests.filter((request) => request.headers['x-webhook-attempt'] === '2');
  expect(delivered.map((request) => JSON.parse(request.body).type)).toEqual(['poll.vote_casted']);
  expect(JSON.parse(delivered[0]!.body).poll_vote.id).toBe(vote.poll_vote.id);
  const after = (await client.getPoll({ poll_id: 'poll-02' })).poll;
  expect(after.vote_count).toBe(poll.vote_count + 1);
});
