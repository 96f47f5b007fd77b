import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';
import { browserMissing, expectNoAxeViolations, failOnConsoleErrors, launchBrowser } from './browser';

let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  if (browserMissing) return;
  const port = await freePort();
  // The demo region is seeded on this first start.
  server = startServer({ PORT: String(port), DATA_DIR: freshDataDir(), PUBLIC_URL: `http://127.0.0.1:${port}` });
  await server.waitForReady();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test.skipIf(browserMissing)(
  'a visitor types a Swedish word with a typo and finds the seeded listing, and the URL keeps the search',
  async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const assertNoConsoleErrors = failOnConsoleErrors(page);
    await page.goto(`${server.baseUrl}/search`);
    await page.getByRole('heading', { name: 'Sök i marknadsplatsen' }).waitFor();
    // Completions of the word being typed come from the listings' words.
    await page.getByLabel('Sökord').fill('Alumin');
    await expect
      .poll(() =>
        page.locator('datalist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
      )
      .toContain('Aluminiumspån');
    await page.getByLabel('Sökord').fill('aluminiumspåm');
    await page
      .getByRole('link', { name: /aluminiumspån/i })
      .first()
      .waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('aluminiumspåm');
    await expectNoAxeViolations(page);

    // A facet narrows the hits, and the back button undoes it.
    const before = await page.getByText(/^\d+ annonser/).textContent();
    await page.getByRole('group', { name: 'Annonser' }).getByRole('checkbox').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('side')).toMatch(/^(offer|need)$/);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('side')).toBeNull();
    await expect.poll(() => page.getByText(/^\d+ annonser/).textContent()).toBe(before);

    // A search that finds nothing says what to relax.
    await page.getByLabel('Sökord').fill('zzzxqy');
    await page.getByText('Inga annonser matchade.').waitFor();
    assertNoConsoleErrors();
    await context.close();
  },
);
