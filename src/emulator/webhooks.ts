import { createHmac, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { appSettingsFor } from './appSettings.js';
import { nowTimestamp } from './clock.js';
import { toPollData, toVoteData } from './polls/present.js';
import { pollsOf, type VoteChoice } from './polls/store.js';
import type { EmulatorState } from './state.js';

/** A Stream event as a webhook carries it: its type, when it happened, and the objects it is about. */
export type WebhookEvent = { type: string; created_at: string } & Record<string, unknown>;

/** Deliveries tried per event (Stream retries failed ones), and the first wait between two. */
const MAX_ATTEMPTS = 5;
const FIRST_RETRY_MS = 100;

/** The webhook URLs app settings name for an event type: `webhook_url`, and enabled `event_hooks` of type webhook. */
function webhookUrls(state: EmulatorState, type: string): string[] {
  const { app } = appSettingsFor(state);
  const urls = app.webhook_url ? [app.webhook_url] : [];
  for (const hook of app.event_hooks) {
    if (hook.hook_type !== 'webhook' || hook.enabled === false || !hook.webhook_url) continue;
    if (hook.event_types?.length && !hook.event_types.includes(type)) continue;
    urls.push(hook.webhook_url);
  }
  return [...new Set(urls)];
}

/**
 * Sends events like Stream does: a signed JSON POST (X-Signature, the HMAC-SHA256 of the
 * uncompressed body with the API secret, in hex), gzipped when the app asks for compressed hook
 * payloads, retried with a doubling backoff until a 2xx answer.
 */
export class WebhookSender {
  /** Deliveries still being tried; tests and shutdown wait for them. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly state: EmulatorState,
    private readonly apiKey: string,
    private readonly apiSecret: string,
  ) {}

  send(event: WebhookEvent): void {
    for (const url of webhookUrls(this.state, event.type)) {
      const delivery = this.deliver(url, event).finally(() => this.pending.delete(delivery));
      this.pending.add(delivery);
    }
  }

  /** Resolves once every delivery started so far succeeded or gave up. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async deliver(url: string, event: WebhookEvent): Promise<void> {
    const body = Buffer.from(JSON.stringify(event));
    const signature = createHmac('sha256', this.apiSecret).update(body).digest('hex');
    const compress = appSettingsFor(this.state).hidden.enable_hook_payload_compression === true;
    const webhookId = randomUUID();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-signature': signature,
            'x-api-key': this.apiKey,
            'x-webhook-id': webhookId,
            'x-webhook-attempt': String(attempt),
            ...(compress ? { 'content-encoding': 'gzip' } : {}),
          },
          body: compress ? gzipSync(body) : body,
        });
        await response.body?.cancel();
        if (response.ok) return;
      } catch {
        // Refused or reset: tried again like any failed delivery.
      }
      if (attempt < MAX_ATTEMPTS)
        await new Promise((resolve) => setTimeout(resolve, FIRST_RETRY_MS * 2 ** (attempt - 1)));
    }
  }
}

type Result = Record<string, any>;
type Params = Record<string, unknown>;

const now = () => nowTimestamp();
const closes = (set: unknown) => (set as { is_closed?: unknown } | undefined)?.is_closed === true;

/** The events Stream sends after each REST write of the common API, from its input and answer. */
const EVENTS_OF_OPERATIONS: Record<string, (params: Params, body: Result, result: Result) => WebhookEvent[]> = {
  updatePoll: (_params, body, result) => [
    { type: body.is_closed === true ? 'poll.closed' : 'poll.updated', created_at: now(), poll: result.poll },
  ],
  updatePollPartial: (_params, body, result) => [
    { type: closes(body.set) ? 'poll.closed' : 'poll.updated', created_at: now(), poll: result.poll },
  ],
  deletePoll: (params) => [{ type: 'poll.deleted', created_at: now(), poll: { id: params.poll_id } }],
  updateUsers: (_params, _body, result) =>
    Object.values(result.users as Record<string, Result>).map((user) => ({
      type: 'user.updated',
      created_at: now(),
      user,
    })),
  updateUsersPartial: (_params, _body, result) =>
    Object.values(result.users as Record<string, Result>).map((user) => ({
      type: 'user.updated',
      created_at: now(),
      user,
    })),
  deactivateUser: (_params, _body, result) => [{ type: 'user.deactivated', created_at: now(), user: result.user }],
  reactivateUser: (_params, _body, result) => [{ type: 'user.reactivated', created_at: now(), user: result.user }],
};

/** The webhook events of a successful REST write; none for operations Stream sends none for. */
export function eventsOfOperation(operation: string, params: Params, body: Result, result: Result): WebhookEvent[] {
  return EVENTS_OF_OPERATIONS[operation]?.(params, body, result) ?? [];
}

/** What the vote control asks for: the chat-side actions the common API has no operation for. */
export type VoteAction =
  | { action: 'cast'; poll_id: string; user_id: string; option_id?: string; answer_text?: string }
  | { action: 'change'; poll_id: string; user_id: string; vote_id: string; option_id: string }
  | { action: 'remove'; poll_id: string; vote_id: string };

/** Casts, changes or removes a vote as a chat client would, and returns the event Stream sends for it. */
export function applyVoteAction(state: EmulatorState, request: VoteAction): WebhookEvent {
  const store = pollsOf(state);
  const poll = store.require(request.poll_id);
  const anonymous = poll.voting_visibility === 'anonymous';
  if (request.action === 'remove') {
    const vote = poll.votes.find((candidate) => candidate.id === request.vote_id);
    store.removeVote(poll.id, request.vote_id);
    poll.updated_at = now();
    return {
      type: 'poll.vote_removed',
      created_at: now(),
      poll: toPollData(state, poll),
      poll_vote: vote ? toVoteData(state, vote, anonymous) : { id: request.vote_id },
    };
  }
  if (request.action === 'change') store.removeVote(poll.id, request.vote_id);
  const choice: VoteChoice =
    request.action === 'cast' && request.answer_text !== undefined
      ? { answerText: request.answer_text }
      : { optionId: String(request.option_id) };
  const vote = store.castVote(poll.id, request.user_id, choice);
  poll.updated_at = now();
  return {
    type: request.action === 'change' ? 'poll.vote_changed' : 'poll.vote_casted',
    created_at: now(),
    poll: toPollData(state, poll),
    poll_vote: toVoteData(state, vote, anonymous),
  };
}
