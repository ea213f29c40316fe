import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

describe('root fields a user token is refused', () => {
  it('leave the data of their siblings', async () => {
    const token = await gateway.userToken('user-001');
    const result = await gateway.query(
      `{
        viewer { id }
        roles { name }
        app { name }
        task(id: "any") { id }
        userGroups(first: 1) { edges { node { id } } }
        permissions { id }
        user(id: "user-002") { id }
      }`,
      undefined,
      token,
    );
    expect(result.data).toEqual({
      viewer: { id: 'user-001' },
      roles: null,
      app: null,
      task: null,
      userGroups: null,
      permissions: null,
      user: { id: 'user-002' },
    });
    const refused = result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code]);
    expect(refused?.sort()).toEqual(
      [
        ['app', 'FORBIDDEN'],
        ['permissions', 'FORBIDDEN'],
        ['roles', 'FORBIDDEN'],
        ['task', 'FORBIDDEN'],
        ['userGroups', 'FORBIDDEN'],
      ].sort(),
    );
  });

  it('are nullable on Query, every one of them', async () => {
    const data = await gateway.queryData('{ __schema { queryType { fields { name type { kind } } } } }');
    const nonNull = data.__schema.queryType.fields
      .filter((field: any) => field.type.kind === 'NON_NULL' && !field.name.startsWith('_'))
      .map((field: any) => field.name);
    expect(nonNull).toEqual([]);
  });
});

describe('reads by id', () => {
  it('answer null for an unknown id, without an error, on every by-id root field', async () => {
    const result = await gateway.query(`{
      user(id: "nobody") { id }
      poll(id: "nope") { id }
      pollOption(pollId: "nope", optionId: "nope") { id }
      blockList(name: "nope") { name }
      import(id: "nope") { id }
      importTask(id: "nope") { id }
      permission(id: "nope") { id }
      task(id: "nope") { id }
      userGroup(id: "nope") { id }
      userExport(userId: "nobody") { user { id } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      user: null,
      poll: null,
      pollOption: null,
      blockList: null,
      import: null,
      importTask: null,
      permission: null,
      task: null,
      userGroup: null,
      userExport: null,
    });
  });

  it('still report failures other than not found', async () => {
    gateway.emulator.controls.forcedErrors.push({ status: 403, code: 17, operation: 'getTask' });
    const result = await gateway.query('{ task(id: "nope") { id } }');
    expect(result.data).toEqual({ task: null });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
