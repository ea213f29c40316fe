import type { ChatPreferencesInput, FeedsPreferences } from '../../rest/wire/push.js';
import { snakeToCamel, type SnakeToCamel } from '../../rest/wire/toWire.js';
import type { InputFields, ObjectFields } from '../../graphql/builder.js';
import { openEnumFields } from '../../graphql/openEnum.js';
import { PushToggle } from './enums.js';

/*
 * The finer push preferences are on/off toggles per kind of message or activity. The input that
 * sets them and the answer that shows them name and describe them alike, so each list is here once,
 * by Stream's key.
 */

/** The chat toggles: which kinds of chat message send a push. */
export const CHAT_TOGGLES = {
  channel_mentions: '@channel mentions.',
  default_preference: 'Anything not set otherwise.',
  direct_mentions: 'Mentions of the user by name.',
  group_mentions: 'Mentions of a user group the user is in.',
  here_mentions: '@here mentions.',
  role_mentions: 'Mentions of a role the user has.',
  thread_replies: 'Replies in threads the user is in.',
} as const satisfies Record<keyof ChatPreferencesInput, string>;

/** The feeds toggles: which kinds of feed activity send a push (custom activity types aside). */
export const FEEDS_TOGGLES = {
  comment: 'Comments.',
  comment_mention: 'Mentions in comments.',
  comment_reaction: 'Reactions to comments.',
  comment_reply: 'Replies to comments.',
  follow: 'New followers.',
  mention: 'Mentions in activities.',
  reaction: 'Reactions to activities.',
} as const satisfies Record<Exclude<keyof FeedsPreferences, 'custom_activity_types'>, string>;

const toggleInput = (t: InputFields, description: string) => t.field({ type: PushToggle, description });

/** One PushToggle input field a toggle, under its camelCase name. */
export function toggleInputs<K extends string>(
  t: InputFields,
  toggles: Record<K, string>,
): { [P in K as SnakeToCamel<P>]: ReturnType<typeof toggleInput> } {
  const fields: Record<string, ReturnType<typeof toggleInput>> = {};
  for (const [key, description] of Object.entries<string>(toggles))
    fields[snakeToCamel(key)] = toggleInput(t, description);
  return fields as { [P in K as SnakeToCamel<P>]: ReturnType<typeof toggleInput> };
}

/** One open PushToggle answer (with its Raw sibling) per toggle, under its camelCase name. */
export function toggleAnswers<Shape, K extends keyof Shape & string>(
  t: ObjectFields<Shape>,
  toggles: Record<K, string>,
) {
  return Object.assign(
    {},
    ...(Object.keys(toggles) as K[]).map((key) =>
      openEnumFields(t, PushToggle, snakeToCamel(key), {
        description: toggles[key],
        nullable: true,
        wire: (answer) => answer[key],
      }),
    ),
  ) as ReturnType<typeof openEnumFields<Shape, string>>;
}
