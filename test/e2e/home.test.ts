import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';
import { browserMissing, expectNoAxeViolations, failOnConsoleErrors, launchBrowser } from './browser';

let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  if (browserMissing) return;
  // No demo region: these pages need none, and seeding costs a loaded machine half a minute.
  server = startServer({ PORT: String(await freePort()), DATA_DIR: freshDataDir(), SEED_DEMO: '0' });
  await server.waitForReady(110_000);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test.skipIf(browserMissing)(
  'the front page is in Swedish, switches to English and remembers it; an empty region says so',
  async () => {
    // axe-core needs a page from an explicit context.
    const context = await browser.newContext();
    const page = await context.newPage();
    const assertNoConsoleErrors = failOnConsoleErrors(page);
    await page.goto(server.baseUrl);

    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Restmaterial och ledig kapacitet som någon annan behöver');
    // No demo region here: the counts are zero and the newest lists say there is nothing yet.
    await page.getByText('Inga annonser ännu. Bli först!').first().waitFor();
    expect(await page.locator('.stat dd').allTextContents()).toEqual(['0', '0', '0', '0']);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(1);
    expect(await page.getAttribute('link[rel="icon"]', 'href')).toBe('/favicon.svg');
    expect((await fetch(`${server.baseUrl}/favicon.svg`)).status).toBe(200);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'In English' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('By-products and spare capacity that someone else needs');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('By-products and spare capacity that someone else needs');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    assertNoConsoleErrors();
    await context.close();
  },
);

test.skipIf(browserMissing)('a deep link is served the app, which shows a translated not-found page', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${server.baseUrl}/no/such/page`);
  expect(response?.status()).toBe(200);
  await expect.poll(() => page.locator('h1').textContent()).toBe('Sidan finns inte');
  await page.close();
});

test.skipIf(browserMissing)(
  'a page that fails to render shows a translated message and is reported to the server',
  async () => {
    const page = await browser.newPage();
    // Make the front page's number formatting (its counts) throw while the page renders.
    await page.addInitScript(() => {
      Intl.NumberFormat = function brokenNumberFormat() {
        throw new Error('number formatting broke');
      } as unknown as typeof Intl.NumberFormat;
    });
    await page.goto(server.baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Något gick fel');
    // The shell stays, so the user can navigate away.
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(1);
    await expect.poll(() => server.output()).toContain('a page failed to render in the browser');
    expect(server.output()).toContain('number formatting broke');
    await page.close();
  },
);
