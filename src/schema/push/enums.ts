import { builder } from '../../graphql/builder.js';
import { enumValues } from '../../graphql/openEnum.js';

const PUSH_TEMPLATE_EVENT_TYPES = {
  MESSAGE_NEW: { value: 'message.new', description: 'A new chat message.' },
  MESSAGE_UPDATED: { value: 'message.updated', description: 'An edited chat message.' },
  REACTION_NEW: { value: 'reaction.new', description: 'A new reaction to a message.' },
  NOTIFICATION_REMINDER_DUE: { value: 'notification.reminder_due', description: 'A message reminder fell due.' },
  FEEDS_ACTIVITY_ADDED: { value: 'feeds.activity.added', description: 'An activity was added to a feed.' },
  FEEDS_COMMENT_ADDED: { value: 'feeds.comment.added', description: 'A comment on an activity.' },
  FEEDS_ACTIVITY_REACTION_ADDED: {
    value: 'feeds.activity.reaction.added',
    description: 'A reaction to an activity.',
  },
  FEEDS_COMMENT_REACTION_ADDED: { value: 'feeds.comment.reaction.added', description: 'A reaction to a comment.' },
  FEEDS_FOLLOW_CREATED: { value: 'feeds.follow.created', description: 'Someone followed a feed.' },
  FEEDS_NOTIFICATION_FEED_UPDATED: {
    value: 'feeds.notification_feed.updated',
    description: 'A notification feed changed.',
  },
} as const;

/** The event types this gateway knows, for Stream's answers that may hold newer ones. */
export const PUSH_TEMPLATE_EVENT_TYPE_VALUES = enumValues(PUSH_TEMPLATE_EVENT_TYPES);

export const PushTemplateEventType = builder.enumType('PushTemplateEventType', {
  description: 'The events a push template can be written for.',
  values: PUSH_TEMPLATE_EVENT_TYPES,
});

export const PushCheckEventType = builder.enumType('PushCheckEventType', {
  description: 'The events checkPush can render a notification for.',
  values: {
    MESSAGE_NEW: { value: 'message.new', description: 'A new chat message.' },
    MESSAGE_UPDATED: { value: 'message.updated', description: 'An edited chat message.' },
    REACTION_NEW: { value: 'reaction.new', description: 'A new reaction.' },
    REACTION_UPDATED: { value: 'reaction.updated', description: 'A changed reaction.' },
    NOTIFICATION_REMINDER_DUE: { value: 'notification.reminder_due', description: 'A reminder fell due.' },
  } as const,
});

export const PushLevel = builder.enumType('PushLevel', {
  description: 'How much of a kind of activity (calls, feeds) sends pushes.',
  values: {
    ALL: { value: 'all', description: 'Every event.' },
    NONE: { value: 'none', description: 'No events.' },
    DEFAULT: { value: 'default', description: 'Drop the override and fall back to the wider setting.' },
  } as const,
});

export const ChatPushLevel = builder.enumType('ChatPushLevel', {
  description: 'Which chat messages send pushes.',
  values: {
    ALL: { value: 'all', description: 'Every message.' },
    MENTIONS: { value: 'mentions', description: 'Messages that mention the user.' },
    DIRECT_MENTIONS: { value: 'direct_mentions', description: 'Messages that mention the user by name.' },
    ALL_MENTIONS: { value: 'all_mentions', description: 'Every kind of mention (direct, @here, @channel, roles).' },
    NONE: { value: 'none', description: 'No messages.' },
    DEFAULT: { value: 'default', description: 'Drop the override and fall back to the wider setting.' },
  } as const,
});

export const PushToggle = builder.enumType('PushToggle', {
  description: 'Whether one kind of notification is sent.',
  values: {
    ALL: { value: 'all', description: 'Sent.' },
    NONE: { value: 'none', description: 'Not sent.' },
  } as const,
});
