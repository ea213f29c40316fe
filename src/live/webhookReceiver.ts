import { createHmac, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { eventKey, isStreamEventType, pollEvent, userEvent, type LiveEvent, type StreamEventType } from './events.js';
import type { Live } from './live.js';

export const WEBHOOK_PATH = '/webhooks/stream';
/** Largest webhook body accepted, compressed or not. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** How long a webhook id is remembered: Stream's retries of one delivery come well within it. */
const WEBHOOK_ID_TTL_MS = 24 * 60 * 60_000;

/** What the receiver saw, for metrics and tests. */
export interface WebhookStats {
  accepted: number;
  /** Of those, deliveries with a gzip body. */
  gzipped: number;
  published: number;
  /** A retry of a delivery already processed (same X-Webhook-Id), or a change a mutation already published. */
  duplicates: number;
  unknownTypes: number;
  badSignatures: number;
  malformed: number;
}

export interface WebhookReceiverOptions {
  apiKey: string;
  apiSecret: string;
  live: Live;
}

export const emptyWebhookStats = (): WebhookStats => ({
  accepted: 0,
  gzipped: 0,
  published: 0,
  duplicates: 0,
  unknownTypes: 0,
  badSignatures: 0,
  malformed: 0,
});

class WebhookRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** Off the event loop, in libuv's pool: a 5 MB body does not stall the queries being served. */
const gunzip = promisify(gunzipCallback);

const sameText = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

async function readBody(request: Request): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new WebhookRefusal(413, 'the body is too large');
  const raw = Buffer.from(await request.arrayBuffer());
  if (raw.length > MAX_BODY_BYTES) throw new WebhookRefusal(413, 'the body is too large');
  const encoding = request.headers.get('content-encoding')?.trim().toLowerCase();
  if (!encoding || encoding === 'identity') return raw;
  if (encoding !== 'gzip') throw new WebhookRefusal(400, `unsupported content-encoding ${encoding}`);
  try {
    return await gunzip(raw, { maxOutputLength: MAX_BODY_BYTES });
  } catch {
    throw new WebhookRefusal(400, 'the gzip body cannot be decompressed');
  }
}

type Payload = { type: string; created_at?: unknown } & Record<string, unknown>;

function parsePayload(body: Buffer): Payload {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new WebhookRefusal(400, 'the body is not JSON');
  }
  if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
    throw new WebhookRefusal(400, 'the body is not a Stream event (no type)');
  }
  return value as Payload;
}

const objectField = (payload: Payload, name: string) => {
  const value = payload[name];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
};

/**
 * The subscription event a webhook reports, keyed like the one a mutation through the gateway
 * published (src/live/publishingClient.ts), so that the second report of a change is dropped.
 */
export function liveEventOf(type: StreamEventType, payload: Payload): LiveEvent | undefined {
  const createdAt = typeof payload.created_at === 'string' ? payload.created_at : undefined;
  if (type.startsWith('user.')) {
    const user = objectField(payload, 'user');
    return typeof user?.id === 'string' ? userEvent(type, user.id, user.updated_at, createdAt) : undefined;
  }
  const poll = objectField(payload, 'poll');
  const pollId = typeof poll?.id === 'string' ? poll.id : payload.poll_id;
  if (typeof pollId !== 'string') return undefined;
  const event = pollEvent(type, pollId, poll?.updated_at, createdAt);
  // A vote's change is keyed by the vote, so that two votes on one poll are two events.
  const vote = objectField(payload, 'poll_vote');
  return type.startsWith('poll.vote_') && typeof vote?.id === 'string'
    ? { ...event, key: eventKey(type, vote.id, vote.updated_at) }
    : event;
}

/**
 * Stream's webhooks at POST /webhooks/stream: X-Api-Key and X-Signature (HMAC-SHA256 of the
 * uncompressed body with the API secret) checked in constant time, gzip bodies accepted. A valid
 * delivery is answered 200 at once and processed after; a retry (same X-Webhook-Id) is answered
 * 200 and ignored. 401 for a wrong key or signature, 400 for a body that is not an event.
 */
export function useStreamWebhooks(options: WebhookReceiverOptions): Plugin {
  const { live } = options;
  const stats = live.webhookStats;

  async function verify(request: Request): Promise<Payload> {
    if (!sameText(request.headers.get('x-api-key') ?? '', options.apiKey))
      throw new WebhookRefusal(401, 'wrong X-Api-Key');
    const body = await readBody(request);
    const expected = createHmac('sha256', options.apiSecret).update(body).digest('hex');
    if (!sameText((request.headers.get('x-signature') ?? '').trim().toLowerCase(), expected)) {
      stats.badSignatures += 1;
      throw new WebhookRefusal(401, 'the signature does not match the body');
    }
    return parsePayload(body);
  }

  async function process(webhookId: string | null, payload: Payload): Promise<void> {
    if (webhookId && !(await live.deduplicator.firstTime(`webhook:${webhookId}`, WEBHOOK_ID_TTL_MS))) {
      stats.duplicates += 1;
      return;
    }
    if (!isStreamEventType(payload.type)) {
      stats.unknownTypes += 1;
      return;
    }
    const event = liveEventOf(payload.type, payload);
    if (!event) {
      stats.malformed += 1;
      live.log(`webhook ${payload.type} names no ${payload.type.startsWith('user.') ? 'user' : 'poll'}: ignored`);
      return;
    }
    if (await live.publish(event)) stats.published += 1;
    else stats.duplicates += 1;
  }

  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== WEBHOOK_PATH) return;
      const answer = (status: number, message?: string) =>
        endResponse(
          new fetchAPI.Response(message === undefined ? null : JSON.stringify({ message }), {
            status,
            headers: message === undefined ? {} : { 'content-type': 'application/json' },
          }),
        );
      if (request.method !== 'POST') return answer(405, 'POST Stream webhooks here');
      return verify(request).then(
        (payload) => {
          stats.accepted += 1;
          if (request.headers.get('content-encoding')?.toLowerCase() === 'gzip') stats.gzipped += 1;
          // Answered before processing: Stream expects an answer within milliseconds.
          setImmediate(() => {
            process(request.headers.get('x-webhook-id'), payload).catch((error: unknown) =>
              live.log(`webhook ${payload.type}: ${error instanceof Error ? error.message : String(error)}`),
            );
          });
          answer(200);
        },
        (error: unknown) => {
          if (!(error instanceof WebhookRefusal)) throw error;
          if (error.status === 400) {
            stats.malformed += 1;
            live.log(`webhook refused: ${error.message}`);
          }
          answer(error.status, error.message);
        },
      );
    },
  };
}
