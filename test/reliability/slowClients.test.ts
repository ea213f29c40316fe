import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gatewayProcess.js';

// Slow-header and slow-body clients may not hold a connection: the server's timeouts cut them, and
// it checks them every second (connectionsCheckingInterval), not every 30 s. MAX_CONNECTIONS caps
// the sockets one gateway keeps open.

let emulator: Emulator;
let gateway: GatewayProcess;

beforeAll(async () => {
  emulator = await startEmulator({ data: 'empty' });
  gateway = await startGatewayProcess(emulator, {
    HEADERS_TIMEOUT_MS: '1000',
    HTTP_REQUEST_TIMEOUT_MS: '2000',
    MAX_CONNECTIONS: '20',
  });
}, 60_000);
afterAll(async () => {
  gateway?.process.kill();
  await emulator?.close();
});

/**
 * Opens a raw connection, writes `first`, then trickles a byte a second until the server ends it:
 * it settles only when the server closes the socket, so settling is the proof of the disconnect.
 */
function trickle(first: string): Promise<string> {
  const { port } = new URL(gateway.base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(first));
    let answer = '';
    const timer = setInterval(() => socket.writable && socket.write('a'), 1000);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve(answer);
    });
  });
}

it('a client that never finishes its headers is answered 408 and disconnected', { timeout: 30_000 }, async () => {
  const answer = await trickle('POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ');
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
});

it('a client that never finishes its body is answered 408 and disconnected', { timeout: 30_000 }, async () => {
  const answer = await trickle(
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n' +
      `Authorization: Bearer ${gateway.serverToken}\r\n\r\n{"query":"`,
  );
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
  expect(emulator.log).toHaveLength(0);
});

it(
  'MAX_CONNECTIONS: connections past the cap are dropped, and the gateway still serves',
  { timeout: 30_000 },
  async () => {
    const { port } = new URL(gateway.base);
    const held = await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<import('node:net').Socket>((resolve) => {
            const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
            socket.on('error', () => undefined);
          }),
      ),
    );
    const extra = await trickle('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(extra).toBe('');
    for (const socket of held) socket.destroy();
    await expect.poll(async () => (await fetch(`${gateway.base}/health`).catch(() => undefined))?.status).toBe(200);
  },
);
