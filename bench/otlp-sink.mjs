// The benchmark's OTLP/HTTP receiver for the gateway+tracing contender: answers 200 to every
// POST /v1/traces and throws the spans away, counting requests, bytes and spans (GET /stats).
// Its own process, so that taking the spans costs the load generator nothing. Bench-only.
// Hand-written: a collector (otelcol) is a Go binary outside npm, and nothing here needs more
// than an HTTP 200.
import { createServer } from 'node:http';
import { Buffer } from 'node:buffer';
import process from 'node:process';

const port = Number(process.env.OTLP_SINK_PORT);
const stats = { requests: 0, bytes: 0, spans: 0 };
const SPAN_ID = Buffer.from('"spanId"');

function countSpans(body) {
  let count = 0;
  for (let i = body.indexOf(SPAN_ID); i !== -1; i = body.indexOf(SPAN_ID, i + SPAN_ID.length)) count++;
  return count;
}

createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    if (request.method === 'POST' && request.url === '/v1/traces') {
      const body = Buffer.concat(chunks);
      stats.requests++;
      stats.bytes += body.length;
      // The exporter sends OTLP/JSON by default; a protobuf body counts no spans.
      if ((request.headers['content-type'] ?? '').includes('json')) stats.spans += countSpans(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    } else {
      response.writeHead(404).end();
    }
  });
}).listen(port, '127.0.0.1');
