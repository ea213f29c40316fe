import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gatewayProcess.js';

// A real OTLP/HTTP receiver on loopback: the gateway's exporter posts its spans here as JSON.

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

let receiver: Server;
let emulator: Emulator;
let gateway: GatewayProcess;
const spans: OtlpSpan[] = [];
const serviceNames = new Set<string>();

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body = Buffer.concat(chunks);
      if (request.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      const payload = JSON.parse(body.toString('utf8'));
      for (const resourceSpans of payload.resourceSpans ?? []) {
        for (const attribute of resourceSpans.resource?.attributes ?? [])
          if (attribute.key === 'service.name') serviceNames.add(attribute.value.stringValue);
        for (const scope of resourceSpans.scopeSpans ?? []) spans.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  emulator = await startEmulator({ data: 'demo' });
  gateway = await startGatewayProcess(emulator, {
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
    OTEL_SERVICE_NAME: 'gateway-under-test',
    OTEL_BSP_SCHEDULE_DELAY: '50',
  });
}, 60_000);
afterAll(async () => {
  gateway?.process.kill();
  await emulator?.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

function attribute(span: OtlpSpan, key: string): unknown {
  const value = span.attributes.find((entry) => entry.key === key)?.value;
  return value ? Object.values(value)[0] : undefined;
}

describe('tracing', { timeout: 60_000 }, () => {
  it('continues the caller’s traceparent, passes it on to Stream, and exports the spans over OTLP/HTTP', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const answer = await gateway.post('query TracedApp { app { name } }', {
      authorization: `Bearer ${gateway.serverToken}`,
      traceparent: `00-${traceId}-${callerSpan}-01`,
    });
    expect((await answer.json()).errors).toBeUndefined();

    // The emulator received the same trace, with the client span as parent.
    const upstream = emulator.log.find((entry) => entry.operation === 'getApp');
    expect(upstream?.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    await expect
      .poll(() => spans.filter((span) => span.traceId === traceId).length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(5);
    const trace = spans.filter((span) => span.traceId === traceId);
    const byName = (name: string) => trace.find((span) => span.name === name)!;
    const server = byName('POST /graphql');
    expect(server.parentSpanId).toBe(callerSpan);
    expect(server.kind).toBe(2);
    expect(attribute(server, 'http.response.status_code')).toBe(200);
    for (const phase of ['graphql.parse', 'graphql.validate', 'graphql.execute TracedApp'])
      expect(byName(phase).parentSpanId).toBe(server.spanId);
    const client = byName('getApp');
    expect(client.kind).toBe(3);
    expect(client.parentSpanId).toBe(byName('graphql.execute TracedApp').spanId);
    expect(attribute(client, 'http.request.method')).toBe('GET');
    expect(attribute(client, 'url.template')).toBe('/api/v2/app');
    expect(attribute(client, 'http.response.status_code')).toBe(200);
    expect(upstream!.traceparent).toContain(client.spanId);
    expect(serviceNames).toContain('gateway-under-test');
  });

  it('a failed Stream call: its span carries the status and Stream’s error code', async () => {
    emulator.controls.forcedErrors.push({ operation: 'getApp', status: 400, code: 4, times: 1 });
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    await gateway.post('query FailingApp { app { name } }', {
      authorization: `Bearer ${gateway.serverToken}`,
      traceparent: `00-${traceId}-b7ad6b7169203331-01`,
    });
    await expect
      .poll(() => spans.find((span) => span.traceId === traceId && span.name === 'getApp'), { timeout: 20_000 })
      .toBeDefined();
    const client = spans.find((span) => span.traceId === traceId && span.name === 'getApp')!;
    expect(attribute(client, 'http.response.status_code')).toBe(400);
    expect(attribute(client, 'stream.error_code')).toBe(4);
  });
});
