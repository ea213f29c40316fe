import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoggedRequest } from '../../src/emulator/controls.js';
import { pollsOf } from '../../src/emulator/polls/store.js';
import { ARTIFACTS, launchLoopbackChromium } from '../support/chromium.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { buildPollBoard, POLL_BOARD, servePollBoard, type PollBoardServer } from '../support/pollBoard.js';
import { anyAndUnknownIn } from '../support/typeKeywords.js';

/**
 * The example frontend (examples/poll-board) built as a user builds it and driven in Chromium
 * against the real gateway over the demo data, signed in with the demo user's token. The app is
 * served by `vite preview` on its own loopback port, so the gateway's CORS allow-list names that
 * origin, as a deployment would.
 */

const DEMO_USER = 'user-001';

let gateway: TestGateway;
let board: PollBoardServer;
let userDataDir: string;
let browser: BrowserContext;
let page: Page;
let token: string;
const offLoopback: string[] = [];

beforeAll(async () => {
  await buildPollBoard();
  board = await servePollBoard();
  gateway = await startTestGateway({ data: 'demo' }, { corsOrigins: [board.origin] });
  token = await gateway.userToken(DEMO_USER);
  userDataDir = mkdtempSync(join(tmpdir(), 'poll-board-chromium-'));
  browser = await launchLoopbackChromium(userDataDir, offLoopback);
  page = await browser.newPage();
  const address = new URL(board.url);
  address.searchParams.set('gateway', gateway.url);
  address.searchParams.set('token', token);
  await page.goto(address.href);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await gateway?.close();
  board?.close();
});

async function screenshot(name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL(`poll-board-${name}.png`, ARTIFACTS).pathname, fullPage: true });
}

/** What the list shows: each poll's id, question, state and creator. */
async function listed(): Promise<{ id: string; name: string; state: string; creator: string }[]> {
  return page.locator('[data-testid=poll-item]').evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-poll-id') ?? '',
      name: item.querySelector('[data-testid=poll-name]')?.textContent ?? '',
      state: item.querySelector('[data-testid=poll-state]')?.textContent ?? '',
      creator: item.querySelector('[data-testid=poll-creator]')?.textContent ?? '',
    })),
  );
}

/** The emulator's requests from `start` on, for one REST operation. */
function recorded(start: number, operation: string): LoggedRequest[] {
  return gateway.emulator.log.slice(start).filter((entry) => entry.operation === operation);
}

/** The same polls, in the same order, as the gateway answers the demo user. */
async function pollIdsFromGateway(args: string): Promise<string[]> {
  const data = await gateway.queryData(`{ polls(${args}) { edges { node { id } } } }`, undefined, token);
  return data.polls.edges.map((edge: { node: { id: string } }) => edge.node.id);
}

it('shows the first page of polls, newest first, and the next page when the list end scrolls into view', async () => {
  await expect.poll(async () => (await listed()).length, { timeout: 20_000 }).toBe(10);
  await expect.poll(() => page.getByTestId('viewer').innerText()).toBe('Signed in as Ada Lovelace');
  const firstTwenty = await pollIdsFromGateway('first: 20');
  expect((await listed()).map((poll) => poll.id)).toEqual(firstTwenty.slice(0, 10));

  const start = gateway.emulator.log.length;
  await page.getByTestId('list-end').scrollIntoViewIfNeeded();
  await expect.poll(async () => (await listed()).map((poll) => poll.id), { timeout: 10_000 }).toEqual(firstTwenty);
  const pageReads = recorded(start, 'queryPolls');
  expect(pageReads).toHaveLength(1);
  expect(pageReads[0]!.body).toMatchObject({ limit: 10, next: expect.any(String) });
  await screenshot('scrolled');
  expect(offLoopback).toEqual([]);
});

/** The field=value conditions of a Stream filter, through `$and` and `$eq`. */
function conditionsOf(filter: unknown): string[] {
  if (!filter || typeof filter !== 'object') return [];
  return Object.entries(filter as Record<string, unknown>).flatMap(([key, value]) => {
    if (key === '$and' && Array.isArray(value)) return value.flatMap(conditionsOf);
    if (value && typeof value === 'object' && '$eq' in value) return [`${key}=${String(value.$eq)}`];
    return [`${key}=${String(value)}`];
  });
}

/** Replaces the filter bar's creator text; an empty string clears it. */
async function filterByCreator(userId: string): Promise<void> {
  await page.getByTestId('filter-creator').fill(userId);
}

