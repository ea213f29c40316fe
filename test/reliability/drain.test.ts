import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gatewayProcess.js';

// SIGTERM under load on the production entry: readiness turns off, the gateway keeps serving for
// the pre-stop delay, stops accepting, finishes what is in flight and exits 0, resetting nothing.

const IN_FLIGHT = 200;
let emulator: Emulator;
const agent = new Agent({ connections: IN_FLIGHT + 10 });
const gateways: GatewayProcess[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ data: 'demo' });
});
afterEach(() => emulator.resetControls());
afterAll(async () => {
  for (const gateway of gateways) gateway.process.kill();
  await agent.close();
  await emulator.close();
});

function ask(gateway: GatewayProcess, query = '{ app { name } }') {
  return fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.serverToken}` },
    body: JSON.stringify({ query }),
    dispatcher: agent,
  } as RequestInit).then(
    async (response) => ({ status: response.status, body: await response.json(), error: undefined }),
    (error: unknown) => ({ status: 0, body: undefined, error: String((error as Error).cause ?? error) }),
  );
}

async function upstreamCalls(operation: string, count: number): Promise<void> {
  await expect
    .poll(() => emulator.log.filter((entry) => entry.operation === operation).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(count);
}

describe('drain', { timeout: 120_000 }, () => {
  it(`SIGTERM with ${IN_FLIGHT} requests in flight: all ${IN_FLIGHT} complete, none reset, exit 0`, async () => {
    const gateway = await startGatewayProcess(emulator, {
      // Wide enough for the checks below to land inside it on a busy machine.
      SHUTDOWN_DELAY_MS: '5000',
      STREAM_CONNECTIONS: String(IN_FLIGHT),
      STREAM_TIMEOUT_MS: '20000',
    });
    gateways.push(gateway);
    emulator.controls.latencyByOperation.getApp = 2500;
    const before = emulator.log.length;
    const requests = Array.from({ length: IN_FLIGHT }, () => ask(gateway));
    await upstreamCalls('getApp', IN_FLIGHT);
    const sent = Date.now();
    gateway.process.child.kill('SIGTERM');

    // During the pre-stop delay: not ready, and still serving.
    await expect
      .poll(async () => (await fetch(`${gateway.base}/ready`, { dispatcher: agent } as RequestInit)).status)
      .toBe(503);
    const late = await ask(gateway, '{ user(id: "user-001") { id } }');
    expect(late).toMatchObject({ status: 200, body: { data: { user: { id: 'user-001' } } } });

    const answers = await Promise.all(requests);
    const exit = await gateway.process.exited;
    const resets = answers.filter((answer) => answer.status !== 200);
    console.log(
      `SIGTERM under ${IN_FLIGHT} in flight: ${answers.length - resets.length} completed, ${resets.length} reset, ` +
        `exit ${exit.code} after ${Date.now() - sent} ms`,
    );
    expect(resets).toEqual([]);
    for (const answer of answers) expect(answer.body.data.app.name).toEqual(expect.any(String));
    expect(exit).toEqual({ code: 0, signal: null });
    // Each request reached Stream once (a /ready probe that beat the signal may add a getRateLimits).
    const calls = emulator.log.slice(before);
    expect(calls.filter((entry) => entry.operation === 'getApp')).toHaveLength(IN_FLIGHT);
    expect(calls.filter((entry) => entry.operation === 'queryUsers')).toHaveLength(1);
    expect(calls.filter((entry) => !['getApp', 'queryUsers', 'getRateLimits'].includes(entry.operation))).toEqual([]);
    // Stopped accepting: nothing listens any more.
    await expect(fetch(`${gateway.base}/health`)).rejects.toThrow();
  });

  it('past SHUTDOWN_TIMEOUT_MS the requests left are cut and the process exits 1', async () => {
    const gateway = await startGatewayProcess(emulator, { SHUTDOWN_TIMEOUT_MS: '500', STREAM_TIMEOUT_MS: '20000' });
    gateways.push(gateway);
    emulator.controls.latencyByOperation.getApp = 10_000;
    const request = ask(gateway);
    await upstreamCalls('getApp', 1);
    gateway.process.child.kill('SIGTERM');
    expect(await gateway.process.exited).toEqual({ code: 1, signal: null });
    expect((await request).status).toBe(0);
    expect(gateway.logLines().find((line) => line.msg.startsWith('shutdown deadline passed'))).toMatchObject({
      inFlight: 1,
    });
  });
});
