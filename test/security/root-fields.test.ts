import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/executableSchema.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { send, type RawResponse } from './http.js';
import { minimalCall, requestBody, rootFieldsOf, takesActingUser, type RootField } from './rootFieldCalls.js';

/**
 * Who may call what (the graph brief's rules): `user` fields are open to user callers acting as
 * themselves, `server` fields to server callers only. A root field missing here fails the suite.
 */
const CLASSIFICATION: Record<string, 'user' | 'server'> = {
  'Query._entities': 'user',
  'Query._service': 'user',
  'Query.app': 'server',
  'Query.blockList': 'server',
  'Query.blockLists': 'server',
  'Query.blockedUsers': 'user',
  'Query.devices': 'user',
  'Query.externalStorages': 'server',
  'Query.import': 'server',
  'Query.importTask': 'server',
  'Query.importTasks': 'server',
  'Query.importerExternalStorage': 'server',
  'Query.imports': 'server',
  'Query.liveLocations': 'user',
  'Query.openGraph': 'user',
  'Query.permission': 'server',
  'Query.permissions': 'server',
  'Query.node': 'user',
  'Query.nodes': 'user',
  'Query.poll': 'user',
  'Query.pollOption': 'user',
  'Query.pollVotes': 'user',
  'Query.polls': 'user',
  'Query.pushProviders': 'server',
  'Query.pushTemplates': 'server',
  'Query.rateLimits': 'server',
  'Query.roles': 'server',
  'Query.searchRoles': 'server',
  'Query.searchUserGroups': 'server',
  'Query.task': 'server',
  'Query.user': 'user',
  'Query.userExport': 'server',
  'Query.userGroup': 'server',
  'Query.userGroups': 'server',
  'Query.users': 'user',
  'Query.viewer': 'user',
  'Mutation.addUserGroupMembers': 'server',
  'Mutation.blockUser': 'user',
  'Mutation.cancelImportV2Task': 'server',
  'Mutation.checkExternalStorage': 'server',
  'Mutation.checkPush': 'server',
  'Mutation.checkSNS': 'server',
  'Mutation.checkSQS': 'server',
  'Mutation.createBlockList': 'server',
  'Mutation.createDevice': 'user',
  'Mutation.createExternalStorage': 'server',
  'Mutation.createGuest': 'server',
  'Mutation.createImport': 'server',
  'Mutation.createImportURL': 'server',
  'Mutation.createImportV2Task': 'server',
  'Mutation.createPermission': 'server',
  'Mutation.createPoll': 'user',
  'Mutation.createPollOption': 'user',
  'Mutation.createRole': 'server',
  'Mutation.createUserGroup': 'server',
  'Mutation.deactivateUser': 'server',
  'Mutation.deactivateUsers': 'server',
  'Mutation.deleteBlockList': 'server',
  'Mutation.deleteDevice': 'user',
  'Mutation.deleteExternalStorage': 'server',
  'Mutation.deleteFile': 'user',
  'Mutation.deleteImage': 'user',
  'Mutation.deleteImportV2Task': 'server',
  'Mutation.deleteImporterExternalStorage': 'server',
  'Mutation.deletePermission': 'server',
  'Mutation.deletePoll': 'user',
  'Mutation.deletePollOption': 'user',
  'Mutation.deletePushProvider': 'server',
  'Mutation.deleteRole': 'server',
  'Mutation.deleteUserGroup': 'server',
  'Mutation.deleteUsers': 'server',
  'Mutation.exportUsers': 'server',
  'Mutation.importBlockList': 'server',
  'Mutation.reactivateUser': 'server',
  'Mutation.reactivateUsers': 'server',
  'Mutation.removeUserGroupMembers': 'server',
  'Mutation.restoreUsers': 'server',
  'Mutation.unblockUser': 'user',
  'Mutation.updateApp': 'server',
  'Mutation.updateBlockList': 'server',
  'Mutation.updateExternalStorage': 'server',
  'Mutation.updateLiveLocation': 'user',
  'Mutation.updatePermission': 'server',
  'Mutation.updatePoll': 'user',
  'Mutation.updatePollOption': 'user',
  'Mutation.updatePollPartial': 'user',
  'Mutation.updatePushNotificationPreferences': 'user',
  'Mutation.updateUserGroup': 'server',
  'Mutation.updateUsersPartial': 'server',
  'Mutation.uploadFile': 'user',
  'Mutation.uploadImage': 'user',
  'Mutation.upsertImporterExternalStorage': 'server',
  'Mutation.upsertPushProvider': 'server',
  'Mutation.upsertPushTemplate': 'server',
  'Mutation.upsertUsers': 'server',
  'Mutation.validateImporterExternalStorage': 'server',
};

/** Federation entities, by who may resolve them through `_entities`. A new entity missing here fails the suite. */
const ENTITY_CLASSIFICATION: Record<string, 'user' | 'server'> = {
  User: 'user',
  Poll: 'user',
  BlockList: 'server',
  Role: 'server',
  UserGroup: 'server',
};

const USER = 'security-user';
const OTHER_USER = 'someone-else';
const roots = rootFieldsOf(schema);

let gateway: TestGateway;
let userToken: string;
beforeAll(async () => {
  gateway = await startTestGateway();
  userToken = await gateway.userToken(USER);
});
afterAll(() => gateway.close());

async function call(root: RootField, token: string | undefined, actingUserId: string): Promise<RawResponse> {
  const minimal = minimalCall(root, { actingUserId });
  const { body, headers } = requestBody(minimal);
  return gateway.throughGraphQL(() => send(gateway.url, gateway.emulator, { token, body, headers }), minimal.document);
}

