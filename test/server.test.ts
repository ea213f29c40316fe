import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess, type Launch, type ServerProcess } from './support/serverProcess.js';

// The gateway as a real process: `npm start` and the production entry (`node dist/server.js`),
// over the in-process demo emulator.

const started: ServerProcess[] = [];
afterEach(() => {
  for (const server of started.splice(0)) server.kill();
});

function start(env: Record<string, string>, launch?: Launch): ServerProcess {
  const server = startServerProcess(env, launch);
  started.push(server);
  return server;
}

interface Banner {
  lines: string[];
  url: string;
  emulatorUrl: string;
  serverAuthorization: string;
  userAuthorization: string;
}

/** Waits for the start-up lines and reads the addresses and tokens out of them. */
async function banner(server: ServerProcess): Promise<Banner> {
  await server.waitFor(/^Demo user token.*\n/m);
  // JSON lines are the log; the rest is the banner for people.
  const lines = server
    .stdout()
    .trimEnd()
    .split('\n')
    .filter((text) => !text.startsWith('{'));
  const line = (prefix: string) => {
    const found = lines.find((candidate) => candidate.startsWith(prefix));
    expect(found, `a line starting with "${prefix}" in:\n${server.stdout()}`).toBeDefined();
    return found!;
  };
  const header = (prefix: string) => {
    const json = /\{.*\}$/.exec(line(prefix))?.[0];
    return (JSON.parse(json ?? '{}') as { Authorization?: string }).Authorization ?? '';
  };
  return {
    lines,
    url: line('GraphiQL: ').slice('GraphiQL: '.length),
    emulatorUrl: /at (http:\/\/\S+)/.exec(line('Upstream: '))?.[1] ?? '',
    serverAuthorization: header('Server token'),
    userAuthorization: header('Demo user token'),
  };
}

