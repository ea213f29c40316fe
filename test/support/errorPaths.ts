import type { Emulator } from '../../src/emulator/server.js';
import type { StreamClient, StreamClientConfig } from '../../src/rest/index.js';
import { rejectionOf, until } from './emulator.js';
import { startRawServer } from './rawServer.js';

export interface ErrorPathEnv {
  emulator: Emulator;
  /** A client with short timeouts and waits, closed by the caller's cleanup. */
  client(overrides?: Partial<StreamClientConfig>): StreamClient;
}

/** One way a call can fail, provoked for real over loopback; answers what the client threw. */
export interface ErrorPath {
  name: string;
  provoke(env: ErrorPathEnv): Promise<unknown>;
}

/** Every failure the REST client can meet, each provoked against a real emulator or socket. */
export const errorPaths: ErrorPath[] = [
  {
    name: 'input error 400/4',
    provoke: ({ client }) => rejectionOf(client().createUserGroup({ name: '' })),
  },
  {
    name: 'bad signature 401/43',
    provoke: ({ client }) => rejectionOf(client({ apiSecret: 'a-secret-stream-never-issued' }).getApp()),
  },
  {
    name: 'unknown api key 401/2',
    provoke: ({ client }) => rejectionOf(client({ apiKey: 'key-stream-never-issued' }).getApp()),
  },
  {
    name: 'not allowed 403/17',
    provoke: ({ client, emulator }) => {
      emulator.controls.forcedErrors.push({ status: 403, operation: 'getApp', times: 1 });
      return rejectionOf(client().getApp());
    },
  },
  {
    name: 'not found 404/16',
    provoke: ({ client }) => rejectionOf(client().getTask({ id: 'no-such-task' })),
  },
  {
    name: 'rate limited 429/9 on a write',
    provoke: ({ client, emulator }) => {
      emulator.controls.forcedErrors.push({ status: 429, operation: 'createRole', times: 1, retryAfter: 0 });
      return rejectionOf(client().createRole({ name: 'never_made' }));
    },
  },
  {
    name: 'rate limited 429/9 on a read, beyond the retry wait',
    provoke: ({ client, emulator }) => {
      emulator.controls.forcedErrors.push({ status: 429, operation: 'getApp', retryAfter: 30 });
      return rejectionOf(client({ maxRetryWaitMs: 100 }).getApp());
    },
  },
  {
    name: 'internal error 500/-1',
    provoke: ({ client, emulator }) => {
      emulator.controls.forcedErrors.push({ status: 500, operation: 'getApp', times: 1 });
      return rejectionOf(client().getApp());
    },
  },
  {
    name: 'unavailable 503 after the retries',
    provoke: ({ client, emulator }) => {
      emulator.controls.forcedErrors.push({ status: 503, operation: 'getApp' });
      return rejectionOf(client().getApp());
    },
  },
  {
    name: 'timeout',
    provoke: async ({ client, emulator }) => {
      // A connection made first and a timeout well above an event-loop stall: under load, a 50 ms
      // timer could fire before the emulator (in this process) had read the request at all.
      const slow = client({ timeoutMs: 300 });
      await slow.getApp();
      emulator.log.length = 0;
      emulator.controls.latencyByOperation.getApp = 3000;
      return rejectionOf(slow.getApp());
    },
  },
  {
    name: 'connection reset on a write',
    provoke: ({ client, emulator }) => {
      emulator.controls.resetConnections.push({ operation: 'createRole', times: 1 });
      return rejectionOf(client().createRole({ name: 'never_made' }));
    },
  },
  {
    name: 'connection refused',
    provoke: async ({ client }) => {
      const closed = await startRawServer(() => ({ body: '{}' }));
      await closed.close();
      return rejectionOf(client({ baseUrl: closed.url }).getApp());
    },
  },
  {
    name: 'non-JSON success body',
    provoke: ({ client, emulator }) => {
      emulator.controls.nonJsonBody.push({ operation: 'getApp', status: 200, times: 1 });
      return rejectionOf(client().getApp());
    },
  },
  {
    name: 'non-JSON 502 body on a write',
    provoke: ({ client, emulator }) => {
      emulator.controls.nonJsonBody.push({ operation: 'createRole', status: 502, times: 1 });
      return rejectionOf(client().createRole({ name: 'never_made' }));
    },
  },
  {
    name: 'aborted by the caller',
    provoke: async ({ client, emulator }) => {
      emulator.controls.latencyByOperation.getApp = 1000;
      const controller = new AbortController();
      const call = rejectionOf(client({ timeoutMs: 5000 }).getApp(undefined, { signal: controller.signal }));
      await until(() => emulator.log.some((entry) => entry.operation === 'getApp'));
      controller.abort();
      return call;
    },
  },
  {
    name: 'missing path parameter',
    provoke: ({ client }) => rejectionOf(client().getTask({ id: '' })),
  },
];

export function errorPath(name: string): ErrorPath {
  const path = errorPaths.find((candidate) => candidate.name === name);
  if (!path) throw new Error(`no error path named ${name}`);
  return path;
}
