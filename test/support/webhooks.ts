import { createHmac, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface WebhookPost {
  body: string | Buffer;
  secret: string;
  apiKey: string;
  webhookId?: string;
  /** A signature to send instead of the right one. */
  signature?: string;
  gzip?: boolean;
}

/** Posts a webhook to the gateway like Stream does: signed, with its id and attempt headers. */
export async function postWebhook(gatewayUrl: string, post: WebhookPost): Promise<number> {
  const body = Buffer.from(post.body);
  const signature = post.signature ?? createHmac('sha256', post.secret).update(body).digest('hex');
  const response = await fetch(new URL('/webhooks/stream', gatewayUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature': signature,
      'x-api-key': post.apiKey,
      'x-webhook-id': post.webhookId ?? randomUUID(),
      'x-webhook-attempt': '1',
      ...(post.gzip ? { 'content-encoding': 'gzip' } : {}),
    },
    body: post.gzip ? gzipSync(body) : body,
  });
  await response.body?.cancel();
  return response.status;
}

/** Emulator control: a chat client's vote (cast, change or remove), which sends its webhook. */
export async function voteThroughEmulator(emulatorUrl: string, request: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${emulatorUrl}/_emulator/votes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as any;
  if (!response.ok) throw new Error(`vote control answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}
