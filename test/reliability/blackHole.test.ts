import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CircuitState } from '../../src/rest/config.js';
import type { StreamApiError } from '../../src/rest/index.js';
import { until } from '../support/emulator.js';
import { startFaultEnv, type FaultEnv } from './support/faultEnv.js';

// Stream black-holed behind the proxy: 200 concurrent reads against a pool of 8 sockets and a
// queue of 32. The queue refuses the overflow at once, the timeouts open the breaker, calls then
// fail fast without reaching the proxy, and once Stream answers again a probe closes it.
// Times and memory are printed, never asserted.

const CONNECTIONS = 8;
const MAX_QUEUE = 32;
const COOLDOWN_MS = 2500;
const READ = `{ poll(id: "poll-01") { id } }`;

let env: FaultEnv;
const states: CircuitState[] = [];
beforeAll(async () => {
  env = await startFaultEnv({
    timeoutMs: 1500,
    connections: CONNECTIONS,
    maxQueue: MAX_QUEUE,
    breaker: { consecutiveFailures: 5, windowSize: 100, minimumCalls: 20, failureRate: 0.5, cooldownMs: COOLDOWN_MS },
    onCircuitStateChange: (state) => states.push(state),
  });
});
afterAll(() => env.close());

const codesOf = (results: { errors?: { extensions?: Record<string, unknown> }[] }[]) => {
  const codes: Record<string, number> = {};
  for (const result of results) {
    const code = String(result.errors?.[0]?.extensions?.code ?? 'ok');
    codes[code] = (codes[code] ?? 0) + 1;
  }
  return codes;
};

it('4xx answers never open the breaker', async () => {
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => env.client.getPoll({ poll_id: 'no-such' }).catch((error: unknown) => error)),
  );
  expect(answers.map((error) => (error as StreamApiError).status)).toEqual(Array(20).fill(404));
  expect(env.client.circuitState()).toBe('closed');
});

it('a black hole: bounded in flight, the breaker opens, calls fail fast, and a probe closes it once Stream is back', async () => {
  env.inject(() => 'blackHole');
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const burst = await Promise.all(Array.from({ length: 200 }, () => env.gateway.query(READ)));
  const burstMs = performance.now() - started;
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  const burstCodes = codesOf(burst);

  // Never more upstream requests held than sockets in the pool; the overflow refused, not queued.
  expect(env.proxy.held().peak).toBeLessThanOrEqual(CONNECTIONS);
  expect(burstCodes.OVERLOADED).toBeGreaterThan(0);
  expect(burstCodes.ok).toBeUndefined();
  expect(env.client.circuitState()).toBe('open');
  expect(states[0]).toBe('open');

  // Requests of the burst still leaving the pool after their GraphQL answers are not the fast calls':
  // count from when the proxy has been quiet for a moment.
  for (let seen = -1; seen !== env.proxy.requests.length;) {
    seen = env.proxy.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const sentBefore = env.proxy.requests.length;
  const failFastStarted = performance.now();
  const fast = await Promise.all(Array.from({ length: 50 }, () => env.gateway.query(READ)));
  const failFastMs = performance.now() - failFastStarted;
  // On a busy machine the cool-down may end during the burst: then one of them is the half-open
  // probe (black-holed too), and the rest still fail fast without being sent.
  const fastCodes = codesOf(fast);
  expect(fastCodes.UPSTREAM_UNAVAILABLE).toBeGreaterThanOrEqual(49);
  expect((fastCodes.UPSTREAM_UNAVAILABLE ?? 0) + (fastCodes.UPSTREAM_TIMEOUT ?? 0)).toBe(50);
  expect(env.proxy.requests.length - sentBefore).toBe(fastCodes.UPSTREAM_TIMEOUT ?? 0);

  env.inject(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 50));
  if (env.client.circuitState() === 'halfOpen') await until(() => env.client.circuitState() !== 'halfOpen');
  if (env.client.circuitState() === 'open') await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 50));
  const probe = await env.gateway.query(READ);
  expect(probe.errors).toBeUndefined();
  expect(env.client.circuitState()).toBe('closed');
  expect(states.slice(-2)).toEqual(['halfOpen', 'closed']);

  console.log(
    `black hole: 200 requests in ${burstMs.toFixed(0)} ms → ${JSON.stringify(burstCodes)}; ` +
      `in flight upstream at most ${env.proxy.held().peak} (pool ${CONNECTIONS}, queue ${MAX_QUEUE}); ` +
      `heap growth ${(heapGrowth / 1024 / 1024).toFixed(1)} MB (gateway, emulator and test in one process); ` +
      `50 concurrent requests once open: all answered in ${failFastMs.toFixed(0)} ms, none sent upstream`,
  );
});
