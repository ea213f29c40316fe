import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTIFACTS, launchLoopbackChromium } from '../support/chromium.js';
import { until } from '../support/emulator.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { voteThroughEmulator } from '../support/webhooks.js';

/** The gateway checks the emulator's webhooks with it. */
const API_KEY = 'browser-key-Q4';

let gateway: TestGateway;
let userDataDir: string;
let browser: BrowserContext;
/** Every request the page made to a host other than loopback; each was refused. */
const offLoopback: string[] = [];

beforeAll(async () => {
  gateway = await startTestGateway({ data: 'demo', apiKey: API_KEY }, { apiKey: API_KEY });
  userDataDir = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
  browser = await launchLoopbackChromium(userDataDir, offLoopback);
});

afterAll(async () => {
  await browser?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await gateway?.close();
});

/** Replaces the text of the Monaco editor under `container` (typing would trip its auto-closing brackets). */
async function replaceEditorText(page: Page, container: string, text: string): Promise<void> {
  await page.locator(`${container} .monaco-editor:visible`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

/** Once GraphiQL is up, puts the server token in its Headers editor. */
async function pasteServerToken(page: Page): Promise<void> {
  await page.locator('button.graphiql-execute-button').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Headers' }).click();
  await replaceEditorText(
    page,
    'section.graphiql-editor-tool',
    JSON.stringify({ Authorization: `Bearer ${gateway.serverToken}` }),
  );
}

it('runs the default query in GraphiQL with a pasted token and shows data, loading nothing from off the machine', async () => {
  const page = await browser.newPage();
  await page.goto(gateway.url);
  expect(offLoopback, 'GraphiQL must come whole from the gateway').toEqual([]);
  await pasteServerToken(page);

  const answer = page.waitForResponse(
    (response) =>
      response.url() === gateway.url &&
      response.request().method() === 'POST' &&
      response.request().postData()?.includes('query Demo') === true,
  );
  await page.locator('button.graphiql-execute-button').click();
  const response = await answer;
  const body = (await response.json()) as { data?: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data.polls.edges).toHaveLength(5);
  expect(body.data.user).toMatchObject({ id: 'user-001', name: 'Ada Lovelace' });

  const resultPane = page.locator('.graphiql-response .result-window');
  await expect.poll(() => resultPane.innerText(), { timeout: 10_000 }).toContain('"data"');
  await expect.poll(() => resultPane.innerText()).toMatch(/poll-\d\d/);

  // With the token in, the schema loads: the Docs explorer shows the root fields.
  await page.locator('.graphiql-sidebar button[aria-label^="Re-fetch GraphQL schema"]').click();
  await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
  await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText()).toMatch(/\bpolls\b[\s\S]*\buser\b/);

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL('graphiql.png', ARTIFACTS).pathname, fullPage: true });
  expect(offLoopback).toEqual([]);
}, 60_000);

it('shows a live pollUpdated result change in GraphiQL after a simulated vote', async () => {
  await gateway.client.updateApp({ webhook_url: new URL('/webhooks/stream', gateway.url).toString() });
  const { poll } = await gateway.queryData('{ poll(id: "poll-04") { voteCount isClosed options { optionId } } }');
  expect(poll.isClosed).toBe(false);
  const page = await browser.newPage();
  await page.goto(gateway.url);
  // GraphiQL keeps tabs and panes in localStorage: start from what a first visit shows.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await pasteServerToken(page);
  await replaceEditorText(
    page,
    '.graphiql-query-editor',
    // One line: Monaco closes brackets by itself after a new line.
    'subscription LivePoll { pollUpdated(id: "poll-04") { id voteCount } }',
  );
  // GraphiQL reads the operation's name from the editor 100 ms after an edit, and then puts the
  // edited query in the page's address: run before that, it asks for the default query's operation.
  await page.waitForURL((url) => url.searchParams.get('query')?.includes('LivePoll') === true);
  await page.locator('button.graphiql-execute-button').click();
  await until(() => gateway.live.caps.total === 1);

  await voteThroughEmulator(gateway.emulator.url, {
    action: 'cast',
    poll_id: 'poll-04',
    user_id: 'user-196',
    option_id: poll.options[0].optionId,
  });
  const resultPane = page.locator('.graphiql-response .result-window');
  // Monaco lays the result out with non-breaking spaces.
  await expect
    .poll(() => resultPane.innerText(), { timeout: 20_000 })
    .toMatch(new RegExp(`"voteCount":\\s*${poll.voteCount + 1}\\b`));
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL('graphiql-live-poll.png', ARTIFACTS).pathname, fullPage: true });
  expect(offLoopback).toEqual([]);
  await page.close();
}, 60_000);
