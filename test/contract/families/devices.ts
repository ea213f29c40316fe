import { expect } from 'vitest';
import { upsertUsersStep, type Family } from './family.js';

export const deviceFamily: Family = {
  name: 'devices',
  steps: [
    upsertUsersStep('device-owner'),
    {
      operation: 'createDevice',
      input: () => ({
        id: 'token-1',
        push_provider: 'firebase',
        push_provider_name: 'main',
        user_id: 'device-owner',
        hardware_id: 'phone-1',
      }),
    },
    {
      operation: 'listDevices',
      input: () => ({ user_id: 'device-owner' }),
      check: (answer) =>
        expect(answer.devices).toEqual([
          expect.objectContaining({
            id: 'token-1',
            push_provider: 'firebase',
            user_id: 'device-owner',
            hardware_id: 'phone-1',
          }),
        ]),
    },
    { operation: 'deleteDevice', input: () => ({ id: 'token-1', user_id: 'device-owner' }) },
    {
      operation: 'listDevices',
      input: () => ({ user_id: 'device-owner' }),
      check: (answer) => expect(answer.devices).toEqual([]),
    },
    { operation: 'deleteDevice', input: () => ({ id: 'token-1', user_id: 'device-owner' }), failsWith: 16 },
  ],
};
