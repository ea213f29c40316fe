import type { GraphQLContext } from './context.js';
import { forbidden } from './errors.js';

/**
 * The gateway reads users with its server token, which shows everything about everyone. What
 * only concerns a user (blocks, mutes, unread counts, push settings) is shown to server callers
 * and to that user; other user callers get FORBIDDEN on the field and null in its place.
 */
export function ownUserData<User extends { id: string }, T>(
  field: string,
  read: (user: User, context: GraphQLContext) => T,
) {
  return (user: User, _args: object, context: GraphQLContext): T => {
    const { caller } = context;
    if (caller.kind === 'user' && caller.userId !== user.id) {
      throw forbidden(`only user ${user.id} may read their ${field}`);
    }
    return read(user, context);
  };
}
