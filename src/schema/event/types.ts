import { STREAM_EVENT_TYPES, type LiveEvent } from '../../live/events.js';
import { builder } from '../../graphql/builder.js';
import { enumName } from '../../graphql/wireEnum.js';

export const StreamEventTypeRef = builder.enumType('StreamEventType', {
  description: 'The kinds of Stream events the gateway passes on (Stream webhook event types).',
  values: Object.fromEntries(
    STREAM_EVENT_TYPES.map((type) => [enumName(type), { value: type, description: `Stream's \`${type}\`.` }]),
  ),
});

export const StreamEventRef = builder.interfaceRef<LiveEvent>('StreamEvent').implement({
  description: 'A change at Stream, reported by its webhook or by a mutation made through the gateway.',
  resolveType: (event) => (event.pollId !== undefined ? 'PollEvent' : 'UserEvent'),
  fields: (t) => ({
    type: t.field({ type: StreamEventTypeRef, description: 'What happened.', resolve: (event) => event.type }),
    createdAt: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (event) => event.createdAt }),
  }),
});

export const PollEventRef = builder.objectRef<LiveEvent>('PollEvent');
export const UserEventRef = builder.objectRef<LiveEvent>('UserEvent');
