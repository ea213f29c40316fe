import { GraphQLError } from 'graphql';
import { builder } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { BlockListRef } from '../../schema/blockList/types.js';
import { ImportTaskRef, ImportV2TaskRef } from '../../schema/import/types.js';
import { PermissionRef, RoleRef } from '../../schema/permission/types.js';
import { PollRef } from '../../schema/poll/types.js';
import { TaskRef } from '../../schema/task/types.js';
import { UserRef } from '../../schema/user/types.js';
import { UserGroupRef } from '../../schema/userGroup/types.js';

// The Relay Node interface over the entities that have a read by id. `id` stays Stream's id
// (federation keys and client caches use it); `globalId` is what `node(id:)`/`nodes(ids:)` take.
// Each type loads through the request's loaders, so `nodes(ids:)` batches like any other read,
// and refuses the callers its root read refuses.

/** A missing entity is null, as by-id reads answer; other failures stay errors. */
function nullWhenNotFound(error: unknown): null {
  if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return null;
  throw error;
}

async function loadOne<T>(load: () => Promise<T | null | undefined>): Promise<T | null> {
  try {
    return (await load()) ?? null;
  } catch (error) {
    return nullWhenNotFound(error);
  }
}

function serverOnly(context: GraphQLContext, typeName: string): void {
  if (context.caller.kind !== 'server') throw forbidden(`only server callers may read ${typeName} nodes`);
}

builder.nodeRef(UserRef, {
  id: { resolve: (user: typeof UserRef.$inferType) => user.id },
  loadMany: (ids, { loaders }) => ids.map((id) => loaders.users.load(id)),
});

builder.nodeRef(PollRef, {
  id: { resolve: (poll: typeof PollRef.$inferType) => poll.id },
  // As the caller: a user token sees its own votes, a server token nobody's.
  loadMany: (ids, { loaders }) => ids.map((id) => loadOne(() => loaders.polls(undefined).load(id))),
});

builder.nodeRef(UserGroupRef, {
  id: { resolve: (group: typeof UserGroupRef.$inferType) => group.id },
  loadMany: (ids, context) => {
    serverOnly(context, 'UserGroup');
    return Promise.all(ids.map((id) => loadOne(() => context.loaders.userGroups.load(id))));
  },
});

/** Block lists are named within a team (none: app-wide); their global id holds both. */
const blockListKey = (name: string, team: string | null | undefined) => JSON.stringify([name, team ?? null]);

function parseBlockListKey(key: string): { name: string; team: string | null } | undefined {
  try {
    const value: unknown = JSON.parse(key);
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string') {
      const team: unknown = value[1];
      if (team === null || typeof team === 'string') return { name: value[0], team };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

builder.nodeRef(BlockListRef, {
  id: { resolve: (list: typeof BlockListRef.$inferType) => blockListKey(list.name, list.team) },
  loadMany: (keys, context) => {
    serverOnly(context, 'BlockList');
    return Promise.all(
      keys.map((key) => {
        const parsed = parseBlockListKey(key);
        return parsed ? loadOne(() => context.loaders.blockLists.load(parsed)) : null;
      }),
    );
  },
});

builder.nodeRef(RoleRef, {
  // Roles have no id: Stream names them.
  id: { resolve: (role: typeof RoleRef.$inferType) => role.name },
  loadMany: (names, context) => {
    serverOnly(context, 'Role');
    return Promise.all(names.map((name) => loadOne(() => context.loaders.roles.load(name))));
  },
});

builder.nodeRef(PermissionRef, {
  id: { resolve: (permission: typeof PermissionRef.$inferType) => permission.id },
  loadOne: (id, context) => {
    serverOnly(context, 'Permission');
    return loadOne(async () => (await context.stream.getPermission({ id })).permission);
  },
});

builder.nodeRef(TaskRef, {
  id: { resolve: (task: typeof TaskRef.$inferType) => task.task_id },
  loadOne: (id, context) => {
    serverOnly(context, 'Task');
    return loadOne(() => context.stream.getTask({ id }));
  },
});

builder.nodeRef(ImportTaskRef, {
  id: { resolve: (task: typeof ImportTaskRef.$inferType) => task.id },
  loadOne: (id, context) => {
    serverOnly(context, 'ImportTask');
    return loadOne(async () => (await context.stream.getImport({ id })).import_task);
  },
});

builder.nodeRef(ImportV2TaskRef, {
  id: { resolve: (task: typeof ImportV2TaskRef.$inferType) => task.id },
  loadOne: (id, context) => {
    serverOnly(context, 'ImportV2Task');
    return loadOne(() => context.stream.getImportV2Task({ id }));
  },
});
