import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import type { StreamClient, StreamClientConfig } from '../../src/rest/index.js';
import { clientFor, resetWhenIdle, startTestEmulator } from './emulator.js';
import type { ErrorPathEnv } from './errorPaths.js';

/**
 * Registers hooks giving each test a fresh-controlled emulator and a client factory whose
 * clients are closed after the test; answers the env once `beforeAll` has run.
 */
export function useErrorPathEnv(): ErrorPathEnv {
  let emulator: Emulator | undefined;
  const clients: StreamClient[] = [];
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterEach(async () => {
    await resetWhenIdle(emulator!);
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });
  afterAll(() => emulator!.close());
  return {
    get emulator() {
      return emulator!;
    },
    client(overrides: Partial<StreamClientConfig> = {}) {
      const client = clientFor(emulator!, { timeoutMs: 2000, ...overrides });
      clients.push(client);
      return client;
    },
  };
}
