import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFaultEnv, type FaultEnv } from './support/faultEnv.js';

// A nested query (a poll and its votes) whose upstream answers are slower than the request's
// deadline: each call is given what is left of the deadline, not its own, longer timeout.

const REQUEST_TIMEOUT_MS = 300;
const CALL_TIMEOUT_MS = 1500;
const LATENCY_MS = 900;

let env: FaultEnv;
beforeAll(async () => {
  env = await startFaultEnv({ timeoutMs: CALL_TIMEOUT_MS }, { requestTimeoutMs: REQUEST_TIMEOUT_MS });
});
afterAll(() => env.close());

it('the request deadline bounds a nested query: its calls get what is left, not their own timeout', async () => {
  env.gateway.emulator.controls.latencyMs = LATENCY_MS;
  const started = performance.now();
  const result = await env.gateway.query(`{ poll(id: "poll-01") { id votes(first: 5) { edges { node { id } } } } }`);
  const elapsed = performance.now() - started;

  const errors = result.errors ?? [];
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', phase: 'inFlight' });
    expect(error.extensions!.timeoutMs as number).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS);
  }
  console.log(
    `deadline: ${REQUEST_TIMEOUT_MS} ms request, ${CALL_TIMEOUT_MS} ms per call, ${LATENCY_MS} ms per answer → ` +
      `answered in ${elapsed.toFixed(0)} ms; calls given ${errors.map((e) => Number(e.extensions!.timeoutMs).toFixed(0)).join(', ')} ms`,
  );
});
