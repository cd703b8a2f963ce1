import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export { launchChromium as launchBrowser, type Browser } from '../../../bench/support/chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Screenshots of every page (git-ignored): test artefacts to look at after a run. */
export const SCREENSHOTS = path.join(root, 'test', 'console', 'screenshots');

/** Serious and critical axe-core violations on the page as it is now (empty when none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
