import { describe, expect, it } from 'vitest';
import { StreamApiError, StreamNetworkError, StreamOutcomeUnknownError } from '../../src/rest/index.js';
import { rejectionOf } from '../support/emulator.js';
import { useErrorPathEnv } from '../support/errorEnv.js';
import { errorPath } from '../support/errorPaths.js';

const env = useErrorPathEnv();
const statuses = () => env.emulator.log.map((entry) => entry.status);

describe('429 rate limited', () => {
  it('retries a read after the Retry-After the answer asks for, and succeeds', async () => {
    env.emulator.controls.forcedErrors.push({ status: 429, operation: 'getApp', times: 1, retryAfter: 1 });
    const answer = await env.client({ maxRetryWaitMs: 1500 }).getApp();
    expect(answer.metadata.status).toBe(200);
    expect(statuses()).toEqual([429, 200]);
  });

  it('gives up at once when Retry-After is beyond the bounded wait', async () => {
    const error = await errorPath('rate limited 429/9 on a read, beyond the retry wait').provoke(env);
    expect(error).toBeInstanceOf(StreamApiError);
    expect([(error as StreamApiError).status, (error as StreamApiError).code]).toEqual([429, 9]);
    expect((error as StreamApiError).retryAfterMs).toBe(30_000);
    expect(statuses()).toEqual([429]);
  });

  it('never retries a write', async () => {
    const error = await errorPath('rate limited 429/9 on a write').provoke(env);
    expect((error as StreamApiError).code).toBe(9);
    expect(env.emulator.log.map((entry) => `${entry.operation} ${entry.status}`)).toEqual(['createRole 429']);
  });
});

describe('502, 503, 504', () => {
  it.each([502, 503, 504])('retries a read answered %i at most twice', async (status) => {
    env.emulator.controls.forcedErrors.push({ status, operation: 'getApp' });
    const error = await rejectionOf(env.client().getApp());
    expect((error as StreamApiError).status).toBe(status);
    expect(statuses()).toEqual([status, status, status]);
  });

  it('succeeds when the gateway recovers within the retries', async () => {
    env.emulator.controls.forcedErrors.push({ status: 503, operation: 'getApp', times: 2 });
    expect((await env.client().getApp()).metadata.status).toBe(200);
    expect(statuses()).toEqual([503, 503, 200]);
  });

  it('retries a read whose 502 body is not JSON', async () => {
    env.emulator.controls.nonJsonBody.push({ operation: 'getApp', status: 502, times: 1 });
    expect((await env.client().getApp()).app).toBeDefined();
    expect(statuses()).toEqual([502, 200]);
  });

  it('does not retry a write', async () => {
    env.emulator.controls.forcedErrors.push({ status: 503, operation: 'createRole' });
    const error = await rejectionOf(env.client().createRole({ name: 'never_made' }));
    expect((error as StreamApiError).status).toBe(503);
    expect(statuses()).toEqual([503]);
  });
});

describe('connection resets', () => {
  it('retries a read whose connection was reset, and succeeds', async () => {
    env.emulator.controls.resetConnections.push({ operation: 'getApp', times: 1 });
    expect((await env.client().getApp()).metadata.status).toBe(200);
    expect(statuses()).toEqual([-1, 200]);
  });

  it('fails a write sent whole with StreamOutcomeUnknownError instead of sending it twice', async () => {
    const error = await errorPath('connection reset on a write').provoke(env);
    expect(error).toBeInstanceOf(StreamOutcomeUnknownError);
    expect((error as StreamOutcomeUnknownError).cause).toBeInstanceOf(StreamNetworkError);
    expect(((error as StreamOutcomeUnknownError).cause as StreamNetworkError).requestSent).toBe(true);
    expect(env.emulator.log.map((entry) => `${entry.operation} ${entry.status}`)).toEqual(['createRole -1']);
  });

  it('retries a read Stream serves over POST (queryPolls), by its flag rather than its method', async () => {
    env.emulator.controls.resetConnections.push({ operation: 'queryPolls', times: 1 });
    expect((await env.client().queryPolls({ user_id: 'nobody' })).polls).toEqual([]);
    expect(env.emulator.log.map((entry) => `${entry.method} ${entry.operation} ${entry.status}`)).toEqual([
      'POST queryPolls -1',
      'POST queryPolls 201',
    ]);
  });

  it('retries an upsert keyed by the caller (updateUsers)', async () => {
    env.emulator.controls.resetConnections.push({ operation: 'updateUsers', times: 1 });
    const answer = await env.client().updateUsers({ users: { 'retry-user': { id: 'retry-user', name: 'R' } } });
    expect(Object.keys(answer.users)).toEqual(['retry-user']);
    expect(statuses()).toEqual([-1, 201]);
  });

  it('gives a create without an id a UUIDv7 one, and the unknown outcome names it', async () => {
    env.emulator.controls.resetConnections.push({ operation: 'createUserGroup', times: 1 });
    const error = (await rejectionOf(env.client().createUserGroup({ name: 'group' }))) as StreamOutcomeUnknownError;
    expect(error).toBeInstanceOf(StreamOutcomeUnknownError);
    expect(error.createdId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const retried = await env.client().createUserGroup({ name: 'group', id: error.createdId });
    expect(retried.user_group?.id).toBe(error.createdId);
    expect(statuses()).toEqual([-1, 201]);
  });
});
