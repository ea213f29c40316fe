import { connect } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/executableSchema.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/security/queryLimits.js';
import { DEFAULT_QUERY } from '../../src/yoga.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { deepDocument, pagedRootField } from './deepDocuments.js';
import { errorCodes, graphql, send, type RawResponse } from './http.js';
import { minimalCall } from './rootFieldCalls.js';

let gateway: TestGateway;
let userToken: string;
beforeAll(async () => {
  gateway = await startTestGateway();
  userToken = await gateway.userToken('security-user');
});
afterAll(() => gateway.close());

const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

function ask(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = GRAPHQL_RESPONSE) {
  return graphql(gateway.url, gateway.emulator, query, variables, { token: userToken, headers });
}

/** Refused for exceeding `name` (possibly other limits too), with no data and nothing sent upstream. */
function expectLimit(response: RawResponse, name: string) {
  expect(response.status, response.text.slice(0, 300)).toBe(400);
  expect(new Set(errorCodes(response))).toEqual(new Set(['QUERY_LIMIT_EXCEEDED']));
  expect(response.json?.errors?.map((error) => error.extensions?.limit?.name)).toContain(name);
  expect(response.json).not.toHaveProperty('data');
  expect(response.upstream).toBe(0);
}

const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('documents within the limits', () => {
  it("run GraphiQL's default query over the demo data, without a single error", async () => {
    const demo = await startTestGateway({ data: 'demo' });
    try {
      const response = await graphql(demo.url, demo.emulator, DEFAULT_QUERY, undefined, { token: demo.serverToken });
      expect(response.status).toBe(200);
      expect(response.json?.errors).toBeUndefined();
      expect(response.json?.data).toBeTruthy();
    } finally {
      await demo.close();
    }
  });

  it("run GraphiQL's introspection query, with every option it may ask for", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const response = await ask(query);
    expect(response.status).toBe(200);
    expect(response.json?.errors).toBeUndefined();
    expect((response.json?.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe(
      'Query',
    );
  });

  it('run with as many aliases as the limit allows', async () => {
    const response = await ask(`{ ${aliases(DEFAULT_QUERY_LIMITS.maxAliases, '__typename')} }`);
    expect(response.status).toBe(200);
    expect(response.json?.errors).toBeUndefined();
  });
});

describe('abusive documents are refused before any upstream request', () => {
  it('an alias bomb: 1,000 aliases of __typename (aliases limit)', async () => {
    const response = await ask(`{ ${aliases(1000, '__typename')} }`);
    expectLimit(response, 'aliases');
    expect(response.json?.errors?.map((error) => error.extensions?.limit)).toEqual([
      { name: 'aliases', max: DEFAULT_QUERY_LIMITS.maxAliases },
    ]);
  });

  it('an alias bomb: 1,000 aliased root fields (token limit)', async () => {
    expectLimit(await ask(`{ ${aliases(1000, 'task(id: "x") { id }')} }`), 'tokens');
  });

  it('a directive bomb', async () => {
    expectLimit(
      await ask(`{ __typename ${'@include(if: true) '.repeat(DEFAULT_QUERY_LIMITS.maxDirectives + 1)}}`),
      'directives',
    );
  });

  it('a depth bomb through a cycle of the schema (User → devices → user → ...)', async () => {
    const deep = deepDocument(schema, 100);
    expect(deep, 'the schema has no type cycle reachable from a root query field yet').toBeDefined();
    expectLimit(await ask(deep!.document, deep!.variables), 'depth');
  });

  it('a wide fragment cycle', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `F${i}`);
    const fragments = names.map(
      (name) => `fragment ${name} on Query { ${names.map((other) => `...${other}`).join(' ')} }`,
    );
    const response = await ask(`query { ...F0 } ${fragments.join(' ')}`);
    expect(response.status).toBe(400);
    expect(errorCodes(response).length).toBeGreaterThan(0);
    expect(errorCodes(response).every((code) => code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(response.upstream).toBe(0);
  });

  it('a fragment fan-out without a cycle (2^30 expansions)', async () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { __typename }`
        : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const response = await ask(`query { ...F0 } ${fragments.join(' ')}`);
    // Valid GraphQL, merged to one __typename by graphql-js; it must neither hang nor reach Stream.
    expectLimit(response, 'breadth');
  });

  it('a page size that multiplies the cost past the limit, decided per request from the variables', async () => {
    const paged = pagedRootField(schema);
    expect(paged, 'the schema has no paged root field (first/limit) yet').toBeDefined();
    const { root, argument } = paged!;
    const call = minimalCall(root, { actingUserId: 'security-user' });
    const type = String(root.field.args.find((arg) => arg.name === argument)!.type);
    const document = call.document
      .replace(
        /^query Probe(\((.*)\))?/,
        (_m, _h, defs?: string) => `query Probe(${defs ? `${defs}, ` : ''}$size: ${type})`,
      )
      .replace(
        new RegExp(`${root.field.name}(\\((.*?)\\))?`),
        (_m, _a, args?: string) => `${root.field.name}(${args ? `${args}, ` : ''}${argument}: $size)`,
      );
    const asServer = (size: number) =>
      graphql(
        gateway.url,
        gateway.emulator,
        document,
        { ...call.variables, size },
        { token: gateway.serverToken, headers: GRAPHQL_RESPONSE },
      );
    const small = await asServer(1);
    expect(errorCodes(small)).not.toContain('QUERY_LIMIT_EXCEEDED');
    expect(small.upstream).toBeGreaterThan(0);
    // A page size no connection takes is refused for what it is (test/graphql/connections.test.ts).
    const tooLarge = await asServer(1_000_000);
    expect(errorCodes(tooLarge)).toEqual(['BAD_USER_INPUT']);
    expect(tooLarge.upstream).toBe(0);
    // Within each page's bounds, pages of pages multiply the cost past the limit.
    const nested = await graphql(
      gateway.url,
      gateway.emulator,
      `
        query ($size: Int) {
          polls(first: $size) {
            nodes {
              votes(first: $size) {
                nodes {
                  id
                  option {
                    id
                  }
                  user {
                    id
                  }
                }
              }
            }
          }
        }
      `,
      { size: 100 },
      { token: gateway.serverToken, headers: GRAPHQL_RESPONSE },
    );
    expectLimit(nested, 'cost');
    // The same document again with a small page: the refusal was not cached by document.
    const again = await asServer(1);
    expect(errorCodes(again)).not.toContain('QUERY_LIMIT_EXCEEDED');
    expect(again.upstream).toBeGreaterThan(0);
  });
});

describe('limits are configurable', () => {
  let strict: TestGateway;
  beforeAll(async () => {
    strict = await startTestGateway({}, { queryLimits: { maxDepth: 2, maxBreadth: 3, maxCost: 2, maxTokens: 20 } });
  });
  afterAll(() => strict.close());

  const strictly = (query: string) =>
    graphql(strict.url, strict.emulator, query, undefined, { token: strict.serverToken, headers: GRAPHQL_RESPONSE });

  it('depth', async () => expectLimit(await strictly('{ task(id: "x") { error { type } } }'), 'depth'));
  it('breadth', async () =>
    expectLimit(await strictly('{ a: __typename b: __typename c: __typename d: __typename }'), 'breadth'));
  it('cost', async () => expectLimit(await strictly('{ task(id: "x") { id status } }'), 'cost'));
  it('tokens', async () => expectLimit(await strictly(`{ ${'__typename '.repeat(30)}}`), 'tokens'));
  it('a document within them still runs', async () => {
    const response = await strictly('{ task(id: "x") { id } }');
    // Stream knows no such task: null, without an error.
    expect(response.json?.data).toEqual({ task: null });
    expect(errorCodes(response)).toEqual([]);
    expect(response.upstream).toBe(1);
  });
  it('answers application/json clients 200 with the same error, as GraphQL over HTTP asks', async () => {
    const response = await graphql(strict.url, strict.emulator, '{ task(id: "x") { error { type } } }', undefined, {
      token: strict.serverToken,
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(new Set(errorCodes(response))).toEqual(new Set(['QUERY_LIMIT_EXCEEDED']));
    expect(response.upstream).toBe(0);
  });
});

describe('malformed and oversized requests', () => {
  it('a 10 MB JSON body: 413 before it is read', async () => {
    const body = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(10 * 1024 * 1024) } });
    const response = await send(gateway.url, gateway.emulator, {
      token: userToken,
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(413);
    expect(errorCodes(response)).toEqual(['REQUEST_ENTITY_TOO_LARGE']);
    expect(response.upstream).toBe(0);
  });

  it('a 10 MB JSON body sent chunked, without a Content-Length: 413 once 1 MB was read', async () => {
    // A raw socket, so that the answer is read even when the gateway closes the connection on the
    // rest of the body (a fetch would report only the reset of its unfinished upload).
    const { port } = new URL(gateway.url);
    const before = gateway.emulator.log.length;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      let received = '';
      let sent = 0;
      const pump = () => {
        while (sent < 10 * 1024 * 1024 && !socket.destroyed) {
          const chunk = 'x'.repeat(64 * 1024);
          sent += chunk.length;
          if (!socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)) return socket.once('drain', pump);
        }
        if (!socket.destroyed) socket.write('0\r\n\r\n');
      };
      socket.on('connect', () => {
        socket.write(
          `POST ${new URL(gateway.url).pathname} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
            `Authorization: Bearer ${userToken}\r\nTransfer-Encoding: chunked\r\n\r\n`,
        );
        socket.write('2e\r\n{"query":"{ __typename }","variables":{"pad":"\r\n');
        pump();
      });
      socket.on('data', (data) => {
        received += data.toString();
        if (/^HTTP\/1\.1 \d{3}/.test(received)) {
          socket.destroy();
          resolve(received);
        }
      });
      socket.on('error', () => (received ? resolve(received) : undefined));
      socket.on('close', () => (received ? resolve(received) : reject(new Error('closed without an answer'))));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(gateway.emulator.log.length).toBe(before);
  });

  it('a multipart body larger than the upload limit: 413', async () => {
    const small = await startTestGateway({}, { maxUploadBytes: 1024, maxRequestBytes: 1024 });
    try {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: '{ __typename }' }));
      form.set('map', '{}');
      form.set('0', new Blob(['x'.repeat(10_000)]), 'big.txt');
      const response = await send(small.url, small.emulator, {
        token: small.serverToken,
        headers: { 'x-graphql-csrf': '1' },
        body: form,
      });
      expect(response.status).toBe(413);
      expect(response.upstream).toBe(0);
    } finally {
      await small.close();
    }
  });

  it.each([
    ['truncated JSON', '{"query": "{ __typename }", '],
    ['not JSON at all', 'query { __typename }'],
    ['a JSON string instead of an object', '"{ __typename }"'],
  ])('%s: 400 BAD_REQUEST', async (_name, body) => {
    const response = await send(gateway.url, gateway.emulator, {
      token: userToken,
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(response.upstream).toBe(0);
  });

  it('a GraphQL syntax error: 400 GRAPHQL_PARSE_FAILED', async () => {
    const response = await ask('{ task(id: "x") { id }');
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(response.upstream).toBe(0);
  });

  it.each([
    ['an object for an ID', { id: { nested: true } }],
    ['a number for a required String input field', { input: { url: 42 } }],
    ['null for a required variable', { id: null }],
  ])('a variable of the wrong type (%s): 400 BAD_USER_INPUT', async (_name, variables) => {
    const query =
      'input' in variables
        ? 'mutation($input: DeleteUploadInput!) { deleteFile(input: $input) { deletedUrl } }'
        : 'query($id: ID!) { task(id: $id) { id } }';
    const response = await ask(query, variables);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.upstream).toBe(0);
  });

  it('a batched request: refused with 400 unless batching is configured', async () => {
    const body = JSON.stringify([{ query: '{ task(id: "a") { id } }' }, { query: '{ task(id: "b") { id } }' }]);
    const response = await send(gateway.url, gateway.emulator, {
      token: gateway.serverToken,
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(response.upstream).toBe(0);
  });

  it('a batch within a configured batch limit runs, one past it is refused', async () => {
    const batching = await startTestGateway({}, { batchLimit: 2 });
    try {
      const batch = (count: number) =>
        send(batching.url, batching.emulator, {
          token: batching.serverToken,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(Array.from({ length: count }, () => ({ query: '{ __typename }' }))),
        });
      const allowed = await batch(2);
      expect(allowed.status).toBe(200);
      expect(allowed.json).toHaveLength(2);
      const refused = await batch(3);
      expect(refused.status).toBe(413);
    } finally {
      await batching.close();
    }
  });
});
