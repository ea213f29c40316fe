import type { ObjectFields } from '../../graphql/builder.js';
import { UserRef } from './types.js';

/**
 * The user a parent names by id, read through the request's user loader so that all users of one
 * answer load in one batch; null when the parent names none or Stream has no such user.
 */
export function userField<Parent>(
  t: ObjectFields<Parent>,
  description: string,
  userIdOf: (parent: Parent) => string | null | undefined,
) {
  return t.field({
    type: UserRef,
    nullable: true,
    description,
    resolve: (parent, _args, { loaders }) => {
      const id = userIdOf(parent);
      return id ? loaders.users.load(id) : null;
    },
  });
}
