import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
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
        return resolveArrayConnection({ args, defaultSize: MEMBER_PAGES.defaultPageSize }, members);
      },
    },
    UserGroupMemberConnectionRef,
  ),
);
