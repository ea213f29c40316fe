import { Instant } from '../../src/rest/wire/instant.js';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startHarness, streamErrorOf, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(async () => {
  await harness.client.updateUsers({ users: { ann: { id: 'ann' }, bo: { id: 'bo' } } });
});

const client = () => harness.client;

const deviceIds = async (userId: string) => (await client().listDevices({ user_id: userId })).devices.map((d) => d.id);

it('registers, lists, deletes and then answers 404/16 for a device', async () => {
  const created = await client().createDevice({
    id: 'token-1',
    push_provider: 'firebase',
    push_provider_name: 'main',
    user_id: 'ann',
  });
  expect(created.metadata.status).toBe(201);
  await client().createDevice({ id: 'token-2', push_provider: 'apn', user_id: 'ann', voip_token: true });

  const { devices } = await client().listDevices({ user_id: 'ann' });
  expect(
    devices.map(({ id, push_provider, push_provider_name, voip, user_id }) => ({
      id,
      push_provider,
      push_provider_name,
      voip,
      user_id,
    })),
  ).toEqual([
    { id: 'token-1', push_provider: 'firebase', push_provider_name: 'main', voip: undefined, user_id: 'ann' },
    { id: 'token-2', push_provider: 'apn', push_provider_name: undefined, voip: true, user_id: 'ann' },
  ]);
  expect(devices[0]!.created_at).toBeInstanceOf(Instant);
  expect(await deviceIds('bo')).toEqual([]);

  await client().deleteDevice({ id: 'token-1', user_id: 'ann' });
  expect(await deviceIds('ann')).toEqual(['token-2']);
  const gone = await streamErrorOf(client().deleteDevice({ id: 'token-1', user_id: 'ann' }));
  expect([gone.status, gone.code]).toEqual([404, 16]);
});

it('shows devices on the user in queryUsers', async () => {
  await client().createDevice({ id: 'token-q', push_provider: 'huawei', user_id: 'bo' });
  const { users } = await client().queryUsers({ payload: { filter_conditions: { id: 'bo' } } });
  expect(users[0]!.devices.map((device) => device.id)).toEqual(['token-q']);
});

it('moves a push token registered again for another user', async () => {
  await client().createDevice({ id: 'shared-token', push_provider: 'apn', user_id: 'ann' });
  await client().createDevice({ id: 'shared-token', push_provider: 'apn', user_id: 'bo' });
  expect(await deviceIds('ann')).not.toContain('shared-token');
  expect(await deviceIds('bo')).toContain('shared-token');
});

it('validates provider, owner and that a server names the user', async () => {
  const provider = await streamErrorOf(client().createDevice({ id: 't', push_provider: 'pigeon', user_id: 'ann' }));
  expect([provider.status, provider.code]).toEqual([400, 4]);
  expect(provider.exceptionFields).toHaveProperty('push_provider');
  const nobody = await streamErrorOf(client().createDevice({ id: 't', push_provider: 'apn' }));
  expect(nobody.exceptionFields).toHaveProperty('user_id');
  const ghost = await streamErrorOf(client().listDevices({ user_id: 'ghost' }));
  expect([ghost.status, ghost.code]).toEqual([404, 16]);
  const missingId = await streamErrorOf(client().createDevice({ id: '', push_provider: 'apn', user_id: 'ann' }));
  expect(missingId.code).toBe(4);
});

it('lets a user token manage only its own devices', async () => {
  const created = await harness.asUser('ann', 'createDevice', { id: 'ann-phone', push_provider: 'firebase' });
  expect(created.status).toBe(201);
  const listed = await harness.asUser('ann', 'listDevices');
  expect(listed.body.devices.map((device: { id: string }) => device.id)).toContain('ann-phone');

  const forOther = await harness.asUser('ann', 'createDevice', { id: 'x', push_provider: 'apn', user_id: 'bo' });
  expect([forOther.status, forOther.body.code]).toEqual([403, 17]);
  const listOther = await harness.asUser('ann', 'listDevices', { user_id: 'bo' });
  expect([listOther.status, listOther.body.code]).toEqual([403, 17]);

  await client().createDevice({ id: 'bo-phone', push_provider: 'apn', user_id: 'bo' });
  const deleteOther = await harness.asUser('ann', 'deleteDevice', { id: 'bo-phone' });
  expect([deleteOther.status, deleteOther.body.code]).toEqual([404, 16]);
  expect(await deviceIds('bo')).toContain('bo-phone');
  const deleteOwn = await harness.asUser('ann', 'deleteDevice', { id: 'ann-phone' });
  expect(deleteOwn.status).toBe(200);
});
