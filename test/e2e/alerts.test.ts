import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';
import { startTestSmtpServer } from '../helpers/smtp-server';
import { companyOwnerThroughApi, signInContext, trpcMutation } from './api';
import { browserMissing, expectNoAxeViolations, failOnConsoleErrors, launchBrowser } from './browser';

let server: ServerProcess;
let browser: Browser;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;

beforeAll(async () => {
  if (browserMissing) return;
  smtp = await startTestSmtpServer();
  const port = await freePort();
  server = startServer({
    PORT: String(port),
    DATA_DIR: freshDataDir(),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SEED_DEMO: '0',
    SMTP_URL: smtp.url,
  });
  await server.waitForReady();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

test.skipIf(browserMissing)(
  'a buyer saves a search; another company publishes a fitting listing; the bell count rises and the email arrives',
  async () => {
    const buyer = await companyOwnerThroughApi(server.baseUrl, 'eva@kartongfabriken-e2e.se', 'Kartongfabriken AB');
    const seller = await companyOwnerThroughApi(server.baseUrl, 'nils@lagerbolaget-e2e.se', 'Lagerbolaget AB');
    const context = await browser.newContext();
    await signInContext(context, server.baseUrl, buyer.cookies);
    const page = await context.newPage();
    const assertNoConsoleErrors = failOnConsoleErrors(page, [/Failed to load resource/]);

    await page.goto(`${server.baseUrl}/search?q=wellpapp`);
    await page.getByRole('heading', { name: 'Sök i marknadsplatsen' }).waitFor();
    await page.getByRole('button', { name: 'Bevaka sökningen' }).click();
    await page.getByLabel('Namn').fill('Wellpapp till förpackningar');
    await page.getByLabel('Hur ofta').selectOption({ label: 'Direkt' });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Sparat.').waitFor();
    expect(await page.getByTestId('bell-count').count()).toBe(0);

    await trpcMutation(server.baseUrl, seller.cookieHeader, 'listings.create', {
      companyId: seller.companyId,
      siteId: seller.siteId,
      side: 'offer',
      type: 'material',
      categoryId: 'cardboard',
      title: 'Balad wellpapp från godsmottagningen',
      quantity: 3,
      unit: 't',
      frequency: 'monthly',
      availableFrom: '2026-11-01',
      priceModel: 'free',
      publish: true,
    });

    // The buyer's first email was the sign-up verification; the alert is the one about the listing.
    const mail = await smtp.waitFor(
      (message) => message.to.includes('eva@kartongfabriken-e2e.se') && message.subject.startsWith('Nytt för'),
      30_000,
    );
    // The bell asks every 30 seconds and whenever the page is opened; by the time the email is out the count is there.
    await page.reload();
    await page.getByTestId('bell-count').waitFor({ timeout: 45_000 });
    expect(await page.getByTestId('bell-count').textContent()).toBe('1');
    expect(mail.subject).toBe('Nytt för ”Wellpapp till förpackningar”: Balad wellpapp från godsmottagningen');
    expect(mail.headers['list-unsubscribe']).toContain('/api/alerts/unsubscribe?token=');

    await page.getByRole('link', { name: /Notiser \(1 oläst\)/ }).click();
    await page.getByRole('heading', { name: 'Notiser' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /Balad wellpapp från godsmottagningen/ }).click();
    await page.getByRole('heading', { name: 'Balad wellpapp från godsmottagningen' }).waitFor();
    await expect.poll(() => page.getByTestId('bell-count').count(), { timeout: 10_000 }).toBe(0);

    await page.goto(`${server.baseUrl}/alerts`);
    await page.getByRole('heading', { name: 'Sparade sökningar' }).waitFor();
    await expectNoAxeViolations(page);

    // The email's unsubscribe link works in a browser that is not signed in.
    const link = mail.text.match(/http:\/\/\S+\/unsubscribe\?token=\S+/)?.[0] as string;
    const anonymous = await browser.newContext();
    const signedOut = await anonymous.newPage();
    await signedOut.goto(link);
    await signedOut
      .getByText('Klart. Du får inga fler mejl från: Wellpapp till förpackningar.', { exact: false })
      .waitFor();
    await anonymous.close();
    assertNoConsoleErrors();
    await context.close();
  },
);
