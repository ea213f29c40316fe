import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { Emulator } from '../../src/emulator/server.js';
import { StreamTimeoutError } from '../../src/rest/index.js';
import { clientFor, rejectionOf, resetEmulatorAfterEach, startTestEmulator, until } from '../support/emulator.js';

/**
 * The REST client's connection pool (src/rest/transport.ts): a configurable number of
 * connections (64 by default, STREAM_CONNECTIONS), and per-request deadlines that need no
 * AbortSignal of their own. Concurrency is read from the emulator's log (an entry's status stays
 * 0 until it is answered), not from timings.
 */

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
resetEmulatorAfterEach(() => emulator);

describe('the connection pool', () => {
  it('keeps at most `connections` requests in flight, and serves every one', async () => {
    const client = clientFor(emulator, { connections: 2 });
    try {
      emulator.controls.latencyByOperation.getApp = 100;
      const start = emulator.log.length;
      let mostInFlight = 0;
      let done = false;
      const calls = Promise.all(Array.from({ length: 6 }, () => client.getApp())).finally(() => (done = true));
      await until(() => {
        const inFlight = emulator.log.slice(start).filter((entry) => entry.status === 0).length;
        mostInFlight = Math.max(mostInFlight, inFlight);
        return done;
      });
      const answers = await calls;
      expect(answers).toHaveLength(6);
      expect(emulator.log.slice(start)).toHaveLength(6);
      expect(mostInFlight).toBeGreaterThan(0);
      expect(mostInFlight).toBeLessThanOrEqual(2);
    } finally {
      await client.close();
    }
  });

  it('times a slow request out on its own deadline, and serves the next one', async () => {
    const client = clientFor(emulator, { timeoutMs: 200 });
    try {
      await client.getApp();
      emulator.controls.latencyByOperation.getApp = 1000;
      const error = await rejectionOf(client.getApp());
      expect(error).toBeInstanceOf(StreamTimeoutError);
      emulator.controls.latencyByOperation.getApp = 0;
      await expect(client.getApp()).resolves.toHaveProperty('app');
    } finally {
      await client.close();
    }
  });
});

describe('STREAM_CONNECTIONS', () => {
  it('is 64 unless set', () => {
    expect(loadConfig({}).connections).toBe(64);
    expect(loadConfig({ STREAM_CONNECTIONS: '8' }).connections).toBe(8);
  });

  it.each(['0', '-1', 'many', '1.5'])('refuses %s', (value) => {
    expect(() => loadConfig({ STREAM_CONNECTIONS: value })).toThrow(ConfigError);
  });
});
