import { Kind, parse, visit, type ValueNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPollId, demoUserId } from '../../src/emulator/demo.js';
import { FEDERATION_DIRECTIVES } from '../../src/graphql/federation.js';
import { schemaSdl } from '../../src/schemaSdl.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { compose } from './support/federatedGateway.js';
import { ENTITY_KEYS } from './support/entityKeys.js';

/** What a federation gateway sends to resolve references into this subgraph. */
const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on User {
        id
        name
      }
      ... on Poll {
        id
        question: name
        createdBy {
          id
          name
        }
      }
      ... on BlockList {
        listName: name
        team
        words
      }
      ... on UserGroup {
        id
        groupName: name
        members {
          nodes {
            userId
          }
        }
      }
      ... on Role {
        roleName: name
        custom
      }
    }
  }
`;

const userRef = (id: string) => ({ __typename: 'User', id });
const pollRef = (id: string) => ({ __typename: 'Poll', id });

let gateway: TestGateway;
let userToken: string;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
  userToken = await gateway.userToken(demoUserId(1));
});
afterAll(() => gateway.close());

function entities(representations: object[], token?: string | null) {
  return gateway.query(ENTITIES, { representations }, token);
}

describe('_service', () => {
  it('serves the SDL schema.graphql holds, with the entity keys and the Federation 2 link', async () => {
    const result = await gateway.query('{ _service { sdl } }');
    expect(result.errors).toBeUndefined();
    const sdl: string = result.data._service.sdl;
    expect(sdl).toBe(schemaSdl);
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \[[^\]]*"@key"/);
    for (const [type, key] of ENTITY_KEYS) {
      expect(sdl, `${type} @key(fields: "${key}")`).toMatch(
        new RegExp(`type ${type}\\b[^{]*@key\\(fields: "${key}"\\)`),
      );
    }
  });

  it('gives a server token the SDL a composition accepts, though user tokens’ introspection hides _service', async () => {
    const sdl: string = (await gateway.queryData('{ _service { sdl } }'))._service?.sdl ?? '';
    expect(sdl).not.toBe('');
    const composed = compose([{ name: 'stream', url: gateway.url, typeDefs: parse(sdl) }]);
    expect(composed.errors?.map((error) => error.message)).toBeUndefined();
    const hidden = await gateway.queryData('{ __type(name: "_Service") { name } }', undefined, userToken);
    expect(hidden.__type).toBeNull();
  });

  it('links exactly the federation directives its types use', () => {
    const used = new Set<string>();
    let imported: readonly ValueNode[] = [];
    visit(parse(schemaSdl), {
      Directive(node) {
        if (node.name.value !== 'link') used.add(`@${node.name.value}`);
        const list = node.arguments?.find((argument) => argument.name.value === 'import')?.value;
        if (node.name.value === 'link' && list?.kind === Kind.LIST) imported = list.values;
      },
    });
    for (const builtIn of ['@deprecated', '@specifiedBy', '@oneOf']) used.delete(builtIn);
    const names = imported.map((value) => (value.kind === Kind.STRING ? value.value : ''));
    expect(names.toSorted()).toEqual([...used].sort());
    expect([...FEDERATION_DIRECTIVES].sort()).toEqual(names.toSorted());
  });

  it('is refused without a token, like every other field', async () => {
    const result = await gateway.query('{ _service { sdl } }', undefined, null);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('_entities', () => {
  it('resolves 100 user references with one queryUsers', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => demoUserId(i + 1));
    let data: any;
    const upstream = await gateway.countUpstream(async () => {
      const result = await entities(ids.map(userRef));
      expect(result.errors).toBeUndefined();
      data = result.data;
    });
    expect(upstream).toEqual({ total: 1, byOperation: { queryUsers: 1 } });
    expect(data._entities).toHaveLength(100);
    expect(data._entities.map((user: { id: string }) => user.id)).toEqual(ids);
    expect(data._entities[0]).toEqual({ __typename: 'User', id: 'user-001', name: 'Ada Lovelace' });
  });

  it('resolves mixed user and poll references with one queryUsers and one queryPolls, the polls’ creators included', async () => {
    const representations = [userRef('user-002'), pollRef(demoPollId(1)), userRef('user-003'), pollRef(demoPollId(2))];
    let data: any;
    const upstream = await gateway.countUpstream(async () => {
      const result = await entities(representations);
      expect(result.errors).toBeUndefined();
      data = result.data;
    });
    expect(upstream).toEqual({ total: 2, byOperation: { queryUsers: 1, queryPolls: 1 } });
    expect(data._entities.map((entity: { __typename: string; id: string }) => [entity.__typename, entity.id])).toEqual([
      ['User', 'user-002'],
      ['Poll', 'poll-01'],
      ['User', 'user-003'],
      ['Poll', 'poll-02'],
    ]);
    expect(data._entities[1]).toMatchObject({
      question: expect.any(String),
      createdBy: { id: expect.stringMatching(/^user-/) },
    });
  });

  it('answers null for references to users and polls that do not exist, without an error', async () => {
    const result = await entities([userRef('nobody'), pollRef('no-poll'), userRef('user-001')]);
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([null, null, expect.objectContaining({ id: 'user-001' })]);
  });

  it('resolves block lists by name and team, one getBlockList per distinct list; a missing one is null', async () => {
    const representations = [
      { __typename: 'BlockList', name: 'profanity', team: null },
      { __typename: 'BlockList', name: 'spam-domains', team: null },
      { __typename: 'BlockList', name: 'profanity', team: null },
      { __typename: 'BlockList', name: 'profanity', team: 'no-such-team' },
    ];
    let data: any;
    const upstream = await gateway.countUpstream(async () => {
      const result = await entities(representations);
      expect(result.errors).toBeUndefined();
      data = result.data;
    });
    expect(upstream).toEqual({ total: 3, byOperation: { getBlockList: 3 } });
    expect(data._entities[0]).toMatchObject({ __typename: 'BlockList', listName: 'profanity', team: null });
    expect(data._entities[0].words).toContain('heck');
    expect(data._entities[1]).toMatchObject({ listName: 'spam-domains' });
    expect(data._entities[2]).toEqual(data._entities[0]);
    expect(data._entities[3]).toBeNull();
  });

  it('resolves user groups by id, one getUserGroup per distinct group; a missing one is null', async () => {
    const { user_groups } = await gateway.client.listUserGroups({ limit: 2 });
    const ids = user_groups.map((group) => group.id);
    expect(ids).toHaveLength(2);
    const representations = [...ids, ids[0]!, 'no-such-group'].map((id) => ({ __typename: 'UserGroup', id }));
    let data: any;
    const upstream = await gateway.countUpstream(async () => {
      const result = await entities(representations);
      expect(result.errors).toBeUndefined();
      data = result.data;
    });
    expect(upstream).toEqual({ total: 3, byOperation: { getUserGroup: 3 } });
    expect(data._entities.map((group: { id: string } | null) => group?.id ?? null)).toEqual([...ids, ids[0], null]);
    expect(data._entities[0]).toMatchObject({ __typename: 'UserGroup', groupName: user_groups[0]!.name });
    expect(data._entities[0].members.nodes.length).toBeGreaterThan(0);
  });

  it('resolves roles by name with one listRoles however many are asked for', async () => {
    const names = ['admin', 'user', 'community-lead', 'support-agent', 'no-such-role'];
    let data: any;
    const upstream = await gateway.countUpstream(async () => {
      const result = await entities(names.map((name) => ({ __typename: 'Role', name })));
      expect(result.errors).toBeUndefined();
      data = result.data;
    });
    expect(upstream).toEqual({ total: 1, byOperation: { listRoles: 1 } });
    expect(data._entities).toEqual([
      { __typename: 'Role', roleName: 'admin', custom: false },
      { __typename: 'Role', roleName: 'user', custom: false },
      { __typename: 'Role', roleName: 'community-lead', custom: true },
      { __typename: 'Role', roleName: 'support-agent', custom: true },
      null,
    ]);
  });
});

describe('_entities and the cost limit', () => {
  const POLLS_OF_USERS = /* GraphQL */ `
    query PollsOfUsers($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on User {
          id
          polls(first: 50) {
            edges {
              node {
                id
                options {
                  id
                  text
                }
              }
            }
          }
        }
      }
    }
  `;
  const users = (count: number) => Array.from({ length: count }, (_, i) => userRef(demoUserId(i + 1)));

  it('counts what is selected once per representation, and refuses too much before any upstream call', async () => {
    const one = await gateway.query(POLLS_OF_USERS, { representations: users(1) });
    expect(one.errors).toBeUndefined();
    const costs: number[] = [];
    const upstream = await gateway.countUpstream(async () => {
      for (const count of [10, 100]) {
        const result = await gateway.query(POLLS_OF_USERS, { representations: users(count) });
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_LIMIT_EXCEEDED']);
        expect(result.errors?.[0]?.extensions?.limit).toMatchObject({ name: 'cost' });
        costs.push(result.errors?.[0]?.extensions?.limit.actual);
      }
    });
    expect(upstream.total).toBe(0);
    expect(costs[1]).toBeGreaterThan(9 * costs[0]!);
  });
});

describe('_entities and who calls', () => {
  it('is refused without a token: 401 UNAUTHENTICATED and nothing sent upstream', async () => {
    const upstream = await gateway.countUpstream(async () => {
      const result = await entities([userRef('user-001')], null);
      expect(result.status).toBe(401);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
    expect(upstream.total).toBe(0);
  });

  it('lets a user token read users, and polls as that user sees them', async () => {
    const start = gateway.emulator.log.length;
    const result = await entities([userRef('user-002'), pollRef(demoPollId(1))], userToken);
    expect(result.errors).toBeUndefined();
    expect(result.data._entities.map((entity: { id: string }) => entity.id)).toEqual(['user-002', 'poll-01']);
    const pollRead = gateway.emulator.log.slice(start).find((entry) => entry.operation === 'queryPolls');
    expect(pollRead?.query.user_id).toBe(demoUserId(1));
  });

  it.each([
    ['BlockList', { __typename: 'BlockList', name: 'profanity', team: null }],
    ['Role', { __typename: 'Role', name: 'admin' }],
    ['UserGroup', { __typename: 'UserGroup', id: 'any-group' }],
  ])(
    'refuses %s references to a user token with FORBIDDEN, before any upstream call',
    async (_type, representation) => {
      const upstream = await gateway.countUpstream(async () => {
        const result = await entities([representation, userRef('user-001')], userToken);
        expect(result.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
          ['FORBIDDEN', ['_entities', 0]],
        ]);
        expect(result.data._entities[0]).toBeNull();
        expect(result.data._entities[1]).toMatchObject({ id: 'user-001' });
      });
      expect(upstream.byOperation).toEqual({ queryUsers: 1 });
    },
  );
});
