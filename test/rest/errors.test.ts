import { describe, expect, it } from 'vitest';
import {
  StreamApiError,
  StreamNetworkError,
  StreamRequestError,
  StreamResponseError,
  StreamTimeoutError,
} from '../../src/rest/index.js';
import { useErrorPathEnv } from '../support/errorEnv.js';
import { errorPath } from '../support/errorPaths.js';

const env = useErrorPathEnv();
const provoke = (name: string) => errorPath(name).provoke(env);
const operations = () => env.emulator.log.map((entry) => `${entry.operation} ${entry.status}`);

function expectApiError(error: unknown, status: number, code: number): StreamApiError {
  expect(error).toBeInstanceOf(StreamApiError);
  const apiError = error as StreamApiError;
  expect({ status: apiError.status, code: apiError.code }).toEqual({ status, code });
  return apiError;
}

describe('Stream error answers become StreamApiError', () => {
  it('400: input error with the fields that were wrong', async () => {
    const error = expectApiError(await provoke('input error 400/4'), 400, 4);
    expect(Object.keys(error.exceptionFields)).toEqual(['name']);
    expect(error.operation).toBe('createUserGroup');
    expect(error.message).toContain('createUserGroup');
  });

  it('401: bad signature and unknown api key', async () => {
    expectApiError(await provoke('bad signature 401/43'), 401, 43);
    expectApiError(await provoke('unknown api key 401/2'), 401, 2);
  });

  it('403: not allowed', async () => {
    expectApiError(await provoke('not allowed 403/17'), 403, 17);
  });

  it('404: does not exist, with the answer’s metadata', async () => {
    const error = expectApiError(await provoke('not found 404/16'), 404, 16);
    expect(error.metadata.status).toBe(404);
    expect(error.moreInfo).toMatch(/^https:\/\//);
    expect(error.unrecoverable).toBe(false);
  });

  it('500: internal error, not retried even for a read', async () => {
    expectApiError(await provoke('internal error 500/-1'), 500, -1);
    expect(operations()).toEqual(['getApp 500']);
  });

  it('a body that is not JSON: StreamResponseError on success, StreamApiError on a failure status', async () => {
    const success = await provoke('non-JSON success body');
    expect(success).toBeInstanceOf(StreamResponseError);
    expect((success as StreamResponseError).status).toBe(200);
    const failure = expectApiError(await provoke('non-JSON 502 body on a write'), 502, -1);
    expect(failure.message).toContain('502');
  });
});

describe('failures without an answer', () => {
  it('times out with StreamTimeoutError, without retrying', async () => {
    const error = await provoke('timeout');
    expect(error).toBeInstanceOf(StreamTimeoutError);
    expect((error as StreamTimeoutError).timeoutMs).toBe(300);
    expect(env.emulator.log.map((entry) => entry.operation)).toEqual(['getApp']);
  });

  it('reports a refused connection as StreamNetworkError', async () => {
    const error = await provoke('connection refused');
    expect(error).toBeInstanceOf(StreamNetworkError);
    expect((error as StreamNetworkError).causeCode).toBe('ECONNREFUSED');
  });

  it('cancels an in-flight request when the caller aborts', async () => {
    const error = await provoke('aborted by the caller');
    expect((error as Error).name).toBe('AbortError');
    expect(env.emulator.log.map((entry) => entry.operation)).toEqual(['getApp']);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('caller gave up'));
    const error = await env
      .client()
      .getApp(undefined, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('caller gave up');
    expect(env.emulator.log).toEqual([]);
  });

  it('refuses a call without its path parameter before sending anything', async () => {
    const error = await provoke('missing path parameter');
    expect(error).toBeInstanceOf(StreamRequestError);
    expect((error as Error).message).toContain('getTask');
    expect(env.emulator.log).toEqual([]);
  });
});
