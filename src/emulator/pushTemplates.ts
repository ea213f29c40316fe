/**
 * Push templates: Stream's defaults (in the emulator's own wording) and a small renderer for the
 * `{{ path }}` / `{{{ path }}}` / `{{ truncate path n }}` subset of Handlebars that templates use.
 */

export const DEFAULT_APN_TEMPLATE = JSON.stringify({
  aps: {
    alert: { title: '{{ sender.name }} @ {{ channel.name }}', body: '{{ truncate message.text 2000 }}' },
    badge: '{{ unread_count }}',
    'mutable-content': 1,
    category: 'NEW_MESSAGE',
  },
  stream: { sender: 'stream.chat', type: '{{ event_type }}', id: '{{ message.id }}', cid: '{{ channel.cid }}' },
}).replace('"{{ unread_count }}"', '{{ unread_count }}');

export const DEFAULT_FIREBASE_NOTIFICATION_TEMPLATE = JSON.stringify({
  title: '{{ sender.name }} @ {{ channel.name }}',
  body: '{{ truncate message.text 2000 }}',
  click_action: 'OPEN_ACTIVITY_1',
  sound: 'default',
});

export const DEFAULT_FIREBASE_DATA_TEMPLATE = JSON.stringify({
  sender: 'stream.chat',
  type: '{{ event_type }}',
  id: '{{ message.id }}',
  cid: '{{ channel.cid }}',
  channel_type: '{{ channel.type }}',
  channel_id: '{{ channel.id }}',
  receiver_id: '{{ receiver.id }}',
});

const TAG = /\{\{(\{?)\s*([^{}]*?)\s*\}?\}\}/g;

/**
 * Fills a template from `context`. Values land inside JSON documents, so strings are JSON-escaped
 * (without quotes) unless the triple-brace form asks for the raw value.
 */
export function renderTemplate(template: string, context: Record<string, unknown>): string {
  return template.replace(TAG, (_match, raw: string, expression: string) => {
    const value = evaluate(expression, context);
    if (value === undefined || value === null) return '';
    if (typeof value === 'object') return JSON.stringify(value);
    if (typeof value !== 'string' || raw) return String(value);
    return JSON.stringify(value).slice(1, -1);
  });
}

function evaluate(expression: string, context: Record<string, unknown>): unknown {
  const [head, ...args] = expression.split(/\s+/);
  if (head === 'truncate' && args.length === 2) {
    const text = lookup(args[0]!, context);
    const length = Number(args[1]);
    return typeof text === 'string' && Number.isFinite(length) ? text.slice(0, length) : text;
  }
  if (args.length > 0) return undefined;
  return lookup(head ?? '', context);
}

function lookup(path: string, context: Record<string, unknown>): unknown {
  let current: unknown = context;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Whether a template renders to JSON for a sample event; Stream refuses templates that do not. */
export function rendersToJson(template: string): boolean {
  try {
    JSON.parse(renderTemplate(template, sampleContext('message.new')));
    return true;
  } catch {
    return false;
  }
}

/** The data a push about a message is rendered with. */
export function sampleContext(
  eventType: string,
  receiver: { id: string; name?: string } = { id: 'receiver', name: 'Receiver' },
  messageId = 'check-push-message',
): Record<string, unknown> {
  const sender = { id: receiver.id, name: receiver.name ?? receiver.id };
  return {
    event_type: eventType,
    sender,
    receiver: { id: receiver.id, name: receiver.name ?? receiver.id },
    message: { id: messageId, text: 'This is a test push notification', user_id: receiver.id, type: 'regular' },
    channel: { cid: 'messaging:check-push', type: 'messaging', id: 'check-push', name: 'Check Push', member_count: 1 },
    unread_count: 1,
    unread_channels: 1,
  };
}