it('filters polls by state and creator, and orders them, as the gateway answers and the emulator was asked', async () => {
  const closedStart = gateway.emulator.log.length;
  await page.getByTestId('filter-state').selectOption('closed');
  const closed = await pollIdsFromGateway('first: 10, where: { isClosed: { eq: true } }');
  expect(closed.length).toBeGreaterThan(0);
  await expect.poll(async () => (await listed()).map((poll) => poll.id), { timeout: 10_000 }).toEqual(closed);
  expect(new Set((await listed()).map((poll) => poll.state))).toEqual(new Set(['Closed']));
  expect(recorded(closedStart, 'queryPolls').map((entry) => conditionsOf((entry.body as any).filter))).toContainEqual([
    'is_closed=true',
  ]);

  await page.getByTestId('filter-state').selectOption('open');
  const creatorStart = gateway.emulator.log.length;
  await filterByCreator(DEMO_USER);
  const openOfDemoUser = await pollIdsFromGateway(
    `first: 10, where: { isClosed: { eq: false }, createdById: { eq: "${DEMO_USER}" } }`,
  );
  expect(openOfDemoUser.length).toBeGreaterThan(0);
  await expect.poll(async () => (await listed()).map((poll) => poll.id), { timeout: 10_000 }).toEqual(openOfDemoUser);
  expect(new Set((await listed()).map((poll) => `${poll.state} ${poll.creator}`))).toEqual(
    new Set(['Open Ada Lovelace']),
  );
  const filters = recorded(creatorStart, 'queryPolls').map((entry) => conditionsOf((entry.body as any).filter).sort());
  expect(filters).toContainEqual([`created_by_id=${DEMO_USER}`, 'is_closed=false']);

  await page.getByTestId('filter-state').selectOption('all');
  await filterByCreator('');
  const orderStart = gateway.emulator.log.length;
  await page.getByTestId('order').selectOption('name');
  const byName = await pollIdsFromGateway('first: 10, orderBy: [{ field: NAME, direction: ASC }]');
  await expect.poll(async () => (await listed()).map((poll) => poll.id), { timeout: 10_000 }).toEqual(byName);
  const names = (await listed()).map((poll) => poll.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  expect(recorded(orderStart, 'queryPolls').map((entry) => (entry.body as any).sort)).toContainEqual([
    { field: 'name', direction: 1 },
  ]);
  await screenshot('ordered');
  // Back to newest first: the twenty polls scrolled through before come from the cache, as the gateway has them.
  await page.getByTestId('order').selectOption('newest');
  const twenty = await pollIdsFromGateway('first: 20');
  await expect.poll(async () => (await listed()).map((poll) => poll.id)).toEqual(twenty);
});

it("shows a poll's options with their vote counts and latest voters, as the emulator holds them", async () => {
  const store = pollsOf(gateway.emulator.state);
  const shown = (await listed()).map((poll) => store.require(poll.id));
  const poll = shown.find((candidate) => candidate.voting_visibility === 'public' && candidate.votes.length > 0)!;
  expect(poll).toBeDefined();
  await page.locator(`[data-testid=poll-item][data-poll-id="${poll.id}"]`).click();
  await expect.poll(() => page.getByTestId('detail-name').innerText(), { timeout: 10_000 }).toBe(poll.name);

  const expected = poll.options.map((option) => {
    const newestFirst = poll.votes.filter((vote) => !vote.is_answer && vote.option_id === option.id).reverse();
    return {
      text: option.text,
      count: String(newestFirst.length),
      voters: newestFirst
        .slice(0, 10)
        .map((vote) => gateway.emulator.state.users.get(vote.user_id)!.name)
        .join(', '),
    };
  });
  expect(expected.some((option) => option.voters !== '')).toBe(true);
  const options = page.locator('[data-testid=poll-detail] [data-testid=option]');
  await expect
    .poll(() =>
      options.evaluateAll((items) =>
        items.map((item) => ({
          text: item.querySelector('[data-testid=option-text]')?.textContent,
          count: item.querySelector('[data-testid=option-count]')?.textContent,
          voters: item.querySelector('[data-testid=option-voters]')?.textContent,
        })),
      ),
    )
    .toEqual(expected);
  await screenshot('poll');
});

it('creates, edits, closes and deletes a poll as the demo user; the list and the emulator follow each step', async () => {
  const store = pollsOf(gateway.emulator.state);
  const question = 'Which editor do you use?';
  let start = gateway.emulator.log.length;
  await page.getByTestId('create-name').fill(question);
  await page.getByTestId('create-options').fill('vim\nemacs\nnano');
  await page.getByTestId('create-submit').click();
  await expect.poll(() => page.getByTestId('detail-name').innerText(), { timeout: 10_000 }).toBe(question);
  const created = recorded(start, 'createPoll');
  expect(created).toHaveLength(1);
  expect(created[0]!.body).toMatchObject({ name: question, user_id: DEMO_USER });
  const id = (await page.getByTestId('poll-detail').getAttribute('data-poll-id'))!;
  expect(store.require(id)).toMatchObject({ name: question, created_by_id: DEMO_USER, is_closed: false });
  expect(store.require(id).options.map((option) => option.text)).toEqual(['vim', 'emacs', 'nano']);
  // Newest first: the new poll heads the list.
  await expect
    .poll(async () => (await listed())[0], { timeout: 10_000 })
    .toEqual({
      id,
      name: question,
      state: 'Open',
      creator: 'Ada Lovelace',
    });
  await screenshot('created');

  start = gateway.emulator.log.length;
  // Stream refuses the first save as invalid input: the page shows the user error, keeps the
  // editor open and changes nothing; the second save goes through.
  gateway.emulator.controls.forcedErrors.push({
    status: 400,
    code: 4,
    operation: 'updatePollPartial',
    times: 1,
    exceptionFields: { name: 'must be at most 80 characters' },
  });
  await page.getByTestId('edit').click();
  await page.getByTestId('edit-name').fill('Which editor do you like best?');
  await page.getByTestId('edit-description').fill('Pick one.');
  await page.getByTestId('edit-save').click();
  await expect
    .poll(() => page.getByTestId('user-error').allInnerTexts())
    .toEqual([expect.stringContaining('must be at most 80 characters')]);
  expect(await page.getByTestId('edit-form').count()).toBe(1);
  expect(store.require(id).name).toBe(question);
  await screenshot('refused');
  await page.getByTestId('edit-save').click();
  await expect.poll(() => page.getByTestId('detail-name').innerText()).toBe('Which editor do you like best?');
  expect(await page.getByTestId('user-error').count()).toBe(0);
  await expect.poll(() => page.getByTestId('detail-description').innerText()).toBe('Pick one.');
  await expect.poll(async () => (await listed())[0]?.name).toBe('Which editor do you like best?');
  const edit = { name: 'Which editor do you like best?', description: 'Pick one.' };
  // The refused call (answered by the forced error) and the one that changed the poll.
  const updates = recorded(start, 'updatePollPartial');
  expect(updates).toHaveLength(2);
  expect((updates[1]!.body as any).set).toEqual(edit);
  expect(store.require(id)).toMatchObject({ name: 'Which editor do you like best?', description: 'Pick one.' });

  start = gateway.emulator.log.length;
  await page.getByTestId('close').click();
  await expect.poll(() => page.getByTestId('detail-state').innerText()).toMatch(/^Closed/);
  await expect.poll(async () => (await listed())[0]?.state).toBe('Closed');
  expect(recorded(start, 'updatePollPartial').map((entry) => (entry.body as any).set)).toEqual([{ is_closed: true }]);
  expect(store.require(id).is_closed).toBe(true);
  await screenshot('closed');

  const beforeDelete = (await listed()).map((poll) => poll.id);
  start = gateway.emulator.log.length;
  await page.getByTestId('delete').click();
  await expect.poll(async () => (await listed()).map((poll) => poll.id)).not.toContain(id);
  expect(await page.getByTestId('poll-detail').count()).toBe(0);
  expect(recorded(start, 'deletePoll').map((entry) => entry.path)).toEqual([expect.stringContaining(id)]);
  expect(store.polls.has(id)).toBe(false);
  // The list drops the deleted poll without reloading, and still matches the gateway's order.
  const afterDelete = beforeDelete.filter((pollId) => pollId !== id);
  await expect.poll(async () => (await listed()).map((poll) => poll.id)).toEqual(afterDelete);
  expect(afterDelete).toEqual(await pollIdsFromGateway(`first: ${afterDelete.length}`));
  await screenshot('deleted');
  expect(offLoopback).toEqual([]);
});

it("types every operation without any or unknown: codegen's output maps each custom scalar", () => {
  const path = join(POLL_BOARD, 'src/gql/graphql.ts');
  const generated = readFileSync(path, 'utf8');
  // No data is typed any or unknown. What is left: the constraint of codegen's internal Exact
  // helper, and the variables of fragment documents (a fragment takes none).
  expect(anyAndUnknownIn(path, generated)).toEqual([
    { keyword: 'unknown', declaration: 'Exact' },
    { keyword: 'unknown', declaration: 'PollSummaryFragmentDoc' },
    { keyword: 'unknown', declaration: 'PollDetailsFragmentDoc' },
  ]);
  // Free-form custom data is typed JSON, not unknown.
  expect(generated).toMatch(/custom\?: JsonObject \| null/);
});
