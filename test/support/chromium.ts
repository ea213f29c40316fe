import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium; .ci/run installs it when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Screenshots the browser tests take; gitignored. */
export const ARTIFACTS = new URL('../artifacts/', import.meta.url);

/**
 * Debian's Chromium with a fresh profile in `userDataDir`; any request to a host other than
 * 127.0.0.1 is refused and recorded in `offLoopback`.
 */
export async function launchLoopbackChromium(userDataDir: string, offLoopback: string[]): Promise<BrowserContext> {
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  await browser.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      offLoopback.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  return browser;
}
