// Issue 15: the analyst console in a real browser (Debian's Chromium through playwright-core)
// against the built API and worker with the demo seed: sign in, search, the Peshawar incident's
// retracted claim and attribution on its time axis and the claim active again before the
// retraction, a group's monthly ledger, a person, the retraction audit, an analyst resolving a
// review, sign out, and a 401 sending back to Sign in. Every page: no serious or critical axe-core
// violation, no horizontal scrolling at 390×844, a screenshot under test/console/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousViolations, type Browser } from './support/browser.js';
import { DEMO, startConsoleApp, type ConsoleApp } from './support/console-app.js';

let app: ConsoleApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startConsoleApp('console_browser');
  browser = await launchBrowser();
  page = browser.page;
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Every page is checked the same way: accessible, readable on a phone, and kept as a screenshot. */
async function checkPage(name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  // Two frames: the charts redraw to their new width on the frame after the resize.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  // The callbacks run in the page; written as text because the tests' types have no DOM.
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect({ page: name, horizontalOverflow: overflow }).toEqual({ page: name, horizontalOverflow: 0 });
}

const claimsTable = () => page.getByTestId('claims');
const timeline = () => page.getByTestId('timeline-items');

describe('analyst console', () => {
  it('GET / leads to Sign in; an analyst key signs in and the page shows its name and role', async () => {
    await page.goto(`${app.url}/`);
    expect(new URL(page.url()).pathname).toBe('/console/');
    await page.getByLabel('API key').fill('not-a-key-of-this-api');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/401/);
    await checkPage('sign-in');
    await page.getByLabel('API key').fill(app.keys.analyst);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('who').textContent()).resolves.toBe('Signed in as console analyst (analyst)');
    expect(await page.evaluate(() => sessionStorage.getItem('claimtrail.apiKey'))).toBe(app.keys.analyst);
    expect(await page.evaluate<number>('localStorage.length + document.cookie.length')).toBe(0);
  });

  it("home: the week's changes and the review queue's counts", async () => {
    const changes = page.getByRole('table', { name: /Recorded in the last 7 days/ });
    await changes.waitFor();
    const text = await changes.textContent();
    for (const kind of ['claim', 'retraction', 'denial', 'attribution', 'affiliation', 'statement'])
      expect(text).toContain(kind);
    expect(text).toContain('Peshawar, PK, 2023-01-30');
    expect(Number(await page.getByTestId('open-reviews').textContent())).toBeGreaterThanOrEqual(2);
    await checkPage('home');
  });

  it(
    'search finds the Peshawar incidents; ' +
      'the 2023 one shows the retracted claim and the attribution on its time axis',
    async () => {
      await page.getByLabel(/Group, person or incident/).fill('Peshawar');
      await page.getByRole('button', { name: 'Search' }).click();
      const link = page.getByRole('link', { name: /Peshawar, Khyber Pakhtunkhwa, PK, 30 Jan 2023/ });
      await link.click();
      expect(new URL(page.url()).pathname).toBe(`/console/incidents/${DEMO.peshawar2023}`);
      await page.locator('[data-chart=timeline][data-drawn=true]').waitFor();
      const items = await timeline().textContent();
      expect(items).toContain('Claim by Jamaat-ul-Ahrar (retracted 31 Jan 2023, 08:00 UTC)');
      expect(items).toContain('Retraction by Jamaat-ul-Ahrar');
      expect(items).toContain('Attribution to Jamaat-ul-Ahrar (confidence 60)');
      expect(items).toContain('Denial by Tehreek-e-Taliban Pakistan');
      expect(await claimsTable().locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['retracted']);
      await expect(page.getByTestId('incident-status').textContent()).resolves.toBe('attributed');
      // A day-precision incident reads as its day, not a time.
      await expect(page.locator('h1').textContent()).resolves.toMatch(/30 Jan 2023$/);
      await checkPage('incident');
    },
  );

  it(
    'moving the as-of control back before the retraction ' + 'shows the claim active, with ?asOfPosition= in the URL',
    async () => {
      const history = (await app.call('GET', `/v1/incidents/${DEMO.peshawar2023}/history`)).body.items as Array<{
        type: string;
        position: number;
      }>;
      const retraction = history.findIndex((e) => e.type === 'ClaimRetracted');
      expect(retraction).toBeGreaterThan(0);
      const slider = page.getByLabel('Change', { exact: true });
      await slider.focus();
      await page.keyboard.press('End');
      for (let i = history.length - 1; i > retraction - 1; i--) await page.keyboard.press('ArrowLeft');
      await expect(page.getByTestId('asof-label').textContent()).resolves.toContain(
        `After change ${retraction} of ${history.length}: ${history[retraction - 1].type}`,
      );
      await page.waitForURL((u) => u.searchParams.get('asOfPosition') === String(history[retraction - 1].position));
      await claimsTable().locator('td.claim-active').waitFor();
      expect(await claimsTable().locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['active']);
      await page.locator('[data-chart=timeline][data-drawn=true]').waitFor();
      const items = await timeline().textContent();
      expect(items).toContain('Claim by Jamaat-ul-Ahrar (active)');
      expect(items).not.toContain('Retraction by');
      expect(items).not.toContain('Attribution to');
      // Comparing with "now" lists the changes since, one by one, with who recorded them.
      await page.getByLabel('Compare with change').selectOption(String(history[history.length - 1].position));
      const between = page.getByTestId('changes-between');
      await between.waitFor();
      const rows = await between.locator('tbody tr').allTextContents();
      expect(rows[0]).toContain('ClaimRetracted');
      expect(rows[0]).toContain('bootstrap admin (admin)');
      expect(rows[0]).toContain('Dawn');
      await checkPage('incident-as-of');
      // The link can be sent: loading it shows the same picture.
      await page.reload();
      await claimsTable().locator('td.claim-active').waitFor();
    },
  );

  it("a group page charts its ledger by month, with the chart's data beside it", async () => {
    await page.goto(`${app.url}/console/incidents/${DEMO.peshawar2023}`);
    await claimsTable().getByRole('link', { name: 'Jamaat-ul-Ahrar' }).click();
    expect(new URL(page.url()).pathname).toBe(`/console/groups/${DEMO.jua}`);
    await page.locator('[data-chart=ledger][data-drawn=true]').waitFor();
    const rows = await page.getByTestId('ledger-table').locator('tbody tr').allTextContents();
    expect(rows).toEqual(['Aug 20161000', 'Jan 20231101']);
    await expect(page.getByTestId('ledger-summary').textContent()).resolves.toContain('retraction rate 50%');
    await page.locator('[data-chart=relations][data-drawn=true]').waitFor();
    await page
      .getByText('Jamaat-ul-Ahrar faction of Tehreek-e-Taliban Pakistan (confidence 75), Aug 2020 – now')
      .waitFor();
    await page.locator('[data-chart=leadership][data-drawn=true]').waitFor();
    await checkPage('group');
  });

  it('a person page: affiliations on a time axis, a concealed status, statements and the track record', async () => {
    await page.goto(`${app.url}/console/persons/${app.personId}`);
    await page.locator('[data-chart=affiliations][data-drawn=true]').waitFor();
    // Statements and the track record are reads of their own: wait until they are on the page.
    await page.getByText('Spoke for TTP on a claimed attack').waitFor();
    await page.getByText(/^Credibility/).waitFor();
    const body = await page.locator('main').textContent();
    expect(body).toContain('Tehreek-e-Taliban Pakistan: spokesperson, 2014 – Aug 2020 (defected) → Jamaat-ul-Ahrar');
    expect(body).toContain('killed concealed');
    expect(body).toContain('Spoke for TTP on a claimed attack — unassessed');
    expect(body).toContain('Credibility');
    await checkPage('person');
  });

  it('the retraction audit: a histogram of hours to retraction and the list, filtered by group', async () => {
    await page.goto(`${app.url}/console/retractions`);
    await page.locator('[data-chart=retraction-histogram][data-drawn=true]').waitFor();
    expect(await page.getByTestId('retractions').locator('tbody tr').count()).toBe(2);
    await page.getByLabel('Group (name, alias or id)').fill('TTP');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL((u) => u.searchParams.get('group') === 'TTP');
    await page.getByTestId('retractions').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('retractions').locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining('Tehreek-e-Taliban Pakistan'),
    ]);
    expect(await page.getByTestId('histogram-table').textContent()).toContain('6–24 h1');
    await checkPage('retractions');
  });

  it('an analyst resolves a review from the page and it leaves the open queue', async () => {
    await page.goto(`${app.url}/console/reviews`);
    const open = page.getByTestId('reviews-open');
    await open.waitFor();
    await checkPage('reviews');
    const before = await open.locator('[data-review]').count();
    const first = open.locator('[data-review]').first();
    const id = (await first.getAttribute('data-review'))!;
    await first.getByLabel('Reject').check();
    await first.getByLabel('Note').fill('Checked against the outlet: not the group’s channel');
    await first.getByRole('button', { name: 'Resolve review' }).click();
    await page.locator(`[data-review="${id}"]`).waitFor({ state: 'detached' });
    expect(await open.locator('[data-review]').count()).toBe(before - 1);
    const resolved = (await app.call('GET', '/v1/reviews?status=resolved')).body.items;
    expect(resolved).toEqual([expect.objectContaining({ id, decision: 'reject', status: 'resolved' })]);
  });

  it('a reporter sees the queue read-only', async () => {
    await page.evaluate((k) => sessionStorage.setItem('claimtrail.apiKey', k), app.keys.reporter);
    await page.reload();
    await page.getByTestId('reviews-open').waitFor();
    await expect(page.getByTestId('who').textContent()).resolves.toBe('Signed in as console reporter (reporter)');
    expect(await page.getByRole('button', { name: 'Resolve review' }).count()).toBe(0);
    await page.getByText('the queue is read-only').waitFor();
  });

  it('a key the API answers 401 to sends back to Sign in; Sign out forgets the key', async () => {
    await page.evaluate(() => sessionStorage.setItem('claimtrail.apiKey', 'revoked-or-unknown-key'));
    await page.reload();
    await page.getByLabel('API key').waitFor();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Signed out');
    expect(await page.evaluate(() => sessionStorage.getItem('claimtrail.apiKey'))).toBeNull();
    await page.getByLabel('API key').fill(app.keys.analyst);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('who').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('claimtrail.apiKey'))).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
