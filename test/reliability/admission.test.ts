import { afterAll, beforeAll, expect, it } from 'vitest';
import { Agent } from 'undici';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gatewayProcess.js';

// A burst far above MAX_IN_FLIGHT: the admitted requests succeed, the rest get a fast 503
// OVERLOADED with Retry-After, and none is reset or left hanging.

const MAX_IN_FLIGHT = 100;
const BURST = 1000;
let emulator: Emulator;
let gateway: GatewayProcess;
const agent = new Agent({ connections: BURST, pipelining: 1 });

beforeAll(async () => {
  emulator = await startEmulator({ data: 'demo' });
  gateway = await startGatewayProcess(emulator, {
    MAX_IN_FLIGHT: String(MAX_IN_FLIGHT),
    STREAM_CONNECTIONS: '128',
    STREAM_TIMEOUT_MS: '30000',
  });
}, 60_000);
afterAll(async () => {
  gateway?.process.kill();
  await agent.close();
  await emulator?.close();
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

it(
  `${BURST} requests at once against MAX_IN_FLIGHT=${MAX_IN_FLIGHT}: admitted ones succeed, the rest are refused at once`,
  { timeout: 120_000 },
  async () => {
    emulator.controls.latencyByOperation.getApp = 400;
    const outcomes = await Promise.all(
      Array.from({ length: BURST }, async () => {
        const started = performance.now();
        try {
          const response = await fetch(gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.serverToken}` },
            body: JSON.stringify({ query: '{ app { name } }' }),
            dispatcher: agent,
          } as RequestInit);
          const body = await response.json();
          return {
            status: response.status,
            retryAfter: response.headers.get('retry-after'),
            body,
            ms: performance.now() - started,
          };
        } catch (error) {
          return { status: 0, retryAfter: null, body: { error: String(error) }, ms: performance.now() - started };
        }
      }),
    );
    const ok = outcomes.filter((outcome) => outcome.status === 200);
    const refused = outcomes.filter((outcome) => outcome.status === 503);
    const other = outcomes.filter((outcome) => outcome.status !== 200 && outcome.status !== 503);
    console.log(
      `burst of ${BURST}: ${ok.length} succeeded (p99 ${percentile(
        ok.map((o) => o.ms),
        99,
      ).toFixed(0)} ms), ` +
        `${refused.length} refused with 503 (p99 ${percentile(
          refused.map((o) => o.ms),
          99,
        ).toFixed(0)} ms), ${other.length} other`,
    );
    expect(other).toEqual([]);
    expect(ok.length).toBeGreaterThanOrEqual(MAX_IN_FLIGHT);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of ok) expect(answer.body).toMatchObject({ data: { app: { name: expect.any(String) } } });
    for (const answer of refused) {
      expect(answer.retryAfter).toBe('1');
      expect(answer.body.errors[0].extensions.code).toBe('OVERLOADED');
    }
    // Refused requests never reached Stream.
    expect(emulator.log.filter((entry) => entry.operation === 'getApp')).toHaveLength(ok.length);
  },
);
