import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoggedRequest } from '../../src/emulator/controls.js';
import { ARTIFACTS, launchLoopbackChromium } from '../support/chromium.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { buildPollBoard, servePollBoard, type PollBoardServer } from '../support/pollBoard.js';

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