async function graphql(url: string, authorization: string, query: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe('npm start without Stream credentials: demo mode', { timeout: 60_000 }, () => {
  it('prints the GraphiQL address (the port bound, not PORT=0), a server token and a demo user token that all work', async () => {
    const server = start({ PORT: '0' }, { via: 'npm' });
    const printed = await banner(server);

    expect(printed.lines).toHaveLength(4);
    expect(server.stderr()).toBe('');
    // Loudly: a warning line says this is demo data, not a Stream app.
    await server.waitFor(/"level":40,.*"msg":"DEMO MODE: /);
    const port = Number(/^http:\/\/127\.0\.0\.1:(\d+)\/graphql$/.exec(printed.url)?.[1]);
    expect(port).toBeGreaterThan(0);
    expect(printed.serverAuthorization).toMatch(/^Bearer eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(printed.userAuthorization).toMatch(/^Bearer eyJ[\w-]+\.[\w-]+\.[\w-]+$/);

    const page = await fetch(printed.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    // GraphiQL opens with the demo server token in its headers: no pasting needed.
    expect(html).toContain(printed.serverAuthorization.slice('Bearer '.length));

    const asServer = await graphql(printed.url, printed.serverAuthorization, '{ app { name } }');
    expect(asServer.status).toBe(200);
    expect(asServer.body.errors).toBeUndefined();
    expect(asServer.body.data.app.name).toEqual(expect.any(String));

    const asUser = await graphql(printed.url, printed.userAuthorization, '{ user(id: "user-001") { id name } }');
    expect(asUser.body.errors).toBeUndefined();
    expect(asUser.body.data.user).toEqual({ id: 'user-001', name: expect.any(String) });
    // It is a user's token, not a second server token: server-only fields are refused.
    const userOnServerField = await graphql(printed.url, printed.userAuthorization, '{ app { name } }');
    expect(userOnServerField.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.for<[string, Launch]>([
    ['npm start', { via: 'npm' }],
    ['node dist/server.js', { via: 'node' }],
  ])(
    '%s: on SIGTERM stops accepting connections, finishes the request in flight, then exits with code 0',
    async ([, launch]) => {
      const server = start({ PORT: '0', STREAM_TIMEOUT_MS: '30000' }, launch);
      const { url, emulatorUrl, serverAuthorization } = await banner(server);
      expect(emulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      // The demo emulator's own controls: every getApp answer waits two seconds.
      const controls = await fetch(`${emulatorUrl}/_emulator/controls`, {
        method: 'PUT',
        body: JSON.stringify({ latencyByOperation: { getApp: 2000 } }),
      });
      expect(controls.status).toBe(200);

      const inFlight = graphql(url, serverAuthorization, '{ app { name } }').then(
        (result) => ({ ...result, error: undefined, stdoutWhenAnswered: server.stdout() }),
        (error: unknown) => ({ status: 0, body: undefined as any, error, stdoutWhenAnswered: server.stdout() }),
      );
      // The gateway is waiting on Stream once the emulator has logged the call.
      for (;;) {
        const log = (await (await fetch(`${emulatorUrl}/_emulator/log`)).json()) as {
          requests: { operation: string }[];
        };
        if (log.requests.some((request) => request.operation === 'getApp')) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      server.child.kill('SIGTERM');
      await server.waitFor(/"msg":"shutting down: not ready"/);
      await expect(fetch(url, { headers: { accept: 'text/html' } })).rejects.toThrow();

      const answered = await inFlight;
      expect(answered.error).toBeUndefined();
      // Shutdown had begun before the answer came: the request really was in flight.
      expect(answered.stdoutWhenAnswered).toContain('"signal":"SIGTERM"');
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ data: { app: { name: expect.any(String) } } });
      expect(answered.body.errors).toBeUndefined();
      expect(await server.exited).toEqual({ code: 0, signal: null });
    },
  );
});

describe(
  'bad configuration fails at start with one line naming the setting, and no stack trace',
  { timeout: 60_000 },
  () => {
    let occupied: Server | undefined;
    afterEach(async () => {
      await new Promise<void>((resolve) => (occupied ? occupied.close(() => resolve()) : resolve()));
      occupied = undefined;
    });

    const SECRET = 'secret-never-printed-7Hq2';
    it.concurrent.for<[string, Record<string, string>, RegExp]>([
      ['an api key without a secret', { STREAM_API_KEY: 'key' }, /STREAM_API_SECRET/],
      ['a secret without an api key', { STREAM_API_SECRET: SECRET }, /STREAM_API_KEY/],
      ['a port that is not a number', { PORT: 'abc' }, /PORT.*"abc"/],
      ['a port out of range', { PORT: '70000' }, /PORT.*65535/],
      [
        'a base URL that is not http(s)',
        { STREAM_API_KEY: 'key', STREAM_API_SECRET: SECRET, STREAM_BASE_URL: 'ftp://x' },
        /STREAM_BASE_URL must be an http:\/\/ or https:\/\/ URL, got "ftp:\/\/x"/,
      ],
      ['a base URL that is not a URL', { STREAM_BASE_URL: 'chat.stream-io-api.com' }, /STREAM_BASE_URL/],
      ['a timeout that is not a number', { STREAM_TIMEOUT_MS: 'soon' }, /STREAM_TIMEOUT_MS.*"soon"/],
      ['a timeout of zero', { STREAM_TIMEOUT_MS: '0' }, /STREAM_TIMEOUT_MS/],
      ['a flag that is neither true nor false', { GRAPHIQL: 'maybe' }, /GRAPHIQL/],
      ['a CORS origin with a path', { CORS_ORIGINS: 'https://app.example/path' }, /CORS_ORIGINS/],
      [
        'a persisted documents file that does not exist',
        { PERSISTED_DOCUMENTS: '/nonexistent.json' },
        /PERSISTED_DOCUMENTS/,
      ],
    ])('%s', async ([, env, message], { expect, onTestFinished }) => {
      const server = startServerProcess({ PORT: '0', ...env });
      onTestFinished(() => server.kill());
      const exit = await server.exited;
      expect(exit.code).not.toBe(0);
      expect(exit.code).not.toBeNull();
      expect(server.stdout()).toBe('');
      const lines = server.stderr().trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^configuration error: /);
      expect(lines[0]).toMatch(message);
      expect(server.stderr()).not.toContain(SECRET);
    });

    it('a port already in use', async () => {
      occupied = createServer();
      const port = await new Promise<number>((resolve) =>
        occupied!.listen(0, '127.0.0.1', () => resolve((occupied!.address() as { port: number }).port)),
      );
      const server = start({ PORT: String(port) });
      const exit = await server.exited;
      expect(exit.code).not.toBe(0);
      expect(exit.code).not.toBeNull();
      expect(server.stdout()).toBe('');
      const lines = server.stderr().trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^configuration error: cannot listen on HOST=127\\.0\\.0\\.1 PORT=${port}: .*EADDRINUSE`),
      );
    });
  },
);
