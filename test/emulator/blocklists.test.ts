import { Instant } from '../../src/rest/wire/instant.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStreamError, startHarness, type Harness } from './support/emulatorHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('block lists', () => {
  it('round-trips create → get → update → get → delete → get', async () => {
    const created = await harness.client.createBlockList({ name: 'swears', words: ['darn', 'heck', 'darn'] });
    expect(created.metadata.status).toBe(201);
    expect(created.blocklist).toMatchObject({
      name: 'swears',
      type: 'word',
      words: ['darn', 'heck'],
      is_leet_check_enabled: false,
      is_plural_check_enabled: false,
    });
    expect(created.blocklist!.id).toBeTruthy();
    expect(created.blocklist!.created_at).toBeInstanceOf(Instant);

    expect((await harness.client.getBlockList({ name: 'swears' })).blocklist!.words).toEqual(['darn', 'heck']);
    const updated = await harness.client.updateBlockList({
      name: 'swears',
      words: ['gosh'],
      is_leet_check_enabled: true,
    });
    expect(updated.blocklist).toMatchObject({ words: ['gosh'], is_leet_check_enabled: true });
    expect((await harness.client.getBlockList({ name: 'swears' })).blocklist).toMatchObject({
      words: ['gosh'],
      is_leet_check_enabled: true,
    });

    await harness.client.deleteBlockList({ name: 'swears' });
    await expectStreamError(harness.client.getBlockList({ name: 'swears' }), { status: 404, code: 16 });
    await expectStreamError(harness.client.deleteBlockList({ name: 'swears' }), { status: 404, code: 16 });
  });

  it('refuses a duplicate name but allows it in another team', async () => {
    await harness.client.createBlockList({ name: 'dup', words: ['a'] });
    await expectStreamError(harness.client.createBlockList({ name: 'dup', words: ['b'] }), {
      status: 400,
      code: 4,
      field: 'name',
    });
    const teamList = await harness.client.createBlockList({ name: 'dup', words: ['c'], team: 'blue' });
    expect(teamList.blocklist!.team).toBe('blue');
    expect((await harness.client.getBlockList({ name: 'dup', team: 'blue' })).blocklist!.words).toEqual(['c']);
    expect((await harness.client.getBlockList({ name: 'dup' })).blocklist!.words).toEqual(['a']);
    const blue = await harness.client.listBlockLists({ team: 'blue' });
    expect(blue.blocklists.map((list) => list.name)).toEqual(['dup']);
    await harness.client.deleteBlockList({ name: 'dup', team: 'blue' });
    await harness.client.deleteBlockList({ name: 'dup' });
  });

  it('validates type, words and name', async () => {
    await expectStreamError(
      harness.client.createBlockList({ name: 'bad', words: ['a'], type: 'colour' as unknown as 'word' }),
      { status: 400, code: 4, field: 'type' },
    );
    await expectStreamError(harness.client.createBlockList({ name: 'rx', words: ['(unclosed'], type: 'regex' }), {
      status: 400,
      code: 4,
      field: 'words',
    });
    await expectStreamError(harness.client.createBlockList({ name: '', words: [] }), {
      status: 400,
      code: 4,
      field: 'name',
    });
  });

  it('walks list pages with cursor and limit, seeing every list once', async () => {
    const names = Array.from({ length: 7 }, (_, i) => `page-${i}`);
    for (const name of names) await harness.client.createBlockList({ name, words: [name] });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await harness.client.listBlockLists({ limit: 3, cursor });
      seen.push(...page.blocklists.map((list) => list.name));
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(names);
    const all = await harness.client.listBlockLists();
    expect(all.next_cursor).toBeUndefined();
    await expectStreamError(harness.client.listBlockLists({ cursor: 'garbage' }), {
      status: 400,
      code: 4,
      field: 'cursor',
    });
  });

  it('imports words through a task', async () => {
    const { blocklist } = await harness.client.createBlockList({ name: 'imported', words: ['one'] });
    const { task_id } = await harness.client.importBlockList({ id: blocklist!.id!, items: ['two', 'three', 'one'] });
    expect((await harness.client.getTask({ id: task_id })).status).toBe('pending');
    expect((await harness.client.getBlockList({ name: 'imported' })).blocklist!.words).toEqual(['one']);
    const done = await harness.client.getTask({ id: task_id });
    expect(done.status).toBe('completed');
    expect(done.result).toMatchObject({ imported: 2, total: 3 });
    expect((await harness.client.getBlockList({ name: 'imported' })).blocklist!.words).toEqual(['one', 'two', 'three']);
    await expectStreamError(harness.client.importBlockList({ id: 'missing', items: ['x'] }), {
      status: 404,
      code: 16,
    });
    await expectStreamError(harness.client.importBlockList({ id: blocklist!.id!, items: [] }), {
      status: 400,
      code: 4,
      field: 'items',
    });
  });

  it('is server-side only', async () => {
    const answer = await harness.asUser('someone', 'listBlockLists');
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe(17);
  });
});
