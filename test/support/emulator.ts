import { afterEach } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { createStreamClient, type StreamClient, type StreamClientConfig } from '../../src/rest/index.js';

/** Distinctive credentials, so a leak of either can be found by searching for it. */
export const TEST_API_KEY = 'test-key-Qm7xK2';
export const TEST_API_SECRET = 'test-secret-Vb93kLmZpR';

/** An emulator with no data on a loopback port, using the distinctive test credentials. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ data: 'empty', apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, ...options });
}

/** Our REST client for an emulator, or for `baseUrl` (a proxy in front of it) with its credentials. */
export function clientFor(
  emulator: Pick<Emulator, 'apiKey' | 'apiSecret' | 'url'>,
  overrides: Partial<StreamClientConfig> = {},
): StreamClient {
  return createStreamClient({
    apiKey: emulator.apiKey,
    apiSecret: emulator.apiSecret,
    baseUrl: emulator.url,
    ...overrides,
  });
}

/** The rejection of a promise that must fail; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  let resolved = false;
  let reason: unknown;
  try {
    await promise;
    resolved = true;
  } catch (error) {
    reason = error;
  }
  if (resolved) throw new Error('expected the call to fail, but it succeeded');
  return reason;
}

/**
 * Waits until `condition` holds. The bound is not a speed check: a condition that never holds
 * fails here, naming itself, instead of as a bare test timeout.
 */
export async function until(condition: () => boolean, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`until: ${condition.toString()} did not hold within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * Clears an emulator's faults, latency, rate-limit windows and log once every request it received
 * has been answered. A request a test delayed can outlive the test (its client gave up waiting);
 * it takes its faults only when its delay ends, and would take one the next test set.
 */
export async function resetWhenIdle(emulator: Emulator): Promise<void> {
  await until(() => emulator.log.every((entry) => entry.status !== 0));
  emulator.resetControls();
}

/** After each test of the file (or describe block), resetWhenIdle on the emulator it names. */
export function resetEmulatorAfterEach(emulator: () => Emulator): void {
  afterEach(() => resetWhenIdle(emulator()));
}
