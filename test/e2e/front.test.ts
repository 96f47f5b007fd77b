import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_ADMIN_EMAIL, DEMO_BROKER_EMAIL, DEMO_PASSWORD } from '../../db/seed/seed';
import { companyInput } from '../helpers/factories';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';
import { companyOwnerThroughApi, signInContext, trpcMutation, trpcQuery } from './api';
import { browserMissing, launchBrowser } from './browser';

// One server (with the demo region, for the broker's account and a front page with listings on it)
// and one browser for the whole file.
let server: ServerProcess;
let browser: Browser;
const screenshotDir = path.resolve(import.meta.dirname, '../../test-results');
const viewports = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;

beforeAll(async () => {
  if (browserMissing) return;
  mkdirSync(screenshotDir, { recursive: true });
  const port = await freePort();
  server = startServer({ PORT: String(port), DATA_DIR: freshDataDir(), PUBLIC_URL: `http://127.0.0.1:${port}` });
  // Seeding the demo region on a loaded machine takes a while.
  await server.waitForReady(240_000);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signInThroughApi(email: string, password: string): Promise<string[]> {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((header) => header.split(';')[0] as string);
}

/**
 * A page at a viewport that records every console warning or error and every failed request
 * (a 404 for a favicon counts), so a page that is "clean" really is.
 */
async function openPage(viewport: { width: number; height: number }, cookies: string[] | null) {
  const context: BrowserContext = await browser.newContext({ viewport });
  if (cookies) await signInContext(context, server.baseUrl, cookies);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { page, context, problems };
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
  ).toEqual([]);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The checks every home gets at every width; on the phone the menu button must open and close the navigation. */
async function checkHome(
  role: 'visitor' | 'member' | 'broker',
  viewport: { width: number; height: number },
  page: Page,
  problems: string[],
) {
  await page.waitForLoadState('networkidle');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: path.join(screenshotDir, `home-${role}-${viewport.width}.png`), fullPage: true });

  // Hidden while the menu is closed, so the role query must include hidden elements.
  const nav = page.getByRole('navigation', { name: 'Huvudmeny', includeHidden: true });
  const menuButton = page.getByRole('button', { name: 'Meny' });
  if (viewport.width < 768) {
    expect(await nav.isVisible()).toBe(false);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menuButton.getAttribute('aria-controls')).toBe(await nav.getAttribute('id'));
    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Sök' }).isVisible()).toBe(true);
    expect(await nav.getByRole('button', { name: 'In English' }).isVisible()).toBe(true);
    // The open menu is part of the page too: nothing sideways, nothing illegible.
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await menuButton.evaluate((element) => element === document.activeElement)).toBe(true);
  } else {
    expect(await menuButton.isVisible()).toBe(false);
    expect(await nav.getByRole('link', { name: 'Sök' }).isVisible()).toBe(true);
  }
  // The narrowest phones: still nothing to scroll sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
}

test.skipIf(browserMissing)(
  'a visitor sees what Sidestream is, live counts, the newest offers and needs as teasers, and how it works',
  async () => {
    const counts = await trpcQuery<{ counts: Record<string, number> }>(server.baseUrl, '', 'home.visitor', undefined);
    for (const viewport of viewports) {
      const { page, context, problems } = await openPage(viewport, null);
      await page.goto(server.baseUrl);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Restmaterial och ledig kapacitet som någon annan behöver',
      );
      // The counts are the database's, formatted for Swedish.
      const offers = page.locator('.stat', { hasText: 'Aktiva erbjudanden' }).locator('dd');
      await expect
        .poll(() => offers.textContent())
        .toBe(new Intl.NumberFormat('sv-SE').format(counts.counts.offers ?? -1));
      expect(counts.counts.offers).toBeGreaterThan(0);
      const offerCards = page.getByRole('region', { name: 'Nyaste erbjudandena' }).locator('article');
      const needCards = page.getByRole('region', { name: 'Nyaste behoven' }).locator('article');
      expect(await offerCards.count()).toBe(4);
      expect(await needCards.count()).toBe(4);
      // A visitor gets teasers: an approximate quantity and no company name, anonymous or not.
      expect(await offerCards.first().textContent()).toMatch(/cirka/);
      expect(await page.getByText('Anonymt företag').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Så fungerar det' }).count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Skapa konto' }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('link', { name: 'Lägg ut en annons' }).getAttribute('href')).toBe(
        '/sign-in?next=%2Fcompanies',
      );
      expect(await page.getByText(/i samarbete med IUC/).count()).toBe(1);
      // The system status is no longer on the front page.
      expect(await page.getByTestId('app-info').count()).toBe(0);
      await checkHome('visitor', viewport, page, problems);
      await context.close();
    }
  },
  180_000,
);

