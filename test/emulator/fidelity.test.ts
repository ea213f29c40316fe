import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { createServerToken, createUserToken } from '../../src/rest/auth.js';
import { startTestEmulator } from '../support/emulator.js';
import { checkExchange } from '../support/wireCheck.js';
import type { Exchange } from '../support/recordingProxy.js';
import { seedUser, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
let serverToken: string;
beforeAll(async () => {
  harness = await startHarness();
  serverToken = await createServerToken(harness.emulator.apiSecret);
});
afterAll(() => harness.close());

/** The exchange matches the project's schema table (its operation's response, or APIError). */
function expectValid(exchange: Exchange): void {
  const verdict = checkExchange(exchange);
  expect(verdict.problems, `${exchange.status} ${exchange.text.slice(0, 400)}`).toEqual([]);
}

/** An error answer in Stream's error body, with this HTTP status and Stream code. */
function expectError(exchange: Exchange, status: number, code: number): Record<string, unknown> {
  expectValid(exchange);
  const body = JSON.parse(exchange.text) as Record<string, unknown>;
  expect({ status: exchange.status, code: body.code, StatusCode: body.StatusCode }).toEqual({
    status,
    code,
    StatusCode: status,
  });
  return body;
}

const seconds = (timestamp: string) => Math.floor(Date.parse(timestamp) / 1000);

describe('success answers hold what Stream requires', () => {
  it('getApp: every call type and channel config has its required properties, commands as names', async () => {
    const exchange = await harness.exchange(serverToken, 'getApp');
    expectValid(exchange);
    const { app } = JSON.parse(exchange.text) as {
      app: {
        call_types: Record<string, Record<string, unknown>>;
        channel_configs: Record<string, Record<string, unknown>>;
      };
    };
    expect(Object.keys(app.call_types).length).toBeGreaterThan(0);
    expect(Object.keys(app.channel_configs).length).toBeGreaterThan(0);
    for (const config of Object.values(app.channel_configs)) {
      expect(Array.isArray(config.commands)).toBe(true);
      for (const command of config.commands as unknown[]) expect(command).toBeTypeOf('string');
    }
    for (const callType of Object.values(app.call_types)) {
      expect(callType).toMatchObject({ app: expect.any(Number), id: expect.any(Number) });
      expect(callType.recording_external_storage).toBeTypeOf('string');
    }
  });

  it('updateUsers and updateUsersPartial answer full users (devices, mutes, unread counters)', async () => {
    const upsert = await harness.exchange(serverToken, 'updateUsers', {
      users: { 'fid-1': { id: 'fid-1', name: 'One' } },
    });
    expectValid(upsert);
    const partial = await harness.exchange(serverToken, 'updateUsersPartial', {
      users: [{ id: 'fid-1', set: { name: 'Uno' } }],
    });
    expectValid(partial);
    for (const exchange of [upsert, partial]) {
      const user = (JSON.parse(exchange.text) as { users: Record<string, Record<string, unknown>> }).users['fid-1'];
      expect(user).toMatchObject({
        devices: [],
        mutes: [],
        channel_mutes: [],
        total_unread_count: 0,
        unread_count: 0,
        unread_channels: 0,
        unread_threads: 0,
      });
    }
  });
});

describe('401/42: a user token issued before its user was created', () => {
  it('is refused; a token from the second of creation or later is accepted', async () => {
    const user = seedUser(harness.emulator, 'late-comer', { created_at: new Date().toISOString() });
    const created = seconds(user.created_at);
    const { apiSecret } = harness.emulator;
    const before = await createUserToken(apiSecret, user.id, { issuedAt: created - 3600 });
    const justBefore = await createUserToken(apiSecret, user.id, { issuedAt: created - 1 });
    const sameSecond = await createUserToken(apiSecret, user.id, { issuedAt: created });

    const refused = expectError(await harness.exchange(before, 'getApp'), 401, 42);
    expect(refused.message).toContain('late-comer');
    expectError(await harness.exchange(justBefore, 'getApp'), 401, 42);
    const accepted = await harness.exchange(sameSecond, 'getApp');
    expectValid(accepted);
    expect(accepted.status).toBe(200);
  });

  it('holds for a user re-created under the same id: the old token stops working', async () => {
    const { apiSecret } = harness.emulator;
    seedUser(harness.emulator, 'reborn', { created_at: '2026-01-01T00:00:00.000000Z' });
    const oldToken = await createUserToken(apiSecret, 'reborn', { issuedAt: seconds('2026-01-02T00:00:00Z') });
    expect((await harness.exchange(oldToken, 'getApp')).status).toBe(200);
    seedUser(harness.emulator, 'reborn', { created_at: '2026-02-01T00:00:00.000000Z' });
    expectError(await harness.exchange(oldToken, 'getApp'), 401, 42);
  });
});

describe('every error class answers in Stream’s error body', () => {
  it('400/4: an input that misses a required field, naming it', async () => {
    const body = expectError(await harness.exchange(serverToken, 'createPoll', { id: 'p' }), 400, 4);
    expect(Object.keys(body.exception_fields as object)).toContain('name');
  });

  it('401/2: a wrong api_key', async () => {
    expectError(await harness.exchange(serverToken, 'getApp', {}, 'not-the-key'), 401, 2);
  });

  it('401/43: a token signed with another secret', async () => {
    expectError(await harness.exchange(await createServerToken('another-secret'), 'getApp'), 401, 43);
  });

  it('401/40: an expired user token', async () => {
    seedUser(harness.emulator, 'expired', { created_at: '2026-01-01T00:00:00.000000Z' });
    const issuedAt = Math.floor(Date.now() / 1000) - 3600;
    const token = await createUserToken(harness.emulator.apiSecret, 'expired', { issuedAt, validitySeconds: 60 });
    expectError(await harness.exchange(token, 'getApp'), 401, 40);
  });

  it('403/17: a user token calling a server-side operation', async () => {
    seedUser(harness.emulator, 'plain', { created_at: '2026-01-01T00:00:00.000000Z' });
    const token = await createUserToken(harness.emulator.apiSecret, 'plain');
    expectError(await harness.exchange(token, 'listPermissions'), 403, 17);
  });

  it('404/16: a poll that does not exist', async () => {
    expectError(await harness.exchange(serverToken, 'getPoll', { poll_id: 'no-such-poll' }), 404, 16);
  });

  it('429/9: past the rate limit', async () => {
    harness.emulator.controls.rateLimitPerWindow = 1;
    try {
      expectValid(await harness.exchange(serverToken, 'listPermissions'));
      expectError(await harness.exchange(serverToken, 'listPermissions'), 429, 9);
    } finally {
      harness.emulator.resetControls();
    }
  });
});

describe('integers stay exact', () => {
  it('keeps integers beyond 2^53 in custom data, from the request text to the answer text', async () => {
    const { emulator } = harness;
    const big = '9007199254740993';
    const negative = '-123456789012345678901';
    const response = await request(`${emulator.url}/api/v2/users?api_key=${emulator.apiKey}`, {
      method: 'POST',
      headers: { authorization: serverToken, 'stream-auth-type': 'jwt', 'content-type': 'application/json' },
      body: `{"users":{"exact":{"id":"exact","custom":{"big":${big},"list":[${negative}]}}}}`,
    });
    const written = await response.body.text();
    expect(response.statusCode).toBe(201);
    const read = await harness.exchange(serverToken, 'queryUsers', { payload: { filter_conditions: { id: 'exact' } } });
    expectValid(read);
    for (const text of [written, read.text]) {
      expect(text).toContain(`"big":${big}`);
      expect(text).toContain(`"list":[${negative}]`);
    }
  });
});

describe('413/22: a body past the limit', () => {
  const LIMIT = 64 * 1024;
  let emulator: Emulator;
  let token: string;
  beforeAll(async () => {
    emulator = await startTestEmulator({ maxBodyBytes: LIMIT });
    token = await createServerToken(emulator.apiSecret);
  });
  afterAll(() => emulator.close());

  const oversized = () => JSON.stringify({ name: 'big', description: 'x'.repeat(4 * 1024 * 1024) });

  async function send(body: string | Readable): Promise<Exchange & { connection?: string }> {
    const response = await request(`${emulator.url}/api/v2/polls?api_key=${emulator.apiKey}`, {
      method: 'POST',
      headers: { authorization: token, 'stream-auth-type': 'jwt', 'content-type': 'application/json' },
      body,
    });
    const header = response.headers.connection;
    return {
      method: 'POST',
      pathname: '/api/v2/polls',
      status: response.statusCode,
      contentType: String(response.headers['content-type'] ?? ''),
      text: await response.body.text(),
      ...(typeof header === 'string' ? { connection: header } : {}),
    };
  }

  it('answers 413 with Connection: close to a real client sending 4 MB, which reads it without a reset', async () => {
    const answer = await send(oversized());
    expectError(answer, 413, 22);
    expect(answer.connection).toBe('close');
  });

  it('does the same for a chunked body without a Content-Length', async () => {
    const answer = await send(Readable.from([oversized()]));
    expectError(answer, 413, 22);
    expect(answer.connection).toBe('close');
  });

  it('closes the connection with a FIN once the answer is out, never a reset', async () => {
    const body = Buffer.from(oversized());
    const head = [
      `POST /api/v2/polls?api_key=${emulator.apiKey} HTTP/1.1`,
      `Host: ${new URL(emulator.url).host}`,
      `Authorization: ${token}`,
      'Content-Type: application/json',
      `Content-Length: ${body.length}`,
      '',
      '',
    ].join('\r\n');
    const { port, hostname } = new URL(emulator.url);
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    const ended = new Promise<'end' | string>((resolve) => {
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      socket.on('end', () => resolve('end'));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    socket.write(head);
    socket.write(body);
    expect(await ended).toBe('end');
    socket.destroy();
    const text = Buffer.concat(received).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    expect(text.toLowerCase()).toContain('\r\nconnection: close\r\n');
    const [head413, answerText] = [text.slice(0, text.indexOf('\r\n\r\n')), text.slice(text.indexOf('\r\n\r\n') + 4)];
    const contentType = /^content-type: (.*)$/im.exec(head413)?.[1] ?? '';
    expectError({ method: 'POST', pathname: '/api/v2/polls', status: 413, contentType, text: answerText }, 413, 22);
  });
});
