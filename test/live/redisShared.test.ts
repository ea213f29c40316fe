import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { createLive, type Live } from '../../src/live/live.js';
import { connectRedis, type RedisShared } from '../../src/live/redis.js';
import { isFinished } from '../../src/live/taskPollers.js';
import type { StreamClient } from '../../src/rest/client.js';
import { clientFor, startTestEmulator, until } from '../support/emulator.js';
import { startRedisServer, type RedisServer } from '../support/redisServer.js';

let redis: RedisServer;
let emulator: Emulator;
const shared: RedisShared[] = [];
const clients: StreamClient[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = await startTestEmulator();
});
afterAll(async () => {
  for (const connection of shared) await connection.close();
  for (const client of clients) await client.close();
  await emulator.close();
  await redis.close();
});

function connect(): RedisShared {
  const connection = connectRedis(redis.url, () => {});
  shared.push(connection);
  return connection;
}

/** A replica's REST client, counting its getTask calls. */
function replicaClient(calls: { getTask: number }): StreamClient {
  const client = clientFor(emulator);
  clients.push(client);
  return client.withStep((operation, _input, send) => {
    if (operation.name === 'getTask') calls.getTask += 1;
    return send();
  });
}

it('a task-poller lock has one holder, is renewed only by it, and is taken over when it lapses', async () => {
  const [a, b] = [connect(), connect()];
  await until(() => a.connected() && b.connected());
  expect(await a.taskLock.acquire('t-1', 300)).toBe(true);
  expect(await b.taskLock.acquire('t-1', 300)).toBe(false);
  expect(await a.taskLock.acquire('t-1', 300)).toBe(true);
  // The holder dies (stops renewing): once the TTL passes, the other replica takes over.
  let taken = false;
  while (!taken) taken = await b.taskLock.acquire('t-1', 300);
  expect(await a.taskLock.acquire('t-1', 300)).toBe(false);
  await b.taskLock.release('t-1');
  expect(await a.taskLock.acquire('t-1', 300)).toBe(true);
});

it('two replicas watching one task poll it once between them, and both hear every state', async () => {
  const taskId = emulator.state.startTask(() => ({ done: true }), 3);
  const calls = [{ getTask: 0 }, { getTask: 0 }];
  const lives: Live[] = calls.map((count) =>
    createLive({
      client: replicaClient(count),
      shared: connect(),
      taskPolling: { minDelayMs: 20, maxDelayMs: 40, lockTtlMs: 2000 },
    }),
  );
  await until(() => shared.every((connection) => connection.connected()));
  const heard: string[][] = [[], []];
  const readers = lives.map(async (live, i) => {
    for await (const task of live.pubSub.subscribe('task:changed', taskId)) {
      heard[i]!.push(task.status);
      if (isFinished(task)) break;
    }
  });
  // Both listen on the task's Redis channel before polling starts.
  const channel = `task:changed:${taskId}`;
  const subscribers = async () =>
    ((await shared[0]!.commands.call('PUBSUB', 'NUMSUB', channel)) as [string, number])[1];
  while ((await subscribers()) < 2) await new Promise((resolve) => setTimeout(resolve, 10));
  const leave = lives.map((live) => live.tasks.watch(taskId));
  await Promise.all(readers);
  leave.forEach((release) => release());
  expect(heard[0]).toEqual(['pending', 'completed']);
  expect(heard[1]).toEqual(['pending', 'completed']);
  expect(calls.filter((count) => count.getTask > 0)).toHaveLength(1);
  await Promise.all(lives.map((live) => live.close()));
});
