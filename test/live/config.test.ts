import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

it('reads the live settings, with their defaults', () => {
  expect(loadConfig({})).toMatchObject({
    maxSubscriptionsPerConnection: 20,
    maxSubscriptionsPerCaller: 100,
    redisUrl: undefined,
  });
  expect(
    loadConfig({
      MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
      MAX_SUBSCRIPTIONS_PER_CALLER: '7',
      REDIS_URL: 'redis://127.0.0.1:6390/2',
    }),
  ).toMatchObject({
    maxSubscriptionsPerConnection: 3,
    maxSubscriptionsPerCaller: 7,
    redisUrl: 'redis://127.0.0.1:6390/2',
  });
});

it('refuses bad live settings with a clear message that never repeats a Redis password', () => {
  expect(() => loadConfig({ MAX_SUBSCRIPTIONS_PER_CONNECTION: '0' })).toThrow(ConfigError);
  expect(() => loadConfig({ MAX_SUBSCRIPTIONS_PER_CALLER: 'many' })).toThrow(/MAX_SUBSCRIPTIONS_PER_CALLER/);
  const refusal = (() => {
    try {
      loadConfig({ REDIS_URL: 'http://user:hunter2@cache:6379' });
    } catch (error) {
      return error as Error;
    }
  })();
  expect(refusal).toBeInstanceOf(ConfigError);
  expect(refusal?.message).toMatch(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  expect(refusal?.message).not.toContain('hunter2');
});
