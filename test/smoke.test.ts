import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStreamClient, StreamApiError } from '../src/rest/index.js';
import { startEmulator, type Emulator } from '../src/emulator/server.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

it('routes a request through auth and answers with the task getTask knows nothing of as 404/16', async () => {
  const client = createStreamClient({ apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, baseUrl: emulator.url });
  const error = await client.getTask({ id: 'nope' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StreamApiError);
  expect((error as StreamApiError).code).toBe(16);
  expect(emulator.log.map((r) => r.operation)).toEqual(['getTask']);
  await client.close();
});
