import {
  CHAT_PUSH_LEVELS,
  PUSH_CHECK_EVENT_TYPES,
  PUSH_LEVELS,
  PUSH_TEMPLATE_EVENT_TYPES,
  PUSH_TOGGLES,
} from '../../rest/wire/push.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';

export const PushTemplateEventType = openEnumFromWire('PushTemplateEventType', PUSH_TEMPLATE_EVENT_TYPES, {
  description: 'The events a push template can be written for.',
  values: {
    'message.new': 'A new chat message.',
    'message.updated': 'An edited chat message.',
    'reaction.new': 'A new reaction to a message.',
    'notification.reminder_due': 'A message reminder fell due.',
    'feeds.activity.added': 'An activity was added to a feed.',
    'feeds.comment.added': 'A comment on an activity.',
    'feeds.activity.reaction.added': 'A reaction to an activity.',
    'feeds.comment.reaction.added': 'A reaction to a comment.',
    'feeds.follow.created': 'Someone followed a feed.',
    'feeds.notification_feed.updated': 'A notification feed changed.',
  },
});

export const PushCheckEventType = openEnumFromWire('PushCheckEventType', PUSH_CHECK_EVENT_TYPES, {
  description: 'The events checkPush can render a notification for.',
  values: {
    'message.new': 'A new chat message.',
    'message.updated': 'An edited chat message.',
    'reaction.new': 'A new reaction.',
    'reaction.updated': 'A changed reaction.',
    'notification.reminder_due': 'A reminder fell due.',
  },
});

const DROP_OVERRIDE = 'Drop the override and fall back to the wider setting.';

export const PushLevel = openEnumFromWire('PushLevel', PUSH_LEVELS, {
  description: 'How much of a kind of activity (calls, feeds) sends pushes.',
  values: { all: 'Every event.', none: 'No events.', default: DROP_OVERRIDE },
});

export const ChatPushLevel = openEnumFromWire('ChatPushLevel', CHAT_PUSH_LEVELS, {
  description: 'Which chat messages send pushes.',
  values: {
    all: 'Every message.',
    mentions: 'Messages that mention the user.',
    direct_mentions: 'Messages that mention the user by name.',
    all_mentions: 'Every kind of mention (direct, @here, @channel, roles).',
    none: 'No messages.',
    default: DROP_OVERRIDE,
  },
});

export const PushToggle = openEnumFromWire('PushToggle', PUSH_TOGGLES, {
  description: 'Whether one kind of notification is sent.',
  values: { all: 'Sent.', none: 'Not sent.' },
});
