// V1, the analyst console (issue 15): on the generated history, the time from navigation to the
// incident page's time axis drawn and to the group page's ledger chart drawn (p50 over N full page
// loads each, Debian's Chromium through playwright-core), and the initial JavaScript the console
// needs before its first page (the entry chunk and its preloads, gzipped; ECharts is a separate
// chunk loaded when a page first draws a chart). Goals: ≤ 1 s to the timeline, ≤ 300 KB initial.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromiumInstalled, launchChromium, signInConsole } from './support/chromium.js';
import type { GeneratedHistory } from './support/generate.js';
import { median } from './support/harness.js';
import { createKey, startApi } from './support/processes.js';

export interface PageTimes {
  loads: number;
  p50Ms: number;
  maxMs: number;
}
export type ConsoleResult =
  | {
      initialJsGzipBytes: number;
      chartsChunkGzipBytes: number;
      incident: PageTimes;
      group: PageTimes;
    }
  | { skipped: string };

/** Gzipped bytes of the scripts index.html loads at once (entry and modulepreloads), and of the other chunks. */
export function consoleBundleSizes(distRoot: string): { initial: number; lazy: number } {
  const dir = path.join(distRoot, 'console');
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/console\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const gz = (rel: string) => gzipSync(readFileSync(path.join(dir, rel))).length;
  const chunks = readdirSync(path.join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    initial: [...initial].reduce((n, a) => n + gz(a), 0),
    lazy: chunks.filter((a) => !initial.has(a)).reduce((n, a) => n + gz(a), 0),
  };
}

/** Navigates to `path` afresh and answers the page's own clock (ms since navigation) once `selector` is there. */
async function timeToDrawn(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).waitFor({ timeout: 30_000 });
  return page.evaluate<number>('performance.now()');
}

async function timesOf(page: Page, urls: string[], selector: string): Promise<PageTimes> {
  await timeToDrawn(page, urls[0], selector); // warm-up: the API's pools and plans, Chromium's code cache
  const ms: number[] = [];
  for (const u of urls) ms.push(await timeToDrawn(page, u, selector));
  return { loads: ms.length, p50Ms: Math.round(median(ms)), maxMs: Math.round(Math.max(...ms)) };
}

export async function runConsoleBench(o: {
  distRoot: string;
  url: string;
  history: GeneratedHistory;
  loads: number;
}): Promise<ConsoleResult> {
  if (!chromiumInstalled()) return { skipped: 'no Chromium at /usr/bin/chromium (apt-get install chromium)' };
  const sizes = consoleBundleSizes(o.distRoot);
  const api = await startApi(o.distRoot, o.url);
  const browser = await launchChromium();
  try {
    const key = await createKey(api, 'reporter');
    await signInConsole(browser.page, api.url, key);
    // Different incidents spread over the history; the group with the most incidents (the first generated).
    const step = Math.max(1, Math.floor(o.history.incidentIds.length / o.loads));
    const incidents = Array.from(
      { length: o.loads },
      (_, i) => o.history.incidentIds[(i * step) % o.history.incidentIds.length],
    );
    process.stderr.write(`[bench] V1 console: ${o.loads} loads of the incident and the group page\n`);
    const incident = await timesOf(
      browser.page,
      incidents.map((id) => `${api.url}/console/incidents/${id}`),
      '[data-chart=timeline][data-drawn=true]',
    );
    const group = await timesOf(
      browser.page,
      Array.from({ length: o.loads }, () => `${api.url}/console/groups/${o.history.groupIds[0]}`),
      '[data-chart=ledger][data-drawn=true]',
    );
    return { initialJsGzipBytes: sizes.initial, chartsChunkGzipBytes: sizes.lazy, incident, group };
  } finally {
    await browser.close();
    await api.stop();
  }
}
