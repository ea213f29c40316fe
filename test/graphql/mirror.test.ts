import { readdirSync } from 'node:fs';
import { Kind, TransformKind, Type, type TSchema } from '@sinclair/typebox';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { expect, it } from 'vitest';
import { operationList } from '../../src/rest/operations.js';
import { stringEnumValues } from '../../src/rest/wire/primitives.js';
import * as polls from '../../src/rest/wire/polls.js';
import * as shared from '../../src/rest/wire/shared.js';
import { schema } from '../../src/executableSchema.js';

/*
 * The graph mirrors Stream's answers: every property of every object schema reachable from the
 * success answer of the 90 operations must be reachable as a GraphQL field, or be listed below
 * with the reason it is not (or not in the same shape).
 *
 * How a wire object is paired with the GraphQL type that mirrors it:
 *  - ANSWERS names, for each operation, the GraphQL field whose type mirrors its answer (a path
 *    from a root type, e.g. `Mutation.createPoll`, `Query.polls.edges.node`). With `unwrap`, that
 *    type mirrors the object in that one property of the answer (the `poll` of `{ poll, duration }`),
 *    and the answer's other properties must be listed as not fields or be a connection's cursors.
 *  - From there the pairing is structural: a property `foo_bar` is the field `fooBar` (or the
 *    RENAMED one) of the paired type, and an object inside it (through arrays) is paired with the
 *    field's type. So one wire schema may be mirrored by several GraphQL types (UserResponse by
 *    User, PushProvider by AppPushProvider) and each pairing is checked.
 *  - Leaves must have a matching type: DateTime for instants, Int for integers, JSON/JSONObject
 *    for free-form maps, an enum (with the wire's values) or String for closed string sets.
 */

type Answer = { graph: string; unwrap?: string };