test.skipIf(browserMissing)(
  'the front page search box completes the word being typed and searches on submit',
  async () => {
    const { page, context, problems } = await openPage(viewports[1], null);
    await page.goto(server.baseUrl);
    // A text box with a list of completions is a combobox to assistive technology.
    const box = page.getByRole('combobox', { name: 'Vad letar du efter?' });
    await box.fill('alumin');
    // The box's own list of completions (the only datalist on the page).
    expect(await box.getAttribute('list')).toBe(await page.locator('datalist').getAttribute('id'));
    const completions = page.locator('datalist option');
    await expect.poll(() => completions.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await completions.first().getAttribute('value'))?.toLowerCase()).toMatch(/^alumin/);
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=alumin/);
    await page.getByRole('heading', { name: 'Sök i marknadsplatsen' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  },
);

test.skipIf(browserMissing)(
  'a member sees their company at a glance: new matches best first, drafts, and a switcher between their companies',
  async () => {
    const owner = await companyOwnerThroughApi(server.baseUrl, 'frida@framsteg-metall.se', 'Framsteg Metall AB');
    // A need the demo region has offers for, so the matcher finds several; and a draft.
    const listing = (fields: Record<string, unknown>) => ({
      companyId: owner.companyId,
      siteId: owner.siteId,
      side: 'need',
      type: 'material',
      categoryId: 'aluminium-swarf',
      quantity: 3,
      unit: 't',
      frequency: 'monthly',
      availableFrom: new Date().toISOString().slice(0, 10),
      priceModel: 'negotiable',
      ...fields,
    });
    await trpcMutation(server.baseUrl, owner.cookieHeader, 'listings.create', {
      ...listing({ title: 'Söker aluminiumspån för omsmältning', publish: true }),
    });
    await trpcMutation(server.baseUrl, owner.cookieHeader, 'listings.create', {
      ...listing({ title: 'Utkast: mässingsspån', categoryId: 'brass-swarf', publish: false }),
    });
    await expect
      .poll(
        async () =>
          (
            await trpcQuery<{ newMatches: { count: number } }>(server.baseUrl, owner.cookieHeader, 'home.company', {
              companyId: owner.companyId,
            })
          ).newMatches.count,
        { timeout: 60_000, interval: 1000 },
      )
      .toBeGreaterThan(1);
    // A second company of the same person, for the switcher.
    const secondCompany = await trpcMutation<{ id: string }>(server.baseUrl, owner.cookieHeader, 'companies.create', {
      ...companyInput({ name: 'Framsteg Plast AB' }),
    });

    for (const viewport of viewports) {
      const { page, context, problems } = await openPage(viewport, owner.cookies);
      await page.goto(server.baseUrl);
      await page.getByRole('heading', { level: 1, name: 'Framsteg Metall AB' }).waitFor();
      const matches = page.getByTestId('home-new-matches');
      await matches.locator('.score').first().waitFor();
      const scores = (await matches.locator('.score').allTextContents()).map(Number);
      expect(scores.length).toBeGreaterThan(1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(await page.getByTestId('home-drafts').getByRole('link', { name: 'Utkast: mässingsspån' }).count()).toBe(1);
      expect(await page.getByTestId('home-introductions').count()).toBe(1);
      expect(await page.getByTestId('home-messages').count()).toBe(1);
      expect(await page.getByTestId('home-expiring').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Lägg ut en annons' }).getAttribute('href')).toBe(
        `/companies/${owner.companyId}/listings/new`,
      );
      await checkHome('member', viewport, page, problems);
      await context.close();
    }

    const { page, context, problems } = await openPage(viewports[1], owner.cookies);
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Framsteg Metall AB' }).waitFor();
    await page.getByLabel('Visa företag').selectOption(secondCompany.id);
    await page.getByRole('heading', { level: 1, name: 'Framsteg Plast AB' }).waitFor();
    await page.getByTestId('home-drafts').getByText('Inga utkast.').waitFor();
    expect(page.url()).toContain(`company=${secondCompany.id}`);
    expect(problems).toEqual([]);
    await context.close();
  },
  240_000,
);

test.skipIf(browserMissing)(
  'a broker sees next steps, strong new matches, conversations waiting on IUC and the month so far',
  async () => {
    const cookies = await signInThroughApi(DEMO_BROKER_EMAIL, DEMO_PASSWORD);
    // The demo region's matches are computed by the worker after the first start.
    await expect
      .poll(
        async () =>
          (
            await trpcQuery<{ strongMatches: { count: number } }>(
              server.baseUrl,
              cookies.join('; '),
              'home.broker',
              undefined,
            )
          ).strongMatches.count,
        { timeout: 90_000, interval: 2000 },
      )
      .toBeGreaterThan(0);
    for (const viewport of viewports) {
      const { page, context, problems } = await openPage(viewport, cookies);
      await page.goto(server.baseUrl);
      await page.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
      const strong = page.getByTestId('home-strong-matches');
      await strong.locator('.score').first().waitFor();
      const scores = (await strong.locator('.score').allTextContents()).map(Number);
      expect(Math.min(...scores)).toBeGreaterThanOrEqual(80);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(await strong.getByRole('link').first().getAttribute('href')).toMatch(/^\/broker\/matches\//);
      expect(await page.getByTestId('home-next-steps').count()).toBe(1);
      expect(await page.getByTestId('home-waiting').count()).toBe(1);
      expect(await page.locator('.stat', { hasText: 'Affärer denna månad' }).count()).toBe(1);
      expect(await page.locator('.stat', { hasText: 'Ton denna månad' }).count()).toBe(1);
      await checkHome('broker', viewport, page, problems);
      await context.close();
    }
  },
  240_000,
);

test.skipIf(browserMissing)('system status is on an admin-only page', async () => {
  const admin = await openPage(viewports[1], await signInThroughApi(DEMO_ADMIN_EMAIL, DEMO_PASSWORD));
  await admin.page.goto(`${server.baseUrl}/admin/status`);
  const status = admin.page.getByTestId('app-info');
  await status.waitFor();
  expect(await status.textContent()).toContain('Inbyggd (PGlite)');
  expect(await admin.page.getByRole('link', { name: 'Systemstatus' }).count()).toBe(1);
  await expectNoSeriousAxeViolations(admin.page);
  expect(admin.problems).toEqual([]);
  await admin.context.close();

  const broker = await openPage(viewports[1], await signInThroughApi(DEMO_BROKER_EMAIL, DEMO_PASSWORD));
  await broker.page.goto(`${server.baseUrl}/admin/status`);
  await broker.page.getByText('Systemstatus visas bara för plattformens administratörer.').waitFor();
  expect(await broker.page.getByTestId('app-info').count()).toBe(0);
  expect(await broker.page.getByRole('link', { name: 'Systemstatus' }).count()).toBe(0);
  await broker.context.close();
});
