import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_BROKER_EMAIL, DEMO_PASSWORD } from '../../db/seed/seed';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';
import { companyOwnerThroughApi, signInContext, trpcMutation, trpcQuery } from './api';
import { browserMissing, expectNoAxeViolations, failOnConsoleErrors, launchBrowser } from './browser';

let server: ServerProcess;
let browser: Browser;
const screenshotDir = path.resolve(import.meta.dirname, '../../test-results');

beforeAll(async () => {
  if (browserMissing) return;
  const port = await freePort();
  // The demo region is seeded on this first start: it brings the IUC broker's account (and a
  // dashboard with something on it). Brokering and impact share this server.
  server = startServer({ PORT: String(port), DATA_DIR: freshDataDir(), PUBLIC_URL: `http://127.0.0.1:${port}` });
  await server.waitForReady();
  browser = await launchBrowser();
  // The first start migrates and seeds the demo region with its year of history; a shared CI machine may take minutes.
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signInThroughApi(email: string, password: string) {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookies = response.headers.getSetCookie().map((header) => header.split(';')[0] as string);
  return { cookies, cookieHeader: cookies.join('; ') };
}

async function pageFor(cookies: string[]): Promise<{ page: Page; context: BrowserContext; done: () => Promise<void> }> {
  const context = await browser.newContext();
  await signInContext(context, server.baseUrl, cookies);
  const page = await context.newPage();
  const assertNoConsoleErrors = failOnConsoleErrors(page, [/Failed to load resource/]);
  return {
    page,
    context,
    done: async () => {
      assertNoConsoleErrors();
      await context.close();
    },
  };
}

/** "1 234,5 t" → 1234.5 */
function swedishNumber(text: string | null): number {
  return Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', '.'));
}

function listing(companyId: string, siteId: string, fields: Record<string, unknown>) {
  return {
    companyId,
    siteId,
    type: 'material',
    categoryId: 'aluminium-swarf',
    quantity: 2,
    unit: 't',
    frequency: 'monthly',
    availableFrom: '2026-11-01',
    priceModel: 'free',
    publish: true,
    ...fields,
  };
}

test.skipIf(browserMissing)(
  'a broker assigns and introduces a match; both companies accept, talk, and the broker moves it to agreed',
  async () => {
    const seller = await companyOwnerThroughApi(server.baseUrl, 'sara@spanbolaget.se', 'Spånbolaget AB');
    const buyer = await companyOwnerThroughApi(server.baseUrl, 'omar@gjuteriet-norr.se', 'Gjuteriet Norr AB');
    await trpcMutation(
      server.baseUrl,
      seller.cookieHeader,
      'listings.create',
      listing(seller.companyId, seller.siteId, { side: 'offer', title: 'Aluminiumspån 6060, torra', anonymous: true }),
    );
    await trpcMutation(
      server.baseUrl,
      buyer.cookieHeader,
      'listings.create',
      listing(buyer.companyId, buyer.siteId, { side: 'need', title: 'Söker aluminiumspån till omsmältning' }),
    );
    const broker = await signInThroughApi(DEMO_BROKER_EMAIL, DEMO_PASSWORD);
    // The worker computes the match after the demo region's own jobs.
    await expect
      .poll(
        async () =>
          (
            await trpcQuery<{ items: { id: string }[] }>(server.baseUrl, broker.cookieHeader, 'brokering.pipeline', {
              companyId: seller.companyId,
            })
          ).items.length,
        { timeout: 60_000, interval: 500 },
      )
      .toBeGreaterThan(0);

    // The broker finds it on the board, assigns it to herself and introduces the parties.
    const brokerPage = await pageFor(broker.cookies);
    const { page } = brokerPage;
    await page.goto(`${server.baseUrl}/broker/pipeline?company=${seller.companyId}`);
    await page.getByRole('heading', { name: 'Matchningar i regionen' }).waitFor();
    await page.getByRole('heading', { name: /^Förslag/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${server.baseUrl}/broker/pipeline?company=${seller.companyId}&view=table`);
    await page.getByRole('columnheader', { name: 'Poäng' }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${server.baseUrl}/broker/pipeline?company=${seller.companyId}`);
    await page.getByRole('link', { name: /Söker aluminiumspån till omsmältning ↔ Aluminiumspån 6060/ }).click();
    await page.getByRole('heading', { name: /^Matchning: Söker aluminiumspån/ }).waitFor();
    await page.getByRole('button', { name: 'Ta själv' }).click();
    await page.getByText('Ansvarig: ').first().waitFor();
    await page.getByLabel('Hälsning till båda').fill('Hej! Ni verkar passa ihop: spån 6060 och omsmältning.');
    await page.getByRole('button', { name: 'Skicka introduktion' }).click();
    await page.getByText('Introduktion skickad').waitFor();
    await expectNoAxeViolations(page);

    // Each company accepts from its own account; the anonymous seller's name shows only after both have.
    const sellerPage = await pageFor(seller.cookies);
    await sellerPage.page.goto(`${server.baseUrl}/companies/${seller.companyId}/introductions`);
    await sellerPage.page.getByText('Företagets namn visas när båda har tackat ja.').waitFor();
    await sellerPage.page.getByRole('button', { name: 'Tacka ja' }).click();
    await sellerPage.page.getByText('Ni har tackat ja. Vi väntar på den andra parten.').waitFor();

    const buyerPage = await pageFor(buyer.cookies);
    await buyerPage.page.goto(`${server.baseUrl}/companies/${buyer.companyId}/introductions`);
    await buyerPage.page.getByText('Företagets namn visas när båda har tackat ja.').waitFor();
    expect(await buyerPage.page.getByText('Spånbolaget AB').count()).toBe(0);
    await buyerPage.page.getByRole('button', { name: 'Tacka ja' }).click();
    await buyerPage.page.getByText('Båda har tackat ja.').waitFor();
    await buyerPage.page.getByText('Spånbolaget AB').waitFor();
    await buyerPage.page.getByRole('link', { name: 'Till konversationen' }).click();
    await buyerPage.page.getByLabel('Meddelande').fill('Hej Sara! Hur mycket spån blir det per månad? <b>ungefär</b>');
    await buyerPage.page.getByRole('button', { name: 'Skicka' }).click();
    // Markup is shown as the text it is.
    await buyerPage.page.getByText('Hur mycket spån blir det per månad? <b>ungefär</b>').waitFor();
    await expectNoAxeViolations(buyerPage.page);

    // The seller sees the unread message in the header, reads it and answers.
    await sellerPage.page.goto(`${server.baseUrl}/conversations`);
    await sellerPage.page.getByRole('link', { name: /Meddelanden.*1 oläst\b/ }).waitFor();
    await sellerPage.page.getByRole('link', { name: /Söker aluminiumspån till omsmältning ↔/ }).click();
    await sellerPage.page.getByText('Hur mycket spån blir det per månad?', { exact: false }).waitFor();
    await sellerPage.page.getByLabel('Meddelande').fill('Runt två ton i månaden. Vi kan leverera i storsäck.');
    await sellerPage.page.getByRole('button', { name: 'Skicka' }).click();
    await sellerPage.page.getByText('Runt två ton i månaden.', { exact: false }).waitFor();
    await expect.poll(() => sellerPage.page.getByRole('link', { name: 'Meddelanden', exact: true }).count()).toBe(1);

    // The broker sees the conversation on the match page and moves the match to agreed.
    await page.reload();
    await page.getByText('Runt två ton i månaden.', { exact: false }).waitFor();
    await page.getByLabel('Nytt steg').selectOption({ label: 'Överens' });
    await page.getByRole('button', { name: 'Flytta' }).click();
    await page.getByText('Flyttad till Överens.').waitFor();
    await page.getByText('Flyttad från Introducerad till Överens').waitFor();
    await expect.poll(() => page.getByText('Båda tackade ja – namnen visas för varandra').count()).toBe(1);

    await brokerPage.done();
    await sellerPage.done();
    await buyerPage.done();
  },
);

test.skipIf(browserMissing)(
  'a broker records an outcome on an agreed match and finds it on the dashboard (with charts) and in the period report',
  async () => {
    const seller = await companyOwnerThroughApi(server.baseUrl, 'lars@fraseriet-e2e.se', 'Fräseriet Syd AB');
    const buyer = await companyOwnerThroughApi(server.baseUrl, 'mia@omsmaltning-e2e.se', 'Omsmältning Nord AB');
    const listing = (companyId: string, siteId: string, side: 'offer' | 'need', title: string) => ({
      companyId,
      siteId,
      side,
      title,
      type: 'material',
      categoryId: 'aluminium-swarf',
      quantity: 2,
      unit: 't',
      frequency: 'monthly',
      availableFrom: '2026-11-01',
      priceModel: 'free',
      publish: true,
    });
    const offer = await trpcMutation<{ id: string }>(
      server.baseUrl,
      seller.cookieHeader,
      'listings.create',
      listing(seller.companyId, seller.siteId, 'offer', 'Aluminiumspån från svarvning'),
    );
    const need = await trpcMutation<{ id: string }>(
      server.baseUrl,
      buyer.cookieHeader,
      'listings.create',
      listing(buyer.companyId, buyer.siteId, 'need', 'Aluminiumspån till omsmältning'),
    );
    const broker = await signInThroughApi(DEMO_BROKER_EMAIL, DEMO_PASSWORD);
    const { matchId } = await trpcMutation<{ matchId: string }>(
      server.baseUrl,
      broker.cookieHeader,
      'brokering.createMatch',
      {
        offerListingId: offer.id,
        needListingId: need.id,
      },
    );
    await trpcMutation(server.baseUrl, broker.cookieHeader, 'brokering.moveStage', {
      matchId,
      fromStage: 'reviewing',
      toStage: 'agreed',
    });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signInContext(context, server.baseUrl, broker.cookies);
    const page = await context.newPage();
    const assertNoConsoleErrors = failOnConsoleErrors(page, [/Failed to load resource/]);

    await page.goto(`${server.baseUrl}/broker/matches/${matchId}`);
    await page.getByRole('heading', { name: 'Utfall' }).waitFor();
    await page.getByLabel('Mängd', { exact: true }).fill('24');
    await page.getByLabel('Enhet').selectOption('t');
    await page.getByLabel('Transportavstånd (km)').fill('14');
    await page.getByLabel('Värde (kr, valfritt)').fill('96000');
    await page.getByRole('button', { name: 'Spara utfall' }).click();
    await page.getByText('Sparat som version 1.').waitFor();
    // 24 t × 8 125,12084 − 24 t × 14 km × 0,10163 = 194 968,75 kg, shown in tonnes the Swedish way.
    // The computation in Swedish, with the factor's Swedish name.
    await page.getByText(/undvikna = 24 t\/år × 8\s125,12084 kg CO2e\/t \(Aluminium\)/).waitFor();
    await expect.poll(() => page.locator('dd', { hasText: /^195 t CO2e$/ }).count()).toBeGreaterThan(0);

    await page.goto(`${server.baseUrl}/broker/impact`);
    await page.getByRole('heading', { name: 'Effekt i regionen' }).waitFor();
    await page.getByRole('heading', { name: 'Ton och CO2e per månad' }).waitFor();
    // This year's figures: the demo's history plus the 24 t starting today.
    const inPeriod = page.getByRole('region', { name: 'Under perioden' });
    const tonnesIn = async (region: typeof inPeriod) =>
      swedishNumber(await region.locator('.fact', { hasText: 'Ton från avfall' }).locator('dd').first().textContent());
    await expect.poll(() => tonnesIn(inPeriod)).toBeGreaterThan(24);
    // The chart area is drawn: the canvas has coloured pixels, and the screenshot is kept with the run.
    const painted = await page.locator('.chart-area canvas').evaluateAll((canvases) =>
      canvases.map((canvas) => {
        const context2d = (canvas as HTMLCanvasElement).getContext('2d');
        if (!context2d) return 0;
        const { data } = context2d.getImageData(
          0,
          0,
          (canvas as HTMLCanvasElement).width,
          (canvas as HTMLCanvasElement).height,
        );
        let coloured = 0;
        for (let index = 0; index < data.length; index += 4) if ((data[index + 3] ?? 0) > 0) coloured++;
        return coloured;
      }),
    );
    expect(painted.length).toBeGreaterThanOrEqual(4);
    expect(painted.every((count) => count > 500)).toBe(true);
    mkdirSync(screenshotDir, { recursive: true });
    const screenshot = await page.screenshot({
      path: path.join(screenshotDir, 'impact-dashboard.png'),
      fullPage: true,
    });
    expect(screenshot.byteLength).toBeGreaterThan(20_000);
    const chartShot = await page.locator('.chart-area').nth(1).screenshot();
    expect(chartShot.byteLength).toBeGreaterThan(2_000);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Periodrapport för finansiärer' }).click();
    await page.getByRole('heading', { name: /^Sidestream – effektrapport/ }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    const totals = page.getByRole('region', { name: 'Summor' });
    await expect.poll(() => tonnesIn(totals)).toBeGreaterThan(24);
    // The method in Swedish: factor names, not keys such as plastic_pp.
    await page.getByText(/Aluminium: 8\s125,12084 kg CO2e\/t/).waitFor();
    await page
      .getByText(/Tung lastbil \(diesel\).*0,10163 kg CO2e\/tkm/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Förbehåll' }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/plastic_pp|paper_cardboard|Caveats|attributional/);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner utfallen (CSV)' }).click();
    const csvPath = await (await download).path();
    const csv = readFileSync(csvPath, 'utf8');
    // For Swedish Excel: a byte-order mark, semicolons, decimal commas, whole kg.
    expect(csv.startsWith('\uFEFFStartdatum;Kategori;')).toBe(true);
    expect(csv).toContain(';Aluminiumspån;');
    expect(csv).toContain(';194969;');
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner utfallen (Excel)' }).click();
    expect((await xlsxDownload).suggestedFilename()).toMatch(/^sidestream-utfall-.*\.xlsx$/);
    await expectNoAxeViolations(page);
    assertNoConsoleErrors();
    await context.close();
  },
);

test.skipIf(browserMissing)(
  'the demo region’s year of history fills the dashboard, the report and a company’s impact page at phone and desktop widths',
  async () => {
    const broker = await signInThroughApi(DEMO_BROKER_EMAIL, DEMO_PASSWORD);
    const owner = await signInThroughApi('anna.lindqvist@sodertalje-precisionsmekanik.example.se', DEMO_PASSWORD);
    const me = await trpcQuery<{ memberships: { companyId: string }[] }>(
      server.baseUrl,
      owner.cookieHeader,
      'accounts.me',
      null,
    );
    const companyId = me.memberships[0]?.companyId as string;
    mkdirSync(screenshotDir, { recursive: true });
    for (const [width, height] of [
      [390, 844],
      [1366, 900],
    ] as const) {
      const staff = await browser.newContext({ viewport: { width, height } });
      await signInContext(staff, server.baseUrl, broker.cookies);
      const page = await staff.newPage();
      const assertNoConsoleErrors = failOnConsoleErrors(page, [/Failed to load resource/]);
      const axeClean = (target: Page) => expectNoAxeViolations(target);
      // Nothing of the page's own content reaches past the viewport (wide tables scroll in their own region).
      const noSidewaysScroll = async () =>
        expect(
          await page.evaluate(() =>
            [...document.querySelectorAll('body *')]
              .filter((element) => !element.closest('.table-scroll'))
              .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
              .map((element) => `${element.tagName}.${element.className}`),
          ),
        ).toEqual([]);

      await page.goto(`${server.baseUrl}/broker/impact`);
      await page.getByRole('heading', { name: 'Ton och CO2e per månad' }).waitFor();
      const inPeriod = page.getByRole('region', { name: 'Under perioden' });
      await expect
        .poll(async () =>
          swedishNumber(await inPeriod.locator('.fact', { hasText: 'Affärer överens' }).locator('dd').textContent()),
        )
        .toBeGreaterThan(5);
      await page.screenshot({ path: path.join(screenshotDir, `impact-dashboard-${width}.png`), fullPage: true });
      await axeClean(page);
      await noSidewaysScroll();

      await page.goto(`${server.baseUrl}/reports/impact`);
      await page.getByRole('heading', { name: 'Förbehåll' }).waitFor();
      await page.screenshot({ path: path.join(screenshotDir, `impact-report-${width}.png`), fullPage: true });
      await axeClean(page);
      await noSidewaysScroll();
      assertNoConsoleErrors();
      await staff.close();

      const member = await browser.newContext({ viewport: { width, height } });
      await signInContext(member, server.baseUrl, owner.cookies);
      const memberPage = await member.newPage();
      const memberConsole = failOnConsoleErrors(memberPage, [/Failed to load resource/]);
      await memberPage.goto(`${server.baseUrl}/companies/${companyId}/impact`);
      await memberPage.getByRole('heading', { name: 'Vår effekt' }).waitFor();
      await memberPage.locator('table.data-table tbody tr').first().waitFor();
      await memberPage.screenshot({ path: path.join(screenshotDir, `impact-company-${width}.png`), fullPage: true });
      await axeClean(memberPage);
      memberConsole();
      await member.close();
    }
  },
);