/** Where each operation's answer is mirrored (see above). */
const ANSWERS: Record<string, Answer> = {
  // app
  checkSNS: { graph: 'Mutation.checkSNS' },
  checkSQS: { graph: 'Mutation.checkSQS' },
  getApp: { graph: 'Query.app', unwrap: 'app' },
  getOG: { graph: 'Query.openGraph' },
  getRateLimits: { graph: 'Query.rateLimits' },
  updateApp: { graph: 'Mutation.updateApp' },
  // block lists
  createBlockList: { graph: 'Mutation.createBlockList.blockList', unwrap: 'blocklist' },
  deleteBlockList: { graph: 'Mutation.deleteBlockList' },
  getBlockList: { graph: 'Query.blockList', unwrap: 'blocklist' },
  importBlockList: { graph: 'Mutation.importBlockList' },
  listBlockLists: { graph: 'Query.blockLists.edges.node', unwrap: 'blocklists' },
  updateBlockList: { graph: 'Mutation.updateBlockList.blockList', unwrap: 'blocklist' },
  // devices
  createDevice: { graph: 'Mutation.createDevice' },
  deleteDevice: { graph: 'Mutation.deleteDevice' },
  listDevices: { graph: 'Query.devices', unwrap: 'devices' },
  // external storage
  checkExternalStorage: { graph: 'Mutation.checkExternalStorage' },
  createExternalStorage: { graph: 'Mutation.createExternalStorage' },
  deleteExternalStorage: { graph: 'Mutation.deleteExternalStorage' },
  deleteImporterExternalStorage: { graph: 'Mutation.deleteImporterExternalStorage' },
  getImporterExternalStorage: { graph: 'Query.importerExternalStorage' },
  listExternalStorage: { graph: 'Query.externalStorages', unwrap: 'external_storages' },
  updateExternalStorage: { graph: 'Mutation.updateExternalStorage.externalStorage' },
  upsertImporterExternalStorage: { graph: 'Mutation.upsertImporterExternalStorage' },
  validateImporterExternalStorage: { graph: 'Mutation.validateImporterExternalStorage' },
  // imports
  cancelImportV2Task: { graph: 'Mutation.cancelImportV2Task' },
  createImport: { graph: 'Mutation.createImport' },
  createImportURL: { graph: 'Mutation.createImportURL' },
  createImportV2Task: { graph: 'Mutation.createImportV2Task.importTask' },
  deleteImportV2Task: { graph: 'Mutation.deleteImportV2Task' },
  getImport: { graph: 'Query.import', unwrap: 'import_task' },
  getImportV2Task: { graph: 'Query.importTask' },
  listImportV2Tasks: { graph: 'Query.importTasks', unwrap: 'import_tasks' },
  listImports: { graph: 'Query.imports', unwrap: 'import_tasks' },
  // permissions
  createPermission: { graph: 'Mutation.createPermission' },
  createRole: { graph: 'Mutation.createRole' },
  deletePermission: { graph: 'Mutation.deletePermission' },
  deleteRole: { graph: 'Mutation.deleteRole' },
  getPermission: { graph: 'Query.permission', unwrap: 'permission' },
  listPermissions: { graph: 'Query.permissions', unwrap: 'permissions' },
  listRoles: { graph: 'Query.roles', unwrap: 'roles' },
  searchRoles: { graph: 'Query.searchRoles.edges.node', unwrap: 'roles' },
  updatePermission: { graph: 'Mutation.updatePermission' },
  // polls
  createPoll: { graph: 'Mutation.createPoll' },
  createPollOption: { graph: 'Mutation.createPollOption' },
  deletePoll: { graph: 'Mutation.deletePoll' },
  deletePollOption: { graph: 'Mutation.deletePollOption' },
  getPoll: { graph: 'Query.poll', unwrap: 'poll' },
  getPollOption: { graph: 'Query.pollOption', unwrap: 'poll_option' },
  queryPollVotes: { graph: 'Query.pollVotes.edges.node', unwrap: 'votes' },
  queryPolls: { graph: 'Query.polls.edges.node', unwrap: 'polls' },
  updatePoll: { graph: 'Mutation.updatePoll' },
  updatePollOption: { graph: 'Mutation.updatePollOption' },
  updatePollPartial: { graph: 'Mutation.updatePollPartial' },
  // push
  checkPush: { graph: 'Mutation.checkPush' },
  deletePushProvider: { graph: 'Mutation.deletePushProvider' },
  getPushTemplates: { graph: 'Query.pushTemplates', unwrap: 'templates' },
  listPushProviders: { graph: 'Query.pushProviders', unwrap: 'push_providers' },
  updatePushNotificationPreferences: { graph: 'Mutation.updatePushNotificationPreferences' },
  upsertPushProvider: { graph: 'Mutation.upsertPushProvider' },
  upsertPushTemplate: { graph: 'Mutation.upsertPushTemplate' },
  // tasks
  getTask: { graph: 'Query.task' },
  // uploads
  deleteFile: { graph: 'Mutation.deleteFile' },
  deleteImage: { graph: 'Mutation.deleteImage' },
  uploadFile: { graph: 'Mutation.uploadFile' },
  uploadImage: { graph: 'Mutation.uploadImage' },
  // user groups
  addUserGroupMembers: { graph: 'Mutation.addUserGroupMembers' },
  createUserGroup: { graph: 'Mutation.createUserGroup' },
  deleteUserGroup: { graph: 'Mutation.deleteUserGroup' },
  getUserGroup: { graph: 'Query.userGroup', unwrap: 'user_group' },
  listUserGroups: { graph: 'Query.userGroups.edges.node', unwrap: 'user_groups' },
  removeUserGroupMembers: { graph: 'Mutation.removeUserGroupMembers' },
  searchUserGroups: { graph: 'Query.searchUserGroups.edges.node', unwrap: 'user_groups' },
  updateUserGroup: { graph: 'Mutation.updateUserGroup' },
  // users
  blockUsers: { graph: 'Mutation.blockUser.block' },
  createGuest: { graph: 'Mutation.createGuest' },
  deactivateUser: { graph: 'Mutation.deactivateUser' },
  deactivateUsers: { graph: 'Mutation.deactivateUsers' },
  deleteUsers: { graph: 'Mutation.deleteUsers' },
  exportUser: { graph: 'Query.userExport' },
  exportUsers: { graph: 'Mutation.exportUsers' },
  getBlockedUsers: { graph: 'Query.blockedUsers', unwrap: 'blocks' },
  getUserLiveLocations: { graph: 'Query.liveLocations', unwrap: 'active_live_locations' },
  queryUsers: { graph: 'Query.users.edges.node', unwrap: 'users' },
  reactivateUser: { graph: 'Mutation.reactivateUser' },
  reactivateUsers: { graph: 'Mutation.reactivateUsers' },
  restoreUsers: { graph: 'Mutation.restoreUsers' },
  unblockUsers: { graph: 'Mutation.unblockUser' },
  updateLiveLocation: { graph: 'Mutation.updateLiveLocation.location' },
  updateUsers: { graph: 'Mutation.upsertUsers' },
  updateUsersPartial: { graph: 'Mutation.updateUsersPartial' },
};