/** FORBIDDEN raised by the gateway itself (scope or acting-user check), not relayed from Stream. */
function gatewayForbidden(response: RawResponse): boolean {
  return (response.json?.errors ?? []).some(
    (e) => e.extensions?.code === 'FORBIDDEN' && e.extensions.streamCode === undefined,
  );
}

function describeOutcome(response: RawResponse): string {
  return `HTTP ${response.status}: ${response.text.slice(0, 300)}`;
}

it('classifies every root field of the live schema, and agrees with its declared authScopes', () => {
  const unclassified = roots.map((root) => root.coordinate).filter((coordinate) => !(coordinate in CLASSIFICATION));
  expect(unclassified, 'root fields missing from CLASSIFICATION in test/security/root-fields.test.ts').toEqual([]);
  const stale = Object.keys(CLASSIFICATION).filter(
    (coordinate) => !roots.some((root) => root.coordinate === coordinate),
  );
  expect(stale, 'CLASSIFICATION names fields the schema no longer has').toEqual([]);
  const declared = Object.fromEntries(
    roots.map((root) => {
      const scopes = (root.field.extensions.pothosOptions as { authScopes?: { user?: boolean } }).authScopes;
      return [root.coordinate, scopes?.user === true ? 'user' : 'server'];
    }),
  );
  expect(declared).toEqual(CLASSIFICATION);
});

/** Every `user_id` anywhere in a logged upstream request (query string or body). */
function upstreamUserIds(entries: { query: Record<string, string>; body: unknown }[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'user_id' && typeof inner === 'string') found.push(inner);
        else walk(inner);
      }
    }
  };
  for (const entry of entries) {
    if (entry.query.user_id) found.push(entry.query.user_id);
    walk(entry.body);
  }
  return found;
}

/** Root fields whose minimal server call reached Stream or answered cleanly: the generator's own health. */
const reachedAsServer = new Set<string>();

describe.each(roots.map((root) => [root.coordinate, root] as const))('%s', (_coordinate, root) => {
  it('is refused without a token: 401, one UNAUTHENTICATED error, no upstream call', async () => {
    const response = await call(root, undefined, USER);
    expect(response.status, describeOutcome(response)).toBe(401);
    expect(response.json?.errors).toHaveLength(1);
    expect(response.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.upstream).toBe(0);
  });

  it('answers a user caller as the classification says', async () => {
    const response = await call(root, userToken, USER);
    expect(response.status, describeOutcome(response)).not.toBe(401);
    if (CLASSIFICATION[root.coordinate] === 'server') {
      expect(gatewayForbidden(response), describeOutcome(response)).toBe(true);
      expect(response.upstream).toBe(0);
    } else {
      expect(gatewayForbidden(response), describeOutcome(response)).toBe(false);
      // Whatever the call sent upstream, it acted as the caller and nobody else.
      const sent = gateway.emulator.log.slice(gateway.emulator.log.length - response.upstream);
      for (const userId of upstreamUserIds(sent)) expect(userId).toBe(USER);
    }
  });

  it('lets a server caller through (no FORBIDDEN, no UNAUTHENTICATED)', async () => {
    const response = await call(root, gateway.serverToken, USER);
    expect(response.status, describeOutcome(response)).not.toBe(401);
    const codes = (response.json?.errors ?? []).map((e) => e.extensions?.code);
    expect(codes, describeOutcome(response)).not.toContain('FORBIDDEN');
    expect(codes, describeOutcome(response)).not.toContain('UNAUTHENTICATED');
    if (response.upstream > 0 || codes.length === 0) reachedAsServer.add(root.coordinate);
  });
});

it('builds calls that mostly get past the gateway to Stream (else the checks above prove little)', () => {
  expect(reachedAsServer.size / roots.length).toBeGreaterThan(0.9);
});

describe('federation entities', () => {
  let keys: Map<string, string[]>;
  beforeAll(async () => {
    const response = await send(gateway.url, gateway.emulator, {
      token: gateway.serverToken,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    const sdl = (response.json?.data as { _service: { sdl: string } })._service.sdl;
    keys = new Map(
      [...sdl.matchAll(/type (\w+)[^{]*?@key\(fields: "([^"]+)"/g)].map((m) => [m[1]!, m[2]!.split(/\s+/)]),
    );
  });

  it('classifies every entity type', () => {
    expect([...keys.keys()].sort()).toEqual(Object.keys(ENTITY_CLASSIFICATION).sort());
  });

  it.each(Object.entries(ENTITY_CLASSIFICATION))('%s through _entities as a user caller: %s', async (typename, who) => {
    const representation = Object.fromEntries([
      ['__typename', typename],
      ...keys.get(typename)!.map((key) => [key, 'security-probe']),
    ]);
    const response = await send(gateway.url, gateway.emulator, {
      token: userToken,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        variables: { r: [representation] },
      }),
    });
    expect(gatewayForbidden(response), describeOutcome(response)).toBe(who === 'server');
    if (who === 'server') expect(response.upstream).toBe(0);
  });
});

const acting = roots.filter(takesActingUser);

it('finds root fields that take an acting user (userId, createdById...) to check below', () => {
  expect(acting.length).toBeGreaterThan(0);
});

describe.each(acting.map((root) => [root.coordinate, root] as const))(
  '%s acting for another user',
  (_coordinate, root) => {
    it('is FORBIDDEN for a user caller naming someone else, before any upstream call', async () => {
      const response = await call(root, userToken, OTHER_USER);
      expect(gatewayForbidden(response), describeOutcome(response)).toBe(true);
      expect(response.upstream).toBe(0);
    });
  },
);
