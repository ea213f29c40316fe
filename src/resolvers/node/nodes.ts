import { brandWithType, getTypeBrand, type ObjectRef } from '@pothos/core';
import { builder, type BuilderTypes } from '../../graphql/builder.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { nullWhenNotFound } from '../../graphql/byId.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { BlockListRef } from '../../schema/blockList/types.js';
import { ImportTaskRef, ImportV2TaskRef } from '../../schema/import/types.js';
import { PermissionRef, RoleRef } from '../../schema/permission/types.js';
import { parsePollOptionKey, pollOptionKey } from '../../schema/poll/optionIdentity.js';
import { PollOptionRef, PollRef } from '../../schema/poll/types.js';
import { TaskRef } from '../../schema/task/types.js';
import { UserRef } from '../../schema/user/types.js';
import { UserGroupRef } from '../../schema/userGroup/types.js';

// The Relay Node interface over the entities that have a read by id. `id` stays Stream's id
// (federation keys and client caches use it); `globalId` is what `node(id:)`/`nodes(ids:)` take.
// Each type loads through the request's loaders, so `nodes(ids:)` batches like any other read,
// and refuses the callers its root read refuses. Loading is ours rather than plugin-relay's
// (loadOne/loadMany): its loader fails every node of a type when one fails, and brands shared
// loader objects in a way that fails the second time a request loads one.

type LoadNode = (id: string, context: GraphQLContext) => Promise<unknown>;

type NodeRef = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>, unknown>;

/** Each Node type and how it is read by its Stream id (the part of the global id after `Type:`). */
const loaders = new Map<string, { ref: NodeRef; load: LoadNode }>();

/** Makes `ref` a Node whose global id holds `idOf(item)`, read back by `load`. */
function node<T extends object>(
  ref: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>, T>,
  idOf: (item: T) => string,
  load: LoadNode,
  access: 'any' | 'server' = 'server',
): void {
  builder.nodeRef(ref, { id: { resolve: idOf } });
  loaders.set(ref.name, {
    ref: ref as NodeRef,
    load: (id, context) => {
      if (access === 'server' && context.caller.kind !== 'server')
        throw forbidden(`only server callers may read ${ref.name} nodes`);
      return nullWhenNotFound(load(id, context));
    },
  });
}

node(
  UserRef,
  (user) => user.id,
  (id, { loaders: l }) => l.users.load(id),
  'any',
);
// As the caller: a user token sees its own votes, a server token nobody's.
node(
  PollRef,
  (poll) => poll.id,
  (id, { loaders: l }) => l.polls(undefined).load(id),
  'any',
);
// An option's globalId is its `id` (Stream's option ids are unique only within their poll, so
// both carry the poll id too); it is read through its poll, as the caller sees it, batched with
// the other polls asked for.
node(
  PollOptionRef,
  ({ pollId, option }) => pollOptionKey(pollId, option.id),
  async (key, { loaders: l }) => {
    const ids = parsePollOptionKey(key);
    if (!ids) return null;
    const poll = await l.polls(undefined).load(ids.pollId);
    const option = poll?.options.find((candidate) => candidate.id === ids.optionId);
    return poll && option ? { pollId: ids.pollId, option, poll } : null;
  },
  'any',
);
node(
  UserGroupRef,
  (group) => group.id,
  (id, { loaders: l }) => l.userGroups.load(id),
);
node(
  RoleRef,
  (role) => role.name,
  (name, { loaders: l }) => l.roles.load(name),
);
node(
  PermissionRef,
  (permission) => permission.id,
  async (id, { stream }) => (await stream.getPermission({ id })).permission,
);
node(
  TaskRef,
  (task) => task.task_id,
  (id, { stream }) => stream.getTask({ id }),
);
node(
  ImportTaskRef,
  (task) => task.id,
  async (id, { stream }) => (await stream.getImport({ id })).import_task,
);
node(
  ImportV2TaskRef,
  (task) => task.id,
  (id, { stream }) => stream.getImportV2Task({ id }),
);

/** Block lists are named within a team (none: app-wide); their global id holds both. */
node(
  BlockListRef,
  (list) => JSON.stringify([list.name, list.team ?? null]),
  async (key, { loaders: l }) => {
    const parsed = parseBlockListKey(key);
    return parsed ? l.blockLists.load(parsed) : null;
  },
);

function parseBlockListKey(key: string): { name: string; team: string | null } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(key);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') return undefined;
  const team: unknown = value[1];
  return team === null || typeof team === 'string' ? { name: value[0], team } : undefined;
}

async function loadNode({ typename, id }: { typename: string; id: string }, context: GraphQLContext) {
  const type = loaders.get(typename);
  if (!type) throw badUserInput(`${typename} is not a type node(id:) reads`, { id: 'is not the global id of a node' });
  const found = await type.load(id, context);
  // The Node interface tells an object's type by this brand; a loader's object may carry it already.
  if (found && typeof found === 'object' && !getTypeBrand(found)) brandWithType(found, type.ref);
  return found;
}

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Anything with a globalId, by that id; null when nothing has it.',
    authScopes: { server: true, user: true },
    args: { id: t.arg.globalID({ required: true, description: 'A globalId.' }) },
    resolve: (_root, { id }, context) => loadNode(id, context),
  }),
);

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: true, items: true },
    description:
      'Several things by globalId, in the order asked; null for those that do not exist, and for those refused or failed (with their own error). Ids of one type load in batches.',
    authScopes: { server: true, user: true },
    args: { ids: t.arg.globalIDList({ required: true, description: 'globalIds.' }) },
    // What is selected under it counts once per id, as for `_entities`' representations.
    complexity: (args) => ({ field: 1, multiplier: args.ids.length }),
    resolve: (_root, { ids }, context) => ids.map((id) => loadNode(id, context)),
  }),
);