/**
 * The allow-list: properties that are not GraphQL fields at all, each with the reason. A bare
 * name applies to every schema; `Schema.property` to that one.
 */
const NOT_FIELDS: Record<string, string> = {
  duration: "Stream's server-side timing of one REST call; it says nothing about the data",
  'ListImportV2TasksResponse.next':
    'listImportV2Tasks takes no cursor (its only parameter is state), so there is nothing a client could send it back to',
  'ListImportV2TasksResponse.prev':
    'listImportV2Tasks takes no cursor (its only parameter is state), so there is nothing a client could send it back to',
};

/** Cursors of a paged answer: the Relay connection the graph returns serves them as its pageInfo. */
const CONNECTION_CURSORS: Record<string, string> = {
  next: 'pageInfo.endCursor / hasNextPage of the connection',
  prev: 'pageInfo.startCursor / hasPreviousPage of the connection',
  next_cursor: 'pageInfo.endCursor / hasNextPage of the connection',
};

/** Wire property → GraphQL field name, per GraphQL type, where the field is not the camelCase name. */
const RENAMED: Record<string, Record<string, string>> = {
  // Stream calls a task's id task_id in getTask only; everywhere else the graph names ids `id`.
  Task: { task_id: 'id' },
  // The wire carries the creator's id; `createdBy` is the resolved User.
  UserGroup: { created_by: 'createdById' },
};

/** Objects the graph passes on as one JSON value, with the reason: their own properties are not fields. */
const AS_JSON: Record<string, string> = {
  'AppResponseFields.call_types':
    "each call type's configuration is a large video-product document (CallType in src/rest/wire/productConfigs.ts); App.callTypes passes it on as JSON",
  'AppResponseFields.channel_configs':
    "each channel type's configuration is a large chat-product document (ChannelConfig in src/rest/wire/productConfigs.ts); App.channelConfigs passes it on as JSON",
};

/**
 * Properties the graph exposes in a different shape, with the reason. Objects inside them are
 * still paired with the list's item type and checked.
 */
const RESHAPED: Record<string, string> = {
  'UpdateUsersResponse.users': 'a map by user id; the payload lists the users in the order they were sent',
  'UpsertPushPreferencesResponse.user_preferences':
    'a map by user id; served as a list of PushPreferences, each carrying its userId (and user)',
  'UpsertPushPreferencesResponse.user_channel_preferences':
    'a map by user id, then channel cid; served as one list of ChannelPushPreferences carrying userId and channelCid',
  'CheckPushResponse.device_errors':
    'a free-form map by device id; served as a list of typed PushDeviceError carrying deviceId',
  'ListExternalStorageResponse.external_storages':
    'a free-form map by storage name; served as a list of typed ExternalStorage carrying name',
  'GetRateLimitsResponse.android': 'a free-form map by endpoint; served as a list of typed EndpointRateLimit',
  'GetRateLimitsResponse.ios': 'a free-form map by endpoint; served as a list of typed EndpointRateLimit',
  'GetRateLimitsResponse.server_side': 'a free-form map by endpoint; served as a list of typed EndpointRateLimit',
  'GetRateLimitsResponse.unity': 'a free-form map by endpoint; served as a list of typed EndpointRateLimit',
  'GetRateLimitsResponse.web': 'a free-form map by endpoint; served as a list of typed EndpointRateLimit',
  'PollResponseData.latest_votes_by_option':
    'a map by option id of vote lists; served as one list of PollVote, each naming its option',
};

/** Below these the walker is broken, not the graph complete (today: 125 schemas, 702 properties). */
const AT_LEAST = { objects: 100, properties: 600 };

interface ObjectSchema extends TSchema {
  properties: Record<string, TSchema>;
}

