import { fetch } from 'undici';
import { expect } from 'vitest';
import { startEmulator, type Emulator } from '../../../src/emulator/server.js';
import type { UserRecord } from '../../../src/emulator/state.js';
import { buildRequest } from '../../../src/rest/request.js';
import {
  createServerToken,
  createUserToken,
  operations,
  StreamApiError,
  type StreamClient,
} from '../../../src/rest/index.js';
import type { Operation } from '../../../src/rest/operation.js';
import { encodeQuery } from '../../../src/rest/query.js';
import { clientFor } from '../../support/emulator.js';
import type { Exchange } from '../../support/recordingProxy.js';

export interface Harness {
  emulator: Emulator;
  /** A server-side client, as the gateway uses it. */
  client: StreamClient;
  /** Calls an operation with a user token for `userId`, answering the HTTP status and JSON body. */
  asUser(userId: string, operation: keyof typeof operations, input?: Record<string, unknown>): Promise<RawAnswer>;
  /** Calls an operation with the server token, answering the undecoded JSON (instants as sent). */
  rawAsServer(operation: keyof typeof operations, input?: Record<string, unknown>): Promise<RawAnswer>;
  /** Sends an operation with `token` (and `apiKey`), answering the exchange as a recording proxy keeps it. */
  exchange(
    token: string,
    operation: keyof typeof operations,
    input?: Record<string, unknown>,
    apiKey?: string,
  ): Promise<Exchange>;
  close(): Promise<void>;
}

export interface RawAnswer {
  status: number;
  body: Record<string, any>;
}

/** An empty emulator on loopback with a server client and a way to call it as a user. */
export async function startHarness(): Promise<Harness> {
  const emulator = await startEmulator({ data: 'empty' });
  const client = clientFor(emulator);
  async function exchange(
    token: string,
    name: keyof typeof operations,
    input: Record<string, unknown> = {},
    apiKey = emulator.apiKey,
  ): Promise<Exchange> {
    const request = buildRequest(operations[name] as Operation, input);
    const query = encodeQuery({ ...request.query, api_key: apiKey });
    const response = await fetch(`${emulator.url}${request.path}?${query}`, {
      method: request.method,
      headers: {
        authorization: token,
        'stream-auth-type': 'jwt',
        ...(request.json !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: request.form ?? (request.json !== undefined ? JSON.stringify(request.json) : undefined),
    });
    return {
      method: request.method,
      pathname: request.path,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
  }
  async function call(token: string, name: keyof typeof operations, input: Record<string, unknown>) {
    const { status, text } = await exchange(token, name, input);
    return { status, body: JSON.parse(text) as Record<string, any> };
  }

  return {
    emulator,
    client,
    asUser: async (userId, name, input = {}) => call(await createUserToken(emulator.apiSecret, userId), name, input),
    rawAsServer: async (name, input = {}) => call(await createServerToken(emulator.apiSecret), name, input),
    exchange,
    async close() {
      await client.close();
      await emulator.close();
    },
  };
}

/** Puts a user straight into the emulator's state, so these tests do not depend on the users handlers. */
export function seedUser(emulator: Emulator, id: string, overrides: Partial<UserRecord> = {}): UserRecord {
  const now = new Date().toISOString();
  const user: UserRecord = {
    id,
    name: id,
    role: 'user',
    banned: false,
    shadow_banned: false,
    online: false,
    invisible: false,
    language: 'en',
    blocked_user_ids: [],
    custom: {},
    teams: [],
    created_at: now,
    updated_at: now,
    ...overrides,
  };
  emulator.state.users.set(id, user);
  return user;
}

/** Awaits a call that must fail with a Stream error, and answers that error. */
export async function streamErrorOf(call: Promise<unknown>): Promise<StreamApiError> {
  const error = await call.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error, 'the call should have failed').toBeInstanceOf(StreamApiError);
  return error as StreamApiError;
}

/** Awaits a call that must fail with a Stream error, and checks its status, code and (optionally) field. */
export async function expectStreamError(
  call: Promise<unknown>,
  expected: { status: number; code: number; field?: string },
): Promise<StreamApiError> {
  const apiError = await streamErrorOf(call);
  expect({ status: apiError.status, code: apiError.code }).toEqual({ status: expected.status, code: expected.code });
  if (expected.field) expect(Object.keys(apiError.exceptionFields)).toContain(expected.field);
  return apiError;
}
