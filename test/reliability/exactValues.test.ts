import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.close());

/** Posts a GraphQL body as written (so that its numbers are not rounded by JSON.stringify) and answers the raw text. */
async function postRaw(body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.serverToken}` },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** What the emulator received as body text for the last call of `operation`. */
function lastUpstreamBody(operation: string): unknown {
  const entry = [...gateway.emulator.log].reverse().find((logged) => logged.operation === operation);
  return entry?.body;
}

const BIG = '9007199254740993'; // 2^53 + 1: JSON.parse reads it as 9007199254740992
const NEGATIVE_BIG = '-123456789012345678901234567890';
const NANOS = '2026-01-01T01:00:00.123456789Z';

describe('integers beyond 2^53', () => {
  it('a variable keeps every digit upstream, in the emulator and back in the answer', async () => {
    const query = `mutation ($input: UpsertUsersInput!) { upsertUsers(input: $input) { users { id custom } } }`;
    const body = `{"query":${JSON.stringify(query)},"variables":{"input":{"users":[{"id":"big-var","custom":{"big":${BIG},"neg":${NEGATIVE_BIG},"small":42,"stamp":"${NANOS}"}}]}}}`;
    const written = await postRaw(body);
    expect(written.status).toBe(200);
    expect(written.text).toContain(`"big":${BIG}`);
    expect(written.text).toContain(`"neg":${NEGATIVE_BIG}`);
    expect(written.text).toContain(`"stamp":"${NANOS}"`);
    const upstream = lastUpstreamBody('updateUsers') as { users: Record<string, { custom: Record<string, unknown> }> };
    expect(upstream.users['big-var']!.custom.big).toBe(BigInt(BIG));

    const read = await postRaw(JSON.stringify({ query: '{ user(id: "big-var") { custom } }' }));
    expect(read.text).toContain(`"big":${BIG}`);
    expect(read.text).toContain(`"neg":${NEGATIVE_BIG}`);
    expect(read.text).toContain('"small":42');
  });

  it('a literal in the document keeps every digit too', async () => {
    const query = `mutation { upsertUsers(input: { users: [{ id: "big-literal", custom: { big: ${BIG} } }] }) { users { custom } } }`;
    const written = await postRaw(JSON.stringify({ query }));
    expect(written.text).toContain(`"big":${BIG}`);
    const read = await postRaw(JSON.stringify({ query: '{ user(id: "big-literal") { custom } }' }));
    expect(read.text).toContain(`"big":${BIG}`);
  });

  it('read and written back, a value stays the same', async () => {
    await postRaw(
      `{"query":"mutation ($u: [UserInput!]!) { upsertUsers(input: { users: $u }) { users { id } } }","variables":{"u":[{"id":"big-copy","custom":{"v":${BIG}}}]}}`,
    );
    const read = await postRaw(JSON.stringify({ query: '{ user(id: "big-copy") { custom } }' }));
    const custom = /"custom":(\{[^}]*\})/.exec(read.text)![1]!;
    await postRaw(
      `{"query":"mutation ($u: [UserInput!]!) { upsertUsers(input: { users: $u }) { users { id } } }","variables":{"u":[{"id":"big-copy","custom":${custom}}]}}`,
    );
    const again = await postRaw(JSON.stringify({ query: '{ user(id: "big-copy") { custom } }' }));
    expect(again.text).toContain(`"v":${BIG}`);
  });
});

describe('nanosecond instants', () => {
  it('a DateTime written with nanoseconds reads back with every digit', async () => {
    await gateway.queryData('mutation { upsertUsers(input: { users: [{ id: "walker" }] }) { users { id } } }');
    const data = await gateway.queryData(
      `mutation ($input: UpdateLiveLocationInput!) { updateLiveLocation(input: $input) { location { endAt } } }`,
      {
        input: {
          userId: 'walker',
          messageId: 'm-ns',
          latitude: 1,
          longitude: 2,
          endAt: '2099-01-01T01:00:00.123456789+01:00',
        },
      },
    );
    expect(data.updateLiveLocation.location.endAt).toBe('2099-01-01T00:00:00.123456789Z');
    const listed = await gateway.queryData('{ user(id: "walker") { liveLocations { endAt } } }');
    expect(listed.user.liveLocations[0].endAt).toBe('2099-01-01T00:00:00.123456789Z');
  });

  it('timestamps inside JSON fields pass through byte-identical', async () => {
    const odd = '2026-01-01T01:00:00.100000+00:00';
    await gateway.queryData(
      'mutation ($c: JSONObject) { upsertUsers(input: { users: [{ id: "json-stamps", custom: $c }] }) { users { id } } }',
      {
        c: { at: odd, nanos: NANOS },
      },
    );
    const read = await postRaw(JSON.stringify({ query: '{ user(id: "json-stamps") { custom } }' }));
    expect(read.text).toContain(`"at":"${odd}"`);
    expect(read.text).toContain(`"nanos":"${NANOS}"`);
  });

  it('userGroups(createdAtGt: X) excludes the group created at X: paging by time repeats no row', async () => {
    for (let i = 0; i < 6; i++)
      await gateway.queryData(`mutation { createUserGroup(input: { name: "by-time-${i}" }) { userGroup { id } } }`);
    const all = await gateway.queryData('{ userGroups(first: 100) { edges { node { id createdAt } } } }');
    const groups: { id: string; createdAt: string }[] = all.userGroups.edges.map((edge: any) => edge.node);
    // Stream writes microseconds, so groups made within one millisecond still have distinct times.
    expect(new Set(groups.map((group) => group.createdAt)).size).toBe(groups.length);
    const ordered = [...groups].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const next = await gateway.queryData(
        'query ($t: DateTime) { userGroups(first: 100, createdAtGt: $t) { edges { node { id createdAt } } } }',
        { t: after },
      );
      const nodes: { id: string; createdAt: string }[] = next.userGroups.edges
        .map((edge: any) => edge.node)
        .sort((a: any, b: any) => (a.createdAt < b.createdAt ? -1 : 1));
      if (nodes.length === 0) break;
      // One row per page: the next page starts after this row's instant.
      seen.push(nodes[0]!.id);
      after = nodes[0]!.createdAt;
    }
    expect(seen).toEqual(ordered.map((group) => group.id));
  });
});
