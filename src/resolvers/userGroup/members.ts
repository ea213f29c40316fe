import { PothosValidationError } from '@pothos/core';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import { badUserInput } from '../../graphql/errors.js';
import { pageSizeError } from '../../graphql/connections/connectionArgs.js';
import { UserGroupMemberConnectionRef, UserGroupMemberRef, UserGroupRef } from '../../schema/userGroup/types.js';

/** getUserGroup answers every member at once; pages of them are cut from that list. */
const MEMBER_PAGES = { defaultPageSize: 25, maxPageSize: 100 };

builder.objectField(UserGroupRef, 'members', (t) =>
  t.connection(
    {
      type: UserGroupMemberRef,
      description:
        'Its members, by user id. Lists and searches of groups do not carry them: each group of such a page costs one getUserGroup, made only when members are selected.',
      resolve: async (group, args, { loaders }) => {
        const error = pageSizeError(args, MEMBER_PAGES.maxPageSize);
        if (error) throw error;
        const members = group.members ?? (await loaders.userGroups.load(group.id))?.members ?? [];
        try {
          return resolveArrayConnection({ args, defaultSize: MEMBER_PAGES.defaultPageSize }, members);
        } catch (refusal) {
          // plugin-relay refuses a cursor it did not make with an error that has no code.
          if (refusal instanceof PothosValidationError)
            throw badUserInput(refusal.message, { after: 'is not a cursor of this list' });
          throw refusal;
        }
      },
    },
    UserGroupMemberConnectionRef,
  ),
);
