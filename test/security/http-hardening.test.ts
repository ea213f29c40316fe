import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { errorCodes, graphql, send } from './http.js';

const TYPENAME = '{ __typename }';

describe('cross-site request forgery', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway.close());

  it('refuses a GET without a CSRF header with 403, even with a valid token', async () => {
    const response = await send(gateway.url, gateway.emulator, {
      method: 'GET',
      token: gateway.serverToken,
      search: { query: TYPENAME },
    });
    expect(response.status).toBe(403);
    expect(errorCodes(response)).toEqual(['CSRF_HEADER_REQUIRED']);
  });

  it('runs a GET query that carries a CSRF header', async () => {
    const response = await send(gateway.url, gateway.emulator, {
      method: 'GET',
      token: gateway.serverToken,
      headers: { 'x-graphql-csrf': '1', accept: 'application/json' },
      search: { query: TYPENAME },
    });
    expect(response.status).toBe(200);
    expect(response.json?.data).toEqual({ __typename: 'Query' });
  });

  it('never runs a mutation over GET', async () => {
    const response = await send(gateway.url, gateway.emulator, {
      method: 'GET',
      token: gateway.serverToken,
      headers: { 'x-graphql-csrf': '1' },
      search: { query: 'mutation { deleteFile(input: { url: "http://127.0.0.1:9/x" }) { url } }' },
    });
    expect(response.status).toBe(405);
    expect(response.upstream).toBe(0);
  });

  it.each([
    [
      'multipart/form-data',
      () => {
        const form = new FormData();
        form.set('operations', JSON.stringify({ query: TYPENAME }));
        form.set('map', '{}');
        return { body: form, headers: {} };
      },
    ],
    [
      'application/x-www-form-urlencoded',
      () => ({
        body: `query=${encodeURIComponent(TYPENAME)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    ],
    ['text/plain', () => ({ body: JSON.stringify({ query: TYPENAME }), headers: { 'content-type': 'text/plain' } })],
  ])('refuses a %s POST (no preflight) without a CSRF header with 403', async (_type, make) => {
    const { body, headers } = make();
    const response = await send(gateway.url, gateway.emulator, { token: gateway.serverToken, body, headers });
    expect(response.status).toBe(403);
    expect(errorCodes(response)).toEqual(['CSRF_HEADER_REQUIRED']);
  });

  it('accepts a multipart POST with a CSRF header', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: TYPENAME }));
    form.set('map', '{}');
    const response = await send(gateway.url, gateway.emulator, {
      token: gateway.serverToken,
      body: form,
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(response.status).toBe(200);
    expect(response.json?.data).toEqual({ __typename: 'Query' });
  });
});

describe('CORS', () => {
  const preflight = (gateway: TestGateway, origin: string) =>
    send(gateway.url, gateway.emulator, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('by default allows no other origin: no CORS headers at all', async () => {
    const gateway = await startTestGateway();
    try {
      const response = await preflight(gateway, 'https://evil.example');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const post = await graphql(gateway.url, gateway.emulator, TYPENAME, undefined, {
        token: gateway.serverToken,
        headers: { origin: 'https://evil.example' },
      });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await gateway.close();
    }
  });

  it('answers listed origins only, without credentials', async () => {
    const gateway = await startTestGateway({}, { corsOrigins: ['https://app.example', 'https://admin.example'] });
    try {
      const allowed = await preflight(gateway, 'https://admin.example');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.example');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const refused = await preflight(gateway, 'https://evil.example');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const post = await graphql(gateway.url, gateway.emulator, TYPENAME, undefined, {
        token: gateway.serverToken,
        headers: { origin: 'https://app.example' },
      });
      expect(post.headers.get('access-control-allow-origin')).toBe('https://app.example');
    } finally {
      await gateway.close();
    }
  });
});

it('suggests field names while introspection is on', async () => {
  const gateway = await startTestGateway();
  try {
    const typo = await graphql(gateway.url, gateway.emulator, '{ tsak(id: "x") { id } }', undefined, {
      token: gateway.serverToken,
    });
    expect(typo.json?.errors?.[0]?.message).toContain('Did you mean "task"?');
  } finally {
    await gateway.close();
  }
});

describe('introspection and GraphiQL can be switched off', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({}, { introspection: false, graphiql: false });
  });
  afterAll(() => gateway.close());

  it.each([
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type', '{ __type(name: "Query") { name } }'],
    ['__schema inside a fragment', 'query { ...F } fragment F on Query { __schema { types { name } } }'],
  ])('refuses %s', async (_name, query) => {
    const response = await graphql(gateway.url, gateway.emulator, query, undefined, { token: gateway.serverToken });
    expect(new Set(errorCodes(response))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(response.json?.data).toBeUndefined();
  });

  it('still answers __typename, and hides the field suggestions a typo would get', async () => {
    expect(
      (await graphql(gateway.url, gateway.emulator, TYPENAME, undefined, { token: gateway.serverToken })).json?.data,
    ).toEqual({ __typename: 'Query' });
    const typo = await graphql(gateway.url, gateway.emulator, '{ tsak(id: "x") { id } }', undefined, {
      token: gateway.serverToken,
    });
    expect(typo.json?.errors?.[0]?.message).toBe('Cannot query field "tsak" on type "Query".');
  });

  it.each([
    ['an argument', '{ task(idd: "x") { id } }', 'idd'],
    ['a type', 'query ($id: Strng!) { task(id: $id) { id } }', 'Strng'],
    ['an enum value', '{ polls(orderBy: [{ field: NAME, direction: AS }]) { edges { cursor } } }', 'AS'],
  ])('hides the suggestions for a misspelled %s', async (_name, query, typo) => {
    const response = await graphql(gateway.url, gateway.emulator, query, undefined, { token: gateway.serverToken });
    const messages = response.json?.errors?.map((error) => error.message) ?? [];
    expect(messages.some((message) => message.includes(typo))).toBe(true);
    expect(messages.join(' ')).not.toContain('Did you mean');
  });

  it('serves no GraphiQL page', async () => {
    const page = await send(gateway.url, gateway.emulator, { method: 'GET', headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(page.text).not.toContain('<html');
  });
});

describe('trusted documents', () => {
  const document = 'query Typename { __typename }';
  const hash = createHash('sha256').update(document).digest('hex');
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({}, { persistedDocuments: new Map([[`sha256:${hash}`, document]]) });
  });
  afterAll(() => gateway.close());

  const post = (body: unknown, token?: string) =>
    send(gateway.url, gateway.emulator, {
      token: token ?? gateway.serverToken,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    });

  it('runs a persisted document named by documentId', async () => {
    const response = await post({ documentId: `sha256:${hash}` });
    expect(response.status).toBe(200);
    expect(response.json?.data).toEqual({ __typename: 'Query' });
  });

  it("runs a persisted document named by Apollo's persistedQuery extension", async () => {
    const response = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(response.json?.data).toEqual({ __typename: 'Query' });
  });

  it('refuses any document sent in the request, even a persisted one, before any upstream request', async () => {
    const arbitrary = await post({ query: '{ task(id: "x") { id } }' });
    expect(arbitrary.status).toBe(400);
    expect(errorCodes(arbitrary)).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(arbitrary.upstream).toBe(0);
    expect(errorCodes(await post({ query: document }))).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it('refuses an unknown id and a request naming none', async () => {
    expect(errorCodes(await post({ documentId: 'sha256:0000' }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(errorCodes(await post({ variables: {} }))).toEqual(['PERSISTED_QUERY_ID_REQUIRED']);
  });

  it('still authenticates first', async () => {
    const response = await send(gateway.url, gateway.emulator, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: `sha256:${hash}` }),
    });
    expect(response.status).toBe(401);
  });
});
