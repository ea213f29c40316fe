import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { startGatewayProcess } from '../support/gatewayProcess.js';
import type { ServerProcess } from '../support/serverProcess.js';

const processes: ServerProcess[] = [];
const emulators: Emulator[] = [];
afterAll(async () => {
  for (const server of processes) server.kill();
  for (const emulator of emulators) await emulator.close().catch(() => undefined);
});

async function probe(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

describe('probes', { timeout: 120_000 }, () => {
  it('/ready follows Stream: 503 while the emulator is down, 200 once it is back; /health stays 200', async () => {
    const credentials = { apiKey: 'ready-key-29fd', apiSecret: 'ready-secret-8c1e0b7a' };
    const first = await startEmulator({ ...credentials, data: 'empty' });
    emulators.push(first);
    const port = Number(new URL(first.url).port);
    const gw = await startGatewayProcess(first, { READY_CACHE_MS: '0', STREAM_TIMEOUT_MS: '1000' });
    processes.push(gw.process);

    expect(await probe(`${gw.base}/ready`)).toEqual({ status: 200, body: { status: 'ready' } });
    // One authenticated, cheap call: a rate-limits read.
    expect(first.log.map((entry) => entry.operation)).toEqual(['getRateLimits']);

    await first.close();
    const down = await probe(`${gw.base}/ready`);
    expect(down).toEqual({ status: 503, body: { status: 'not ready', reason: 'Stream is unreachable' } });
    expect(await probe(`${gw.base}/health`)).toEqual({ status: 200, body: { status: 'ok' } });

    const second = await startEmulator({ ...credentials, data: 'empty', port });
    emulators.push(second);
    await expect.poll(async () => (await probe(`${gw.base}/ready`)).status, { timeout: 10_000 }).toBe(200);
  });

  it('/ready is 503 when Stream refuses the credentials, and says so without naming them; answers are cached', async () => {
    const emulator = await startEmulator({ apiKey: 'cred-key-77aa', apiSecret: 'cred-secret-0d9f1e2c', data: 'empty' });
    emulators.push(emulator);
    const wrong = { ...emulator, apiSecret: 'not-the-secret-5b6c7d' } as Emulator;
    const gw = await startGatewayProcess(wrong, { READY_CACHE_MS: '60000' });
    processes.push(gw.process);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => probe(`${gw.base}/ready`)));
    for (const answer of answers)
      expect(answer).toEqual({ status: 503, body: { status: 'not ready', reason: 'Stream refuses the credentials' } });
    // Five probes within the cache window: one Stream call.
    expect(emulator.log.filter((entry) => entry.operation === 'getRateLimits')).toHaveLength(1);
    expect(JSON.stringify(answers)).not.toContain(emulator.apiKey);
  });
});