/** Wire schemas by their `properties` (Type.Optional copies a schema but keeps that object). */
const wireNames = new Map<unknown, string>();
// Every module of src/rest/wire, whatever files the definitions are split into.
const wireDirectory = new URL('../../src/rest/wire/', import.meta.url);
const wireModules = await Promise.all(
  readdirSync(wireDirectory)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => import(new URL(file, wireDirectory).href) as Promise<Record<string, unknown>>),
);
for (const module of wireModules) {
  for (const [name, value] of Object.entries(module)) {
    if ((value as TSchema)[Kind] === 'Object') wireNames.set((value as ObjectSchema).properties, name);
  }
}

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/^[A-Z]/, (c) => c.toLowerCase());
}

type Leaf = 'DateTime' | 'enum' | 'string' | 'integer' | 'number' | 'boolean' | 'json';

/** What GraphQL types may mirror each kind of wire leaf. */
const LEAVES: Record<Leaf, (type: GraphQLNamedType) => boolean> = {
  DateTime: (type) => type.name === 'DateTime',
  enum: (type) => type.name === 'String' || isEnumType(type),
  string: (type) => ['String', 'ID', 'URL'].includes(type.name) || isEnumType(type),
  integer: (type) => ['Int', 'NonNegativeInt'].includes(type.name),
  number: (type) => type.name === 'Float',
  boolean: (type) => type.name === 'Boolean',
  json: (type) => ['JSON', 'JSONObject'].includes(type.name),
};

function recordValues(schema: TSchema): TSchema[] {
  return Object.values((schema as unknown as { patternProperties: Record<string, TSchema> }).patternProperties);
}

function leafKind(schema: TSchema): Leaf {
  if ((schema as { [TransformKind]?: unknown })[TransformKind] !== undefined && schema.title === 'DateTime') {
    return 'DateTime';
  }
  if (stringEnumValues(schema)) return 'enum';
  switch (schema[Kind]) {
    case 'String':
      return 'string';
    case 'Integer':
      return 'integer';
    case 'Number':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'Unknown':
      return 'json';
    case 'Record':
      return 'json';
    default:
      // The walker must understand every schema on the wire, or it could skip a whole subtree.
      throw new Error(`the mirror test does not know wire schemas of kind ${String(schema[Kind])}`);
  }
}

/** The object schemas inside a schema, through arrays and maps. */
function objectsIn(schema: TSchema): ObjectSchema[] {
  if (schema[Kind] === 'Object' && (schema as { [TransformKind]?: unknown })[TransformKind] === undefined) {
    return [schema as ObjectSchema];
  }
  if (schema[Kind] === 'Array') return objectsIn((schema as unknown as { items: TSchema }).items);
  if (schema[Kind] === 'Record') return recordValues(schema).flatMap(objectsIn);
  return [];
}

/**
 * The GraphQL object type at the end of a `Type.field.field` path, and the connection the path
 * went through (`….edges.node`), if any; or what is wrong with the path.
 */
function resolveGraph(path: string): { type: GraphQLObjectType; connection?: GraphQLObjectType } | string {
  const [root, ...fields] = path.split('.');
  let type = schema.getType(root!);
  let connection: GraphQLObjectType | undefined;
  for (const name of fields) {
    if (!isObjectType(type)) break;
    if (name === 'edges' && type.getFields().pageInfo) connection = type;
    const field = type.getFields()[name];
    if (!field) return `${path}: ${type.name} has no field ${name}`;
    type = getNamedType(field.type);
  }
  return isObjectType(type) ? { type, connection } : `${path} does not lead to an object type`;
}

interface Mirror {
  problems: string[];
  operations: number;
  /** Distinct wire object schemas walked. */
  objects: Set<unknown>;
  /** Distinct `Schema.property` walked (the same one paired with two GraphQL types counts once). */
  properties: Set<string>;
  /** Table keys that some property needed. */
  used: Set<string>;
}

interface WireOperation {
  name: string;
  response: TSchema;
}

