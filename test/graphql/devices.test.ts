import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

describe('devices', () => {
  it("lists a user's devices with their owner", async () => {
    const { result, counts } = await gateway.countedQuery(`{
      devices(userId: "user-001") { id pushProvider pushProviderName voip disabled disabledReason createdAt userId user { name } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.devices.map((device: any) => [device.id, device.pushProvider, device.voip])).toEqual([
      ['device-001-1', 'FIREBASE', null],
      ['device-001-2', 'APN', null],
      ['device-001-3', 'APN', true],
    ]);
    expect(result.data.devices[0]).toMatchObject({
      pushProviderName: 'firebase-main',
      userId: 'user-001',
      user: { name: 'Ada Lovelace' },
    });
    expect(counts).toEqual({ listDevices: 1, queryUsers: 1 });
  });

  it('a user registers, lists and removes their own device', async () => {
    const token = await gateway.userToken('user-180');
    const created = await gateway.countedQuery(
      `mutation { createDevice(input: { id: "phone-180", pushProvider: APN, pushProviderName: "apn-main", voipToken: true }) { id userId device { id pushProvider voip } user { id } } }`,
      undefined,
      token,
    );
    expect(created.result.errors).toBeUndefined();
    expect(created.result.data.createDevice).toEqual({
      id: 'phone-180',
      userId: 'user-180',
      device: { id: 'phone-180', pushProvider: 'APN', voip: true },
      user: { id: 'user-180' },
    });
    expect(created.counts).toEqual({ createDevice: 1, listDevices: 1, queryUsers: 1 });

    const listed = await gateway.query('{ devices { id } viewer { devices { id } } }', undefined, token);
    expect(listed.data.devices.map((device: any) => device.id)).toEqual(['phone-180']);
    expect(listed.data.viewer.devices).toEqual([{ id: 'phone-180' }]);

    const removed = await gateway.query(
      `mutation { deleteDevice(input: { id: "phone-180" }) { deletedId userId user { id devices { id } } } }`,
      undefined,
      token,
    );
    expect(removed.data).toEqual({
      deleteDevice: { deletedId: 'phone-180', userId: 'user-180', user: { id: 'user-180', devices: [] } },
    });
    expect((await gateway.query('{ devices { id } }', undefined, token)).data.devices).toEqual([]);

    const again = await gateway.query(
      `mutation { deleteDevice(input: { id: "phone-180" }) { deletedId userErrors { field code } } }`,
      undefined,
      token,
    );
    expect(again).toMatchObject({
      data: { deleteDevice: { deletedId: null, userErrors: [{ field: null, code: 'NOT_FOUND' }] } },
    });
    expect(again.errors).toBeUndefined();
  });

  it('a server registers a device for a user it names', async () => {
    const { result, counts } = await gateway.countedQuery(
      `mutation { createDevice(input: { id: "tablet-181", pushProvider: FIREBASE, userId: "user-181" }) { id userId } }`,
    );
    expect(result.data.createDevice).toEqual({ id: 'tablet-181', userId: 'user-181' });
    // Neither the device nor its user was asked for: nothing is read back.
    expect(counts).toEqual({ createDevice: 1 });
    const listed = await gateway.query('{ user(id: "user-181") { devices { id pushProvider } } }');
    expect(listed.data.user.devices).toContainEqual({ id: 'tablet-181', pushProvider: 'FIREBASE' });
  });

  it('an unknown push provider is refused by the schema before any upstream call', async () => {
    const { result, counts } = await gateway.countedQuery(
      `mutation { createDevice(input: { id: "x", pushProvider: PIGEON, userId: "user-181" }) { id } }`,
    );
    expect(result.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors[0].message).toMatch(/PIGEON/);
    expect(counts).toEqual({});
  });

  it('a server must name the user; a user may not name another one', async () => {
    const server = await gateway.countedQuery('{ devices { id } }');
    expect(server.result.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { userId: expect.any(String) },
    });
    expect(server.result.data).toEqual({ devices: null });

    const token = await gateway.userToken('user-182');
    const other = await gateway.countedQuery(
      `mutation { deleteDevice(input: { id: "device-001-1", userId: "user-001" }) { deletedId } }`,
      undefined,
      token,
    );
    expect(other.result.errors[0].extensions.code).toBe('FORBIDDEN');
    const stillThere = await gateway.query('{ devices(userId: "user-001") { id } }');
    expect(stillThere.data.devices).toHaveLength(3);
    for (const attempt of [server, other]) expect(attempt.counts).toEqual({});
  });

  it('a device registered with a hardware id lists it, also among the user’s devices', async () => {
    const { result, counts } = await gateway.countedQuery(
      `mutation { createDevice(input: { id: "voip-183", pushProvider: APN, voipToken: true, hardwareId: "iphone-183", userId: "user-183" }) { device { id hardwareId voip } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(counts).toEqual({ createDevice: 1, listDevices: 1 });
    expect(result.data.createDevice.device).toEqual({ id: 'voip-183', hardwareId: 'iphone-183', voip: true });
    const sent = gateway.emulator.log.filter((e) => e.operation === 'createDevice').at(-1)!.body;
    expect(sent).toMatchObject({ id: 'voip-183', hardware_id: 'iphone-183' });

    await gateway.query(
      `mutation { createDevice(input: { id: "fcm-183", pushProvider: FIREBASE, userId: "user-183" }) { id } }`,
    );
    const listed = await gateway.query(
      '{ devices(userId: "user-183") { id hardwareId } user(id: "user-183") { devices { id hardwareId } } }',
    );
    const expected = [
      { id: 'voip-183', hardwareId: 'iphone-183' },
      { id: 'fcm-183', hardwareId: null },
    ];
    expect(listed.data.devices).toEqual(expected);
    expect(listed.data.user.devices).toEqual(expected);
  });

  it('a hardware id longer than 255 characters is a userError naming it', async () => {
    const result = await gateway.queryData(
      'mutation($id: String!) { createDevice(input: { id: "long-184", pushProvider: FIREBASE, hardwareId: $id, userId: "user-184" }) { id userErrors { field code } } }',
      { id: 'x'.repeat(256) },
    );
    expect(result.createDevice).toEqual({
      id: null,
      userErrors: [{ field: ['input', 'hardwareId'], code: 'INVALID_INPUT' }],
    });
  });

  it('an empty device id is BAD_USER_INPUT naming the argument, refused before any upstream call', async () => {
    const { result, counts } = await gateway.countedQuery(
      `mutation { createDevice(input: { id: "", pushProvider: FIREBASE, userId: "user-181" }) { id } }`,
    );
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.id': 'must not be empty' },
    });
    expect(counts).toEqual({});
  });
});
