import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gatewayProcess.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';

// The production entry (`node dist/server.js`, NODE_ENV=production) as a real process over real
// sockets, in front of an emulator playing the Stream app.

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
let emulator: Emulator;
const processes: ServerProcess[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ data: 'demo', apiKey: 'prod-key-4f1c9a', apiSecret: 'prod-secret-b7e2d8c1a9f0' });
});
afterEach(() => emulator.resetControls());
afterAll(async () => {
  for (const server of processes) server.kill();
  await emulator.close();
});

async function gateway(env: Record<string, string> = {}): Promise<GatewayProcess> {
  const started = await startGatewayProcess(emulator, env);
  processes.push(started.process);
  return started;
}

/** No line the process wrote holds the secret, the api key or any JWT. */
function expectNoCredentials(server: ServerProcess): void {
  const output = server.stdout() + server.stderr();
  expect(output).not.toContain(emulator.apiSecret);
  expect(output).not.toContain(emulator.apiKey);
  expect(output).not.toMatch(JWT);
}

describe('safe defaults', { timeout: 120_000 }, () => {
  it.for<[string, Record<string, string>]>([
    ['unset', {}],
    ['empty', { STREAM_API_KEY: '', STREAM_API_SECRET: '' }],
    ['only a key', { STREAM_API_KEY: 'some-key' }],
  ])('production with credentials %s: one configuration error, exit 1, no emulator', async ([, env]) => {
    const server = startServerProcess({ NODE_ENV: 'production', PORT: '0', ...env });
    processes.push(server);
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.stdout()).toBe('');
    const lines = server.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^configuration error: STREAM_API_(KEY|SECRET) is required/);
  });

  it('production with credentials: real mode, GraphiQL and introspection off until turned on', async () => {
    const gw = await gateway();
    expect(gw.logLines().find((line) => line.msg === 'listening')).toMatchObject({ mode: 'stream' });
    expect(gw.process.stdout()).not.toContain('DEMO MODE');
    const page = await fetch(gw.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const introspection = await (await gw.post('{ __schema { queryType { name } } }')).json();
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const real = await (await gw.post('{ app { name } }')).json();
    expect(real.errors).toBeUndefined();
    expect(real.data.app.name).toEqual(expect.any(String));

    const open = await gateway({ GRAPHIQL: 'true', INTROSPECTION: 'true' });
    const graphiql = await (await fetch(open.url, { headers: { accept: 'text/html' } })).text();
    expect(graphiql).toContain('GraphiQL');
    // Real credentials: GraphiQL never opens with a token in its headers.
    expect(graphiql).not.toMatch(JWT);
    expect((await (await open.post('{ __schema { queryType { name } } }')).json()).data.__schema.queryType.name).toBe(
      'Query',
    );
    expectNoCredentials(gw.process);
    expectNoCredentials(open.process);
  });
});

describe('logs', { timeout: 120_000 }, () => {
  it('one JSON access-log line per request, carrying the caller’s x-request-id, and Stream failures with both ids', async () => {
    const gw = await gateway();
    const ok = await gw.post('query AppName { app { name } }', {
      authorization: `Bearer ${gw.serverToken}`,
      'x-request-id': 'req-ok-1234',
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toBe('req-ok-1234');

    // A malformed id (spaces, too long) is replaced by a fresh one, which the answer carries.
    const replaced = await gw.post('query AppName { app { name } }', {
      authorization: `Bearer ${gw.serverToken}`,
      'x-request-id': `bad id ${'x'.repeat(300)}`,
    });
    const generated = replaced.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);

    const anonymous = await gw.post('{ app { name } }', {});
    expect(anonymous.status).toBe(401);

    // Every try fails (reads are retried).
    emulator.controls.forcedErrors.push({ operation: 'getApp', status: 500, code: -1 });
    const failed = await gw.post('query Broken { app { name } }', {
      authorization: `Bearer ${gw.serverToken}`,
      'x-request-id': 'req-fail-5678',
    });
    expect((await failed.json()).errors[0].extensions.code).toBe('UPSTREAM_ERROR');

    await expect.poll(() => gw.logLines().filter((line) => line.msg === 'request').length).toBe(4);
    const access = gw.logLines().filter((line) => line.msg === 'request');
    expect(access[0]).toMatchObject({
      requestId: 'req-ok-1234',
      method: 'POST',
      path: '/graphql',
      operationName: 'AppName',
      operationType: 'query',
      status: 200,
      upstreamCalls: 1,
      caller: 'server',
      durationMs: expect.any(Number),
    });
    expect(access[1]).toMatchObject({ requestId: generated });
    expect(access[2]).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'] });
    expect(access[3]).toMatchObject({ requestId: 'req-fail-5678', errorCodes: ['UPSTREAM_ERROR'] });
    const failure = gw.logLines().find((line) => line.msg === 'Stream call failed');
    expect(failure).toMatchObject({
      requestId: 'req-fail-5678',
      operation: 'getApp',
      status: 500,
      streamCode: expect.any(Number),
      streamRequestId: expect.any(String),
    });
    for (const line of gw.logLines()) expect(line.time).toEqual(expect.any(String));
    expectNoCredentials(gw.process);
  });
});

describe('metrics', { timeout: 120_000 }, () => {
  it('/metrics holds GraphQL and Stream series after a query, with bounded operation names', async () => {
    const gw = await gateway();
    await gw.post('query AppName { app { name } }');
    await gw.post('{ app { name } }');
    await gw.post('query Bad { app { nope } }');
    const text = await (await fetch(`${gw.base}/metrics`)).text();
    expect(text).toMatch(/^graphql_requests_total\{operationName="AppName",operationType="query"\} 1$/m);
    expect(text).toMatch(/^graphql_requests_total\{operationName="anonymous",operationType="query"\} 1$/m);
    expect(text).toMatch(
      /^graphql_request_duration_seconds_count\{operationName="AppName",operationType="query"\} 1$/m,
    );
    expect(text).toMatch(/^graphql_errors_total\{.*phase="validate".*code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(text).toMatch(
      /^stream_upstream_request_duration_seconds_count\{operation="getApp",method="GET",route="\/api\/v2\/app",statusClass="2xx"\} 2$/m,
    );
    expect(text).toMatch(/^stream_rate_limit_remaining\{operation="getApp"\} \d+$/m);
    expect(text).toMatch(/^graphql_requests_in_flight \d+$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('METRICS_PORT serves them on their own port, and not on the public one', async () => {
    const probe = await import('node:net').then(
      ({ createServer }) =>
        new Promise<number>((resolve) => {
          const server = createServer().listen(0, '127.0.0.1', () => {
            const { port } = server.address() as { port: number };
            server.close(() => resolve(port));
          });
        }),
    );
    const gw = await gateway({ METRICS_PORT: String(probe) });
    await gw.post('query AppName { app { name } }');
    const own = await fetch(`http://127.0.0.1:${probe}/metrics`);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('graphql_requests_total{operationName="AppName"');
    const pub = await fetch(`${gw.base}/metrics`);
    expect(await pub.text()).not.toContain('graphql_requests_total');
  });
});