/** Pairs every answer of `operations` with the graph; `names` names wire schemas by their `properties`. */
function walk(operations: readonly WireOperation[], names: ReadonlyMap<unknown, string> = wireNames): Mirror {
  const result: Mirror = { problems: [], operations: 0, objects: new Set(), properties: new Set(), used: new Set() };
  const { problems, used } = result;
  const paired = new Map<unknown, Set<GraphQLObjectType>>();
  const nameOf = (object: ObjectSchema, fallback: string) => names.get(object.properties) ?? fallback;

  const notField = (property: string, id: string): boolean => {
    for (const key of [id, property]) {
      if (key in NOT_FIELDS) {
        used.add(`NOT_FIELDS ${key}`);
        return true;
      }
    }
    return false;
  };

  /** Checks every property of `object` against the fields of `type`. */
  const mirror = (object: ObjectSchema, name: string, type: GraphQLObjectType, operation: string): void => {
    result.objects.add(object.properties);
    const types = paired.get(object.properties) ?? new Set();
    paired.set(object.properties, types);
    if (types.has(type)) return;
    types.add(type);
    for (const [property, child] of Object.entries(object.properties)) {
      const id = `${name}.${property}`;
      result.properties.add(id);
      if (notField(property, id)) continue;
      const renamed = RENAMED[type.name]?.[property];
      if (renamed) used.add(`RENAMED ${type.name}.${property}`);
      const fieldName = renamed ?? camelCase(property);
      const field = type.getFields()[fieldName];
      if (!field) {
        problems.push(`${id} (${operation}): no field ${type.name}.${fieldName}`);
        continue;
      }
      // A field made by t.expose*() names the property it reads: it must be this one.
      const exposed = (field.extensions as { pothosExposedField?: string } | undefined)?.pothosExposedField;
      if (exposed !== undefined && exposed !== property) {
        problems.push(`${id} (${operation}): ${type.name}.${fieldName} exposes ${exposed} instead`);
      }
      compare(child, field.type, id, operation, `${type.name}.${fieldName}`);
    }
  };

  /** Checks that a property's schema and its field's type agree, and pairs the objects inside. */
  const compare = (wire: TSchema, graph: GraphQLOutputType, id: string, operation: string, where: string): void => {
    const mismatch = (what: string): void => {
      problems.push(`${id} (${operation}): ${what}, but ${where} is ${String(graph)}`);
    };
    if (id in AS_JSON) {
      used.add(`AS_JSON ${id}`);
      if (!LEAVES.json(getNamedType(graph))) mismatch('passed on as JSON');
      return;
    }
    if (id in RESHAPED) {
      used.add(`RESHAPED ${id}`);
      const item = getNamedType(graph);
      for (const object of objectsIn(wire)) {
        if (isObjectType(item)) mirror(object, nameOf(object, id), item, operation);
        else mismatch('it holds objects');
      }
      return;
    }
    const type = getNullableType(graph);
    // A list the answer holds whole, served as a Relay connection over it: its nodes mirror the items.
    const nodes = isObjectType(type) && type.getFields().pageInfo ? type.getFields().nodes : undefined;
    if (wire[Kind] === 'Array' && nodes) {
      const items = getNullableType(nodes.type);
      if (!isListType(items)) return mismatch('a list on the wire');
      return compare(
        (wire as unknown as { items: TSchema }).items,
        items.ofType,
        id,
        operation,
        `${String(type)}.nodes`,
      );
    }
    if (wire[Kind] === 'Array') {
      if (!isListType(type)) return mismatch('a list on the wire');
      return compare((wire as unknown as { items: TSchema }).items, type.ofType, id, operation, where);
    }
    if (isListType(type)) return mismatch(`not a list on the wire`);
    const [object] = objectsIn(wire);
    if (object && wire[Kind] === 'Object') {
      if (!isObjectType(type)) return mismatch('an object on the wire');
      return mirror(object, nameOf(object, id), type, operation);
    }
    if (object) return mismatch('a map of objects on the wire');
    const leaf = leafKind(wire);
    if (!LEAVES[leaf](type)) return mismatch(`${leaf} on the wire`);
    const values = stringEnumValues(wire);
    if (values && isEnumType(type)) {
      const graphValues = new Set(type.getValues().map((value) => value.value as unknown));
      const missing = values.filter((value) => !graphValues.has(value));
      if (missing.length > 0) mismatch(`the wire's values ${missing.join(', ')} are not in the enum`);
    }
  };

  for (const operation of operations) {
    result.operations += 1;
    const answer = ANSWERS[operation.name];
    if (!answer) {
      problems.push(`${operation.name}: not in ANSWERS (which GraphQL field mirrors its answer?)`);
      continue;
    }
    used.add(`ANSWERS ${operation.name}`);
    const graph = resolveGraph(answer.graph);
    if (typeof graph === 'string') {
      problems.push(`${operation.name}: ${graph}`);
      continue;
    }
    const { type, connection } = graph;
    const response = operation.response as ObjectSchema;
    const name = nameOf(response, `${operation.name} answer`);
    if (!answer.unwrap) {
      mirror(response, name, type, operation.name);
      continue;
    }
    result.objects.add(response.properties);
    for (const [property, child] of Object.entries(response.properties)) {
      const id = `${name}.${property}`;
      result.properties.add(id);
      if (property === answer.unwrap) {
        if (id in RESHAPED) {
          used.add(`RESHAPED ${id}`);
          continue;
        }
        const [object] = objectsIn(child);
        if (object) mirror(object, nameOf(object, id), type, operation.name);
        else problems.push(`${id} (${operation.name}): holds no object for ${answer.graph} to mirror`);
      } else if (notField(property, id)) {
        continue;
      } else if (property in CONNECTION_CURSORS && connection) {
        used.add(`CONNECTION_CURSORS ${property}`);
      } else {
        problems.push(`${id} (${operation.name}): not mirrored, ${answer.graph} mirrors only ${answer.unwrap}`);
      }
    }
  }
  return result;
}

