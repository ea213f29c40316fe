import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildASTSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { incrementalParts as partsFrom } from '../support/incrementalParts.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo' });
});
afterAll(() => gateway.close());

/** Sends a document to this gateway asking for a multipart answer and reads every part. */
const incrementalParts = (query: string, token: string) => partsFrom(gateway.url, query, token);

describe('@defer and @stream over HTTP multipart', () => {
  it("@defer sends a poll's options first and its votes with voters in a later part", async () => {
    const { contentType, parts } = await incrementalParts(
      `query PollPage {
        poll(id: "poll-03") {
          id
          options { id text }
          ... @defer(label: "votes") {
            votes(first: 5) { edges { node { id user { id name } } } }
          }
        }
      }`,
      gateway.serverToken,
    );
    expect(contentType).toMatch(/^multipart\/mixed/);
    expect(parts.length).toBeGreaterThanOrEqual(2);

    const [first, ...later] = parts;
    expect(first!.hasNext).toBe(true);
    expect(first!.data.poll.options.length).toBeGreaterThan(0);
    expect(first!.data.poll).not.toHaveProperty('votes');

    const deferred = later.flatMap((part) => part.incremental ?? []);
    expect(deferred).toHaveLength(1);
    expect(deferred[0]!.path).toEqual(['poll']);
    const edges = deferred[0]!.data.votes.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge.node.user.id).toEqual(expect.any(String));
    expect(parts.at(-1)!.hasNext).toBe(false);
  });

  it('@stream sends the first options at once and the rest as items', async () => {
    const whole = await gateway.queryData('{ poll(id: "poll-03") { options { id } } }', undefined, gateway.serverToken);
    const optionIds = whole.poll.options.map((option: { id: string }) => option.id);
    expect(optionIds.length).toBeGreaterThanOrEqual(2);

    const { parts } = await incrementalParts(
      '{ poll(id: "poll-03") { options @stream(initialCount: 1) { id } } }',
      gateway.serverToken,
    );
    expect(parts[0]!.data.poll.options.map((option: { id: string }) => option.id)).toEqual(optionIds.slice(0, 1));
    const streamed = parts.flatMap((part) => part.incremental ?? []).flatMap((entry) => entry.items ?? []);
    expect(streamed.map((option: any) => option.id)).toEqual(optionIds.slice(1));
  });

  it.each([
    ['a query', '{ poll(id: "poll-03") { id ... @defer { voteCount } } }'],
    ['a mutation', 'mutation { createPoll(input: { name: "Lunch?" }) { poll { id ... @defer { name } } } }'],
  ])(
    '%s asking for parts from a JSON-only caller is told 406 NOT_ACCEPTABLE before any upstream call',
    async (_, query) => {
      const upstream = await gateway.countUpstream(async () => {
        const response = await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            authorization: `Bearer ${gateway.serverToken}`,
          },
          body: JSON.stringify({ query }),
        });
        expect(response.status).toBe(406);
        const body = await response.json();
        expect(body.data ?? null).toBeNull();
        expect(body.errors[0].extensions.code).toBe('NOT_ACCEPTABLE');
        expect(body.errors[0].message).toContain('multipart/mixed');
      });
      expect(upstream.total).toBe(0);
    },
  );
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('schema.graphql', () => {
  it('declares @defer and @stream, so that tools building from the file accept documents using them', () => {
    const file = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    // The file's federation directives (@link, @key) are declared by the federation spec, not in it.
    const fromFile = buildASTSchema(parse(file), { assumeValidSDL: true });
    const document = parse(/* GraphQL */ `
      query PollPage {
        poll(id: "poll-03") {
          options @stream(initialCount: 1) {
            id
          }
          ... @defer(label: "votes") {
            voteCount
          }
        }
      }
    `);
    expect(validate(fromFile, document).map((error) => error.message)).toEqual([]);
    expect(fromFile.getDirective('defer')?.locations).toEqual(['FRAGMENT_SPREAD', 'INLINE_FRAGMENT']);
    expect(fromFile.getDirective('stream')?.locations).toEqual(['FIELD']);
  });
});

describe('automatic persisted queries', () => {
  const query = 'query AppName { app { name } }';
  const persistedQuery = { version: 1, sha256Hash: sha256(query) };
  const post = (body: unknown) =>
    fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.serverToken}` },
      body: JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));

  it('a hash-only request works after one registration, and not before', async () => {
    const before = await post({ extensions: { persistedQuery } });
    expect(before.body.errors[0].message).toBe('PersistedQueryNotFound');
    expect(before.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.body.data.app.name).toEqual(expect.any(String));

    const upstream = await gateway.countUpstream(async () => {
      const hashOnly = await post({ extensions: { persistedQuery } });
      expect(hashOnly.status).toBe(200);
      expect(hashOnly.body.data).toEqual(registered.body.data);
    });
    expect(upstream.byOperation).toEqual({ getApp: 1 });
  });

  it('a registration whose text does not match its hash is refused and stores nothing', async () => {
    const forged = { version: 1, sha256Hash: sha256('query Other { app { name } }') };
    const refused = await post({ query, extensions: { persistedQuery: forged } });
    expect(refused.body.errors[0].message).toBe('PersistedQueryMismatch');
    const after = await post({ extensions: { persistedQuery: forged } });
    expect(after.body.errors[0].message).toBe('PersistedQueryNotFound');
  });

  it('is off in trusted-documents mode: only the trusted list runs', async () => {
    const trusted = await startTestGateway({ data: 'demo' }, { persistedDocuments: new Map() });
    try {
      const response = await fetch(`${trusted.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${trusted.serverToken}` },
        body: JSON.stringify({ query, extensions: { persistedQuery } }),
      });
      const body = await response.json();
      expect(body.data ?? null).toBeNull();
      expect(body.errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
      const hashOnly = await fetch(`${trusted.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${trusted.serverToken}` },
        body: JSON.stringify({ extensions: { persistedQuery } }),
      }).then((r) => r.json());
      expect(hashOnly.data ?? null).toBeNull();
      expect(hashOnly.errors[0].message).not.toBe('PersistedQueryNotFound');
    } finally {
      await trusted.close();
    }
  });
});
