import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());

/** mulberry32: a small seeded PRNG, so that every run sends the same 2,000 requests. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(0x5eed11);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const ID_SHAPES: readonly (() => unknown)[] = [
  () => '',
  () => '\uD800',
  () => `a\uDC00b`,
  () => 'x'.repeat(1 + Math.floor(random() * 300_000)),
  () => '用户-🚀-ü',
  () => 'user-001',
  () => ' ',
  () => '../../etc/passwd',
  () => '%2F%00',
  () => 12345,
  () => null,
  () => true,
  () => ['a', 'b'],
  () => ({ id: 'x' }),
];

/** JSON text nested `depth` levels deep, written as text: JSON.stringify itself recurses. */
function nestedJson(depth: number): string {
  let text = '1';
  for (let i = 0; i < depth; i++) text = random() < 0.5 ? `[${text}]` : `{"a":${text}}`;
  return text;
}

function nestedLiteral(depth: number): string {
  let text = '1';
  for (let i = 0; i < depth; i++) text = random() < 0.5 ? `[${text}]` : `{ a: ${text} }`;
  return text;
}

interface Case {
  body: string;
}

function variablesCase(query: string, variables: Record<string, unknown>): Case {
  return { body: JSON.stringify({ query, variables }) };
}

const CASES: readonly (() => Case)[] = [
  () => variablesCase('query ($id: ID!) { user(id: $id) { id } }', { id: pick(ID_SHAPES)() }),
  () => variablesCase('query ($id: ID!) { poll(id: $id) { id } }', { id: pick(ID_SHAPES)() }),
  () => variablesCase('query ($id: ID!) { task(id: $id) { id } }', { id: pick(ID_SHAPES)() }),
  () => variablesCase('query ($id: ID!) { userGroup(id: $id) { id } }', { id: pick(ID_SHAPES)() }),
  () =>
    variablesCase('query ($ids: [ID!]) { users(first: 5, where: { id: { in: $ids } }) { edges { node { id } } } }', {
      ids: Array.from({ length: pick([0, 1, 101, 10_000]) }, () =>
        pick(['a', '', '\uD800', 'user-001', 'é'.repeat(300)]),
      ),
    }),
  () => ({
    body: `{"query":"mutation ($c: JSONObject) { upsertUsers(input: { users: [{ id: \\"fz\\", custom: $c }] }) { users { id } } }","variables":{"c":{"v":${nestedJson(pick([1, 10, 62, 66, 200, 5000]))}}}}`,
  }),
  () => ({
    body: JSON.stringify({
      query: `mutation { upsertUsers(input: { users: [{ id: "fz", custom: { v: ${nestedLiteral(pick([5, 64, 70, 1200]))} } }] }) { users { id } } }`,
    }),
  }),
  () =>
    variablesCase('query ($t: DateTime) { userGroups(first: 5, createdAtGt: $t) { edges { node { id } } } }', {
      t: pick(['2026-01-01T00:00:00.123456789Z', 'yesterday', '', '2026-02-31T00:00:00Z', 12, '9'.repeat(40)]),
    }),
  () =>
    variablesCase('query ($n: Int) { polls(first: $n) { edges { node { id } } } }', {
      n: pick([-1, 0, 1, 2 ** 31, 1e308, '5', null, 2 ** 53]),
    }),
  () => ({ body: pick(['{', '[]', 'null', '"x"', '{"query": 5}', `{"query":"{ user(id: \\"\\ud800\\") { id } }"}`]) }),
  () => ({
    body: `{"query":"query ($v: JSON) { __typename }","variables":{"v":${'['.repeat(4000)}${']'.repeat(4000)}}}`,
  }),
  () => ({
    body: `{"query":"{ user(id: \\"${'9'.repeat(30)}\\") { id custom } }","variables":{"n":${'9'.repeat(30)}}}`,
  }),
];

it('2,000 generated requests: no INTERNAL_SERVER_ERROR, no HTTP 5xx', { timeout: 60_000 }, async () => {
  let fivexx = 0;
  let internal = 0;
  const failures: string[] = [];
  const cases = Array.from({ length: 2000 }, () => pick(CASES)());
  for (let start = 0; start < cases.length; start += 20) {
    await Promise.all(
      cases.slice(start, start + 20).map(async ({ body }) => {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.serverToken}` },
          body,
        });
        const text = await response.text();
        if (response.status >= 500) fivexx++;
        if (text.includes('INTERNAL_SERVER_ERROR')) internal++;
        if ((response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR')) && failures.length < 5)
          failures.push(`${response.status} ${body.slice(0, 160)} → ${text.slice(0, 300)}`);
      }),
    );
  }
  expect(failures).toEqual([]);
  expect({ fivexx, internal }).toEqual({ fivexx: 0, internal: 0 });
});