const walked = walk(operationList);

it('walks all 90 answers and a large number of schemas and properties (a broken walker cannot pass)', () => {
  expect(operationList).toHaveLength(90);
  expect(walked.operations).toBe(90);
  expect(walked.objects.size).toBeGreaterThanOrEqual(AT_LEAST.objects);
  expect(walked.properties.size).toBeGreaterThanOrEqual(AT_LEAST.properties);
});

it('every property of every schema reachable from the 90 success answers is a GraphQL field', () => {
  // One line per property: `WireSchema.property (operation): what is wrong`.
  expect(walked.problems, `the graph does not mirror:\n${walked.problems.join('\n')}\n`).toEqual([]);
});

it('every entry of the tables is still needed, and the allow-list stays small', () => {
  const entries = [
    ...Object.keys(ANSWERS).map((key) => `ANSWERS ${key}`),
    ...Object.keys(NOT_FIELDS).map((key) => `NOT_FIELDS ${key}`),
    ...Object.keys(CONNECTION_CURSORS).map((key) => `CONNECTION_CURSORS ${key}`),
    ...Object.entries(RENAMED).flatMap(([type, fields]) => Object.keys(fields).map((key) => `RENAMED ${type}.${key}`)),
    ...Object.keys(AS_JSON).map((key) => `AS_JSON ${key}`),
    ...Object.keys(RESHAPED).map((key) => `RESHAPED ${key}`),
  ];
  expect(entries.filter((entry) => !walked.used.has(entry))).toEqual([]);
  expect(Object.keys(NOT_FIELDS).length).toBeLessThanOrEqual(5);
});

it('reports what the graph lacks, one `WireSchema.property (operation)` each', () => {
  // getPoll's answer as it would be if Stream added properties the graph does not have.
  const poll = Type.Object({
    ...polls.PollResponseData.properties,
    is_featured: Type.Boolean(),
    vote_count: Type.String(),
    created_by: Type.Optional(Type.Object({ ...shared.UserResponse.properties, pronouns: Type.String() })),
  });
  const answer = Type.Object({ duration: Type.String(), poll, served_by: Type.String() });
  const names = new Map<unknown, string>([
    ...wireNames,
    // Named as the real schema, so that its entries in the tables above apply to it too.
    [poll.properties, 'PollResponseData'],
    [answer.properties, 'NewPollResponse'],
  ]);
  const canary = walk([{ name: 'getPoll', response: answer }], names);
  expect(canary.problems).toEqual([
    'PollResponseData.created_by.pronouns (getPoll): no field User.pronouns',
    'PollResponseData.vote_count (getPoll): string on the wire, but Poll.voteCount is Int!',
    'PollResponseData.is_featured (getPoll): no field Poll.isFeatured',
    'NewPollResponse.served_by (getPoll): not mirrored, Query.poll mirrors only poll',
  ]);
});
