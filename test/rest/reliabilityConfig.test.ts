import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

it('defaults: a 10 s request deadline, 256 queued calls, a breaker after 10 failures in a row or half of 100 calls', () => {
  const config = loadConfig({});
  expect(config.requestTimeoutMs).toBe(10_000);
  expect(config.maxQueue).toBe(256);
  expect(config.breaker).toEqual({
    consecutiveFailures: 10,
    failureRate: 0.5,
    windowSize: 100,
    minimumCalls: 20,
    cooldownMs: 5000,
  });
});

it('reads the deadline, queue and breaker settings', () => {
  const config = loadConfig({
    REQUEST_TIMEOUT_MS: '2500',
    STREAM_MAX_QUEUE: '0',
    STREAM_BREAKER_CONSECUTIVE_FAILURES: '3',
    STREAM_BREAKER_FAILURE_PERCENT: '25',
    STREAM_BREAKER_WINDOW: '8',
    STREAM_BREAKER_COOLDOWN_MS: '750',
  });
  expect(config.requestTimeoutMs).toBe(2500);
  expect(config.maxQueue).toBe(0);
  expect(config.breaker).toEqual({
    consecutiveFailures: 3,
    failureRate: 0.25,
    windowSize: 8,
    minimumCalls: 8,
    cooldownMs: 750,
  });
});

it.each([
  ['REQUEST_TIMEOUT_MS', '0'],
  ['STREAM_MAX_QUEUE', '-1'],
  ['STREAM_BREAKER_FAILURE_PERCENT', '150'],
  ['STREAM_BREAKER_CONSECUTIVE_FAILURES', 'many'],
  ['STREAM_BREAKER_COOLDOWN_MS', '0'],
])('refuses %s=%s with a ConfigError', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
});
