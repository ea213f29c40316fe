import type { GraphQLContext } from '../../graphql/context.js';
import { forbidden, notFoundError } from '../../graphql/errors.js';

/**
 * The gateway calls Stream with its server token, which may change any poll: for user callers
 * it checks itself that the poll is theirs (or, for new options, open to suggestions) first.
 */
export async function checkPollChange(
  { caller, loaders }: GraphQLContext,
  pollId: string,
  { suggestingOption = false } = {},
): Promise<void> {
  if (caller.kind !== 'user') return;
  const poll = await loaders.polls(caller.userId).load(pollId);
  if (!poll) throw notFoundError(`poll ${pollId} does not exist`);
  if (poll.created_by_id === caller.userId) return;
  if (suggestingOption && poll.allow_user_suggested_options) return;
  throw forbidden(`only the creator of poll ${pollId} may change it`);
}
