import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
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
  // Seeding the demo region on a busy two-core machine takes a while.
}, 240_000);
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
      .poll(
        () =>
          page.locator('datalist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
        { timeout: 10_000 },
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
    const before = await page.locator('.result-count').textContent();
    await page.getByRole('group', { name: 'Annonser' }).getByRole('checkbox').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('side')).toMatch(/^(offer|need)$/);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('side')).toBeNull();
    await expect.poll(() => page.locator('.result-count').textContent()).toBe(before);

    // A search that finds nothing says what to relax.
    await page.getByLabel('Sökord').fill('zzzxqy');
    await page.getByText('Inga annonser matchade.').waitFor();
    assertNoConsoleErrors();
    await context.close();
  },
);

/** Console warnings as well as errors: React and the router warn about real mistakes. */
function collectConsoleProblems(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return () => problems;
}

/** Nothing of the page reaches past the right edge of the screen. */
async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    let widest = 0;
    for (const element of document.querySelectorAll('body *')) {
      widest = Math.max(widest, element.getBoundingClientRect().right);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest };
  });
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  expect(widest).toBeLessThanOrEqual(innerWidth);
}

/** axe on the whole page: nothing serious or critical. */
async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
  ).toEqual([]);
}

const resultCount = async (page: Page) =>
  Number((await page.locator('.result-count').textContent())?.replace(/\D/g, ''));

test.each([
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
])(
  'at $width px, two municipalities and one category combine, a chip removes one, and the URL holds it all',
  async ({ width, height }) => {
    if (browserMissing) return;
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const problems = collectConsoleProblems(page);
    await page.goto(`${server.baseUrl}/search`);
    await page.getByRole('heading', { name: 'Sök i marknadsplatsen' }).waitFor();
    await page.locator('.result-count').waitFor();
    const everything = await resultCount(page);

    const phone = width < 768;
    const toggle = page.getByRole('button', { name: /^Filter \(\d+\)$/ });
    if (phone) {
      // On a phone the filters are folded away behind one button, above the results.
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('group', { name: 'Kommun' }).isVisible()).toBe(false);
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    } else {
      expect(await toggle.count()).toBe(0);
    }
    const municipalities = page.getByRole('group', { name: 'Kommun' }).getByRole('checkbox');
    const countOf = (group: string, index: number) =>
      page.getByRole('group', { name: group }).locator('.choice').nth(index).locator('.count').textContent();
    const secondBefore = await countOf('Kommun', 1);

    await municipalities.nth(0).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('mun').length).toBe(1);
    await expect.poll(() => resultCount(page)).toBeLessThan(everything);
    const oneMunicipality = await resultCount(page);
    // Disjunctive: the other municipality keeps its count and can be added to the first.
    expect(await countOf('Kommun', 1)).toBe(secondBefore);
    await municipalities.nth(1).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('mun').length).toBe(2);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(oneMunicipality);
    const twoMunicipalities = await resultCount(page);
    expect(twoMunicipalities).toBeLessThanOrEqual(everything);

    await page.getByRole('group', { name: 'Kategori' }).getByRole('checkbox').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('cat').length).toBe(1);
    await expect.poll(() => resultCount(page)).toBeLessThan(twoMunicipalities);
    const combined = await resultCount(page);
    expect(combined).toBeGreaterThan(0);
    // The municipalities' counts now follow the category: together they make the total.
    const chipList = page.getByRole('region', { name: 'Valda filter' }).getByRole('listitem');
    await expect.poll(() => chipList.count()).toBe(3);
    if (phone) await expect.poll(() => toggle.textContent()).toBe('Filter (3)');

    await expectNoSeriousAxeViolations(page);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: `test-results/search-filters-${width}.png`, fullPage: true });

    // A chip's remove button takes its filter away: the URL, the chips and the count follow.
    const [firstMunicipality] = new URL(page.url()).searchParams.getAll('mun');
    await page
      .getByRole('button', { name: /^Ta bort filtret Kommun: / })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('mun')).not.toContain(firstMunicipality);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('mun').length).toBe(1);
    await expect.poll(() => chipList.count()).toBe(2);
    await expect.poll(() => resultCount(page)).toBeLessThan(combined + 1);

    // The state survives a reload: it is all in the URL.
    const url = page.url();
    await page.reload();
    await page.locator('.result-count').waitFor();
    expect(page.url()).toBe(url);
    await expect.poll(() => chipList.count()).toBe(2);

    await page.getByRole('button', { name: 'Rensa alla' }).click();
    await expect.poll(() => chipList.count()).toBe(0);
    await expect.poll(() => resultCount(page)).toBe(everything);
    await expectNoHorizontalOverflow(page);
    expect(problems()).toEqual([]);
    await context.close();
  },
);
