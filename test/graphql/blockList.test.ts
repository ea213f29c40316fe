import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gateway: TestGateway;
const names = Array.from({ length: 17 }, (_, i) => `list-${String(i).padStart(2, '0')}`);

beforeAll(async () => {
  gateway = await startTestGateway();
  for (const name of names) await gateway.client.createBlockList({ name, words: [`${name}-word`] });
  await gateway.client.createBlockList({ name: 'list-00', words: ['team-only'], team: 'red' });
});
afterAll(() => gateway.close());

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $team: String) {
    blockLists(first: $first, after: $after, team: $team) {
      edges {
        cursor
        node {
          name
          team
          words
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

async function walk(first: number, team?: string): Promise<{ items: string[]; pages: number; calls: number }> {
  const items: string[] = [];
  let after: string | null = null;
  let pages = 0;
  const counted = await gateway.countUpstream(async () => {
    for (;;) {
      const result: any = await gateway.query(PAGE, { first, after, team });
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo } = result.data.blockLists;
      pages += 1;
      items.push(...edges.map((e: any) => `${e.node.team ?? ''}/${e.node.name}`));
      if (edges.length) expect(pageInfo.endCursor).toBe(edges.at(-1).cursor);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
  });
  return { items, pages, calls: counted.total };
}

it('walks blockLists page by page with the API’s cursors: every list exactly once, one call per page', async () => {
  const { items, pages, calls } = await walk(5);
  const expected = [...names.map((n) => `/${n}`), 'red/list-00'].sort((a, b) => {
    const [teamA, nameA] = a.split('/');
    const [teamB, nameB] = b.split('/');
    return nameA! < nameB! ? -1 : nameA! > nameB! ? 1 : teamA! < teamB! ? -1 : 1;
  });
  expect(items).toEqual(expected);
  expect(pages).toBe(4);
  expect(calls).toBe(4);
});

it('resumes after an edge in the middle of a page', async () => {
  const first: any = await gateway.query(PAGE, { first: 6 });
  const middle = first.data.blockLists.edges[2];
  const rest: any = await gateway.query(PAGE, { first: 3, after: middle.cursor });
  expect(rest.data.blockLists.edges.map((e: any) => e.node.name)).toEqual(
    first.data.blockLists.edges.slice(3, 6).map((e: any) => e.node.name),
  );
  expect(rest.data.blockLists.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
});

it('filters by team', async () => {
  const { items } = await walk(10, 'red');
  expect(items).toEqual(['red/list-00']);
});

it('first above 200 is BAD_USER_INPUT naming first', async () => {
  const result = await gateway.query(PAGE, { first: 201 });
  expect(result.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: { first: expect.any(String) },
  });
});

it('create, read, update, import (a Task), delete; null after delete', async () => {
  const created: any = await gateway.query(
    `mutation($input: CreateBlockListInput!) { createBlockList(input: $input) {
      blockList { id name type words isLeetCheckEnabled isPluralCheckEnabled team createdAt updatedAt }
    } }`,
    { input: { name: 'profanity', words: ['darn', 'heck'], type: 'WORD', isLeetCheckEnabled: true } },
  );
  expect(created.errors).toBeUndefined();
  const list = created.data.createBlockList.blockList;
  expect(list).toMatchObject({
    name: 'profanity',
    type: 'WORD',
    words: ['darn', 'heck'],
    isLeetCheckEnabled: true,
    isPluralCheckEnabled: false,
    team: null,
  });
  expect(list.id).toEqual(expect.any(String));
  expect(Date.parse(list.createdAt)).not.toBeNaN();

  const read: any = await gateway.query('{ blockList(name: "profanity") { name words } }');
  expect(read.data.blockList).toEqual({ name: 'profanity', words: ['darn', 'heck'] });

  const updated: any = await gateway.query(
    'mutation($input: UpdateBlockListInput!) { updateBlockList(input: $input) { blockList { words isPluralCheckEnabled } } }',
    { input: { name: 'profanity', words: ['drat'], isPluralCheckEnabled: true } },
  );
  expect(updated.data.updateBlockList.blockList).toEqual({ words: ['drat'], isPluralCheckEnabled: true });

  const imported: any = await gateway.query(
    'mutation($input: ImportBlockListInput!) { importBlockList(input: $input) { taskId task { id status } } }',
    { input: { id: list.id, items: ['blast', 'rats'] } },
  );
  expect(imported.errors).toBeUndefined();
  const { taskId, task } = imported.data.importBlockList;
  expect(task).toEqual({ id: taskId, status: expect.any(String) });
  let status = task.status;
  for (let i = 0; i < 10 && status !== 'COMPLETED'; i++) {
    status = (await gateway.query('query($id: ID!) { task(id: $id) { status } }', { id: taskId })).data.task.status;
  }
  expect(status).toBe('COMPLETED');
  const afterImport: any = await gateway.query('{ blockList(name: "profanity") { words } }');
  expect(afterImport.data.blockList.words).toEqual(['drat', 'blast', 'rats']);

  const deleted: any = await gateway.query(
    'mutation($input: DeleteBlockListInput!) { deleteBlockList(input: $input) { deletedName team } }',
    { input: { name: 'profanity' } },
  );
  expect(deleted.data).toEqual({ deleteBlockList: { deletedName: 'profanity', team: null } });
  const gone = await gateway.query('{ blockList(name: "profanity") { name } }');
  expect(gone.data).toEqual({ blockList: null });
  expect(gone.errors).toBeUndefined();
});

it('a duplicate name is a userError naming the field Stream named', async () => {
  const result = await gateway.queryData(
    'mutation($input: CreateBlockListInput!) { createBlockList(input: $input) { blockList { name } userErrors { field code } } }',
    { input: { name: 'list-01', words: ['x'] } },
  );
  expect(result.createBlockList).toEqual({
    blockList: null,
    userErrors: [{ field: ['input', 'name'], code: 'INVALID_INPUT' }],
  });
});

it('user callers are FORBIDDEN on block lists, without an upstream call', async () => {
  const token = await gateway.userToken('someone');
  const before = gateway.emulator.log.length;
  const result = await gateway.query('{ blockLists { edges { cursor } } }', {}, token);
  expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(gateway.emulator.log.length).toBe(before);
});

it('confusable folding, substring matching and the owner: created, read back, changed', async () => {
  await gateway.client.updateUsers({ users: { 'list-owner': { id: 'list-owner', name: 'List Owner' } } });
  const FIELDS = 'name isConfusableFoldingEnabled isSubstringMatchingEnabled ownerUserId owner { id name }';
  const created: any = await gateway.query(
    `mutation($input: CreateBlockListInput!) { createBlockList(input: $input) { blockList { ${FIELDS} } } }`,
    { input: { name: 'owned', words: ['scam'], isConfusableFoldingEnabled: true, userId: 'list-owner' } },
  );
  expect(created.errors).toBeUndefined();
  expect(created.data.createBlockList.blockList).toEqual({
    name: 'owned',
    isConfusableFoldingEnabled: true,
    isSubstringMatchingEnabled: false,
    ownerUserId: 'list-owner',
    owner: { id: 'list-owner', name: 'List Owner' },
  });
  const sent = gateway.emulator.log.filter((e) => e.operation === 'createBlockList').at(-1)!.body;
  expect(sent).toMatchObject({ is_confusable_folding_enabled: true, user_id: 'list-owner' });
  expect(sent).not.toHaveProperty('is_substring_matching_enabled');

  const updated: any = await gateway.query(
    `mutation($input: UpdateBlockListInput!) { updateBlockList(input: $input) { blockList { ${FIELDS} } } }`,
    { input: { name: 'owned', isSubstringMatchingEnabled: true, isConfusableFoldingEnabled: false } },
  );
  expect(updated.errors).toBeUndefined();
  expect(updated.data.updateBlockList.blockList).toMatchObject({
    isConfusableFoldingEnabled: false,
    isSubstringMatchingEnabled: true,
    ownerUserId: 'list-owner',
  });

  const read: any = await gateway.query(`{ blockList(name: "owned") { ${FIELDS} } }`);
  expect(read.data.blockList).toMatchObject({ isSubstringMatchingEnabled: true, owner: { id: 'list-owner' } });
  // A list created without a user belongs to the app: no owner, and no user lookup.
  const appOwned: any = await gateway.query('{ blockList(name: "list-01") { ownerUserId owner { id } } }');
  expect(appOwned.data.blockList).toEqual({ ownerUserId: null, owner: null });
});

it('a block list created for a user who does not exist is refused by Stream: a NOT_FOUND userError', async () => {
  const result = await gateway.queryData(
    'mutation($input: CreateBlockListInput!) { createBlockList(input: $input) { blockList { name } userErrors { code } } }',
    { input: { name: 'orphan', words: ['x'], userId: 'nobody-here' } },
  );
  expect(result.createBlockList).toEqual({ blockList: null, userErrors: [{ code: 'NOT_FOUND' }] });
});
