import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type GraphQLResult, type TestGateway } from '../support/gateway.js';

/**
 * Depth, breadth and cost are measured once per document and values of the variables the cost
 * depends on (src/security/queryLimits.ts); a measure kept for one request must never let
 * another one through. With a cost limit of 100, `polls(first: n) { edges { node { id } } }`
 * costs 1 + 3n: 7 for n = 2, 76 for the default page of 25, 121 for n = 40.
 */

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({}, { queryLimits: { maxCost: 100 } });
});
afterAll(() => gateway.close());

const limitNames = (result: GraphQLResult) =>
  (result.errors ?? []).filter((e) => e.extensions?.code === 'QUERY_LIMIT_EXCEEDED').map((e) => e.extensions?.limit);

async function expectCost(query: string, variables: Record<string, unknown> | undefined, exceeded: number | false) {
  const result = await gateway.query(query, variables);
  if (exceeded === false) {
    expect(limitNames(result), JSON.stringify(result.errors)).toEqual([]);
    expect(result.data).toBeTruthy();
  } else {
    expect(limitNames(result)).toEqual([{ name: 'cost', max: 100, actual: exceeded }]);
    expect(result.data).toBeUndefined();
  }
}

const PAGED = 'query Paged($n: Int) { polls(first: $n) { edges { node { id } } } }';

describe('the measure kept per document', () => {
  it('follows the page size variable, request after request', async () => {
    await expectCost(PAGED, { n: 2 }, false);
    await expectCost(PAGED, { n: 40 }, 121);
    await expectCost(PAGED, { n: 2 }, false);
    await expectCost(PAGED, { n: 40 }, 121);
    await expectCost(PAGED, { n: 40 }, 121);
  });

  it('tells a variable left out (its default applies) from one sent as null', async () => {
    const query = 'query Defaulted($n: Int = 40) { polls(first: $n) { edges { node { id } } } }';
    await expectCost(query, { n: null }, false);
    await expectCost(query, {}, 121);
    await expectCost(query, undefined, 121);
    await expectCost(query, { n: null }, false);
  });

  it('ignores variables the cost does not depend on, whatever their values', async () => {
    const query =
      'query Named($n: Int, $name: String) { polls(first: $n, where: { name: { eq: $name } }) { edges { node { id } } } }';
    await expectCost(query, { n: 40, name: 'a' }, 121);
    await expectCost(query, { n: 40, name: 'b' }, 121);
    await expectCost(query, { n: 2, name: 'a' }, false);
    await expectCost(query, { n: 2, name: 'c' }, false);
  });

  it('counts fields under @include whatever its variable says, as the measure always did', async () => {
    const query = `query Optional($big: Boolean!) {
      small: polls(first: 10) { edges { node { id } } }
      big: polls(first: 30) @include(if: $big) { edges { node { id } } }
    }`;
    await expectCost(query, { big: false }, 122);
    await expectCost(query, { big: true }, 122);
  });

  it('tells operations of one document apart', async () => {
    const query = `query Small { polls(first: 2) { edges { node { id } } } }
      query Large { polls(first: 40) { edges { node { id } } } }`;
    const small = await fetchNamed(query, 'Small');
    expect(small.errors).toBeUndefined();
    const large = await fetchNamed(query, 'Large');
    expect(large.errors?.map((e) => e.extensions?.limit)).toEqual([{ name: 'cost', max: 100, actual: 121 }]);
  });

  it('is not taken from a request whose variables did not coerce', async () => {
    const query =
      'query Required($n: Int, $id: ID!) { polls(first: $n, where: { id: { in: [$id] } }) { edges { node { id } } } }';
    // $id missing: the cost rule skips the operation, execution refuses the variables.
    const refused = await gateway.query(query, { n: 40 });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // The same page size with valid variables is still measured, and refused.
    await expectCost(query, { n: 40, id: 'p1' }, 121);
  });
});

async function fetchNamed(query: string, operationName: string): Promise<GraphQLResult> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.serverToken}` },
    body: JSON.stringify({ query, operationName }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
