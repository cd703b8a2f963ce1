import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium (apt-get install chromium; .ci/run installs it when missing) driven by
// playwright-core: no browser is downloaded. Without the background-networking flags Chromium
// keeps trying to reach Google's hosts, which this machine's closed network refuses. Used by the
// console's browser tests (test/console) and its bench (bench/console.bench.ts).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumInstalled = () => existsSync(CHROMIUM);

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** One Chromium with a fresh profile (its own --user-data-dir) and one page. */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'ct-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the console at `url` signed in with `key` (the tab's sessionStorage, as the Sign in form leaves it). */
export async function signInConsole(page: Page, url: string, key: string): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.evaluate((k) => sessionStorage.setItem('claimtrail.apiKey', k), key);
}
