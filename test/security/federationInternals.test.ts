import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoUserId } from '../../src/emulator/demo.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const FEDERATION_FIELDS = ['_entities', '_service'];
const FEDERATION_TYPES = ['_Any', '_Entity', '_Service'];

const INTROSPECTION = /* GraphQL */ `
  {
    __schema {
      queryType {
        fields {
          name
        }
      }
      types {
        name
      }
    }
    entity: __type(name: "_Entity") {
      name
    }
  }
`;

let gateway: TestGateway;
let userToken: string;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
  userToken = await gateway.userToken(demoUserId(1));
});
afterAll(() => gateway.close());

async function introspect(token: string) {
  const data = await gateway.queryData(INTROSPECTION, undefined, token);
  return {
    rootFields: data.__schema.queryType.fields.map((field: { name: string }) => field.name) as string[],
    types: data.__schema.types.map((type: { name: string }) => type.name) as string[],
    entity: data.entity as { name: string } | null,
  };
}

it('hides the federation fields and types from a user token’s introspection', async () => {
  const seen = await introspect(userToken);
  expect(seen.rootFields).toEqual(expect.arrayContaining(['polls', 'user', 'viewer']));
  expect(seen.rootFields.filter((name) => FEDERATION_FIELDS.includes(name))).toEqual([]);
  expect(seen.types).toEqual(expect.arrayContaining(['User', 'Poll', 'PageInfo']));
  expect(seen.types.filter((name) => FEDERATION_TYPES.includes(name))).toEqual([]);
  expect(seen.entity).toBeNull();
});

it('shows them to a server token, which a federation gateway composing this subgraph uses', async () => {
  const seen = await introspect(gateway.serverToken);
  expect(seen.rootFields).toEqual(expect.arrayContaining(FEDERATION_FIELDS));
  expect(seen.types).toEqual(expect.arrayContaining(FEDERATION_TYPES));
  expect(seen.entity).toEqual({ name: '_Entity' });
});

it('answers a user token’s ordinary fields beside its introspection', async () => {
  const data = await gateway.queryData('{ viewer { id } __type(name: "_Service") { name } }', undefined, userToken);
  expect(data).toEqual({ viewer: { id: demoUserId(1) }, __type: null });
});
