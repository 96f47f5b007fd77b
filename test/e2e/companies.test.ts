import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { randomOrgNumber } from '../helpers/factories';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';
import { startTestSmtpServer } from '../helpers/smtp-server';
import { browserMissing, expectNoAxeViolations, failOnConsoleErrors, launchBrowser } from './browser';

let server: ServerProcess;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let browser: Browser;

beforeAll(async () => {
  if (browserMissing) return;
  smtp = await startTestSmtpServer();
  const port = await freePort();
  server = startServer({
    PORT: String(port),
    DATA_DIR: freshDataDir(),
    SMTP_URL: smtp.url,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // No demo region: sign-up and invitations need none.
    SEED_DEMO: '0',
  });
  await server.waitForReady();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

async function newPage(): Promise<{ page: Page; done: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Expected refusals (401 while signed out, 4xx on bad input) log as resource errors; anything else fails.
  const assertNoConsoleErrors = failOnConsoleErrors(page, [/Failed to load resource/]);
  return {
    page,
    done: async () => {
      assertNoConsoleErrors();
      await context.close();
    },
  };
}

test.skipIf(browserMissing)(
  'an owner signs up with a company and a site, invites a colleague by email, and the colleague joins but cannot change roles',
  async () => {
    const owner = await newPage();
    const { page } = owner;
    await page.goto(`${server.baseUrl}/sign-up`);
    await page.getByRole('heading', { name: 'Skapa konto' }).waitFor();
    await expectNoAxeViolations(page);

    // A wrong check digit is caught in the form, beside the field.
    const orgNumber = randomOrgNumber();
    const wrongCheckDigit = `${orgNumber.slice(0, 10)}${(Number(orgNumber.slice(10)) + 1) % 10}`;
    await page.getByLabel('Namn', { exact: true }).fill('Olle Ägare');
    await page.getByLabel('E-postadress').fill('olle@alfa-metall.se');
    await page.getByLabel('Lösenord', { exact: true }).fill('alfa metall är bäst 2026');
    await page.getByLabel('Företagsnamn').fill('Alfa Metall AB');
    await page.getByLabel('Organisationsnummer').fill(wrongCheckDigit);
    await page.getByLabel('Bransch (SNI 2007)').selectOption('25');
    await page.getByLabel('Antal anställda').selectOption('10-49');
    await page.getByLabel('Platsens namn').fill('Verkstaden');
    await page.getByLabel('Gatuadress').fill('Verkstadsvägen 3');
    await page.getByLabel('Kommun').selectOption('0181');
    await page.getByRole('button', { name: 'Skapa konto och företag' }).click();
    await page.getByText('Sista siffran stämmer inte (kontrollsiffra)').waitFor();

    await page.getByLabel('Organisationsnummer').fill(orgNumber);
    await page.getByRole('button', { name: 'Skapa konto och företag' }).click();
    // Nobody is signed in until the address is proven: the page says to check the email.
    await page.getByRole('heading', { name: 'Kolla din e-post' }).waitFor();
    await page.getByText('Vi har skickat en länk till olle@alfa-metall.se.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/sign-up-check-email.png', fullPage: true });

    const verification = await smtp.waitFor((message) => message.to.includes('olle@alfa-metall.se'));
    expect(verification.subject).toBe('Bekräfta din e-postadress för Sidestream');
    const verificationLink = verification.text.match(/http:\/\/\S+\/api\/auth\/verify-email\?\S+/)?.[0];
    expect(verificationLink).toBeDefined();
    // Following it in the same browser signs in and creates the company that was kept there.
    await page.goto(verificationLink as string);
    await page.getByRole('heading', { name: 'Alfa Metall AB' }).waitFor();
    expect(await page.getByText('Verkstadsvägen 3').count()).toBe(1);
    await expectNoAxeViolations(page);

    // The site starts at the municipality seat (Södertälje) and its pin can be moved.
    await page.getByText('(59,1955° N, 17,6253° Ö)').waitFor();
    const siteEditor = page.locator('details', { hasText: 'Ändra Verkstaden' });
    await siteEditor.getByText('Ändra Verkstaden').click();
    await siteEditor.getByLabel('Latitud (valfritt)').fill('59.1712');
    await siteEditor.getByLabel('Longitud (valfritt)').fill('17.6489');
    await siteEditor.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('(59,1712° N, 17,6489° Ö)').waitFor();

    await page.getByLabel('E-postadress').fill('lisa@alfa-metall.se');
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await page.getByText('Inbjudan skickad till lisa@alfa-metall.se.').waitFor();
    await owner.done();

    const mail = await smtp.waitFor((message) => message.to.includes('lisa@alfa-metall.se'));
    expect(mail.subject).toBe('Olle Ägare bjuder in dig till Alfa Metall AB på Sidestream');
    const link = mail.text.match(/http:\/\/\S+\/invitations\/\S+/)?.[0];
    expect(link).toBeDefined();

    const colleague = await newPage();
    const colleaguePage = colleague.page;
    await colleaguePage.goto(link as string);
    await colleaguePage.getByRole('heading', { name: 'Inbjudan till Alfa Metall AB' }).waitFor();
    expect(await colleaguePage.getByLabel('E-postadress').inputValue()).toBe('lisa@alfa-metall.se');
    await colleaguePage.getByLabel('Namn', { exact: true }).fill('Lisa Kollega');
    await colleaguePage.getByLabel('Lösenord', { exact: true }).fill('lisas eget långa lösenord');
    await colleaguePage.getByRole('button', { name: 'Gå med i Alfa Metall AB' }).click();
    await colleaguePage.getByRole('heading', { name: 'Alfa Metall AB' }).waitFor();
    await colleaguePage.getByRole('heading', { name: 'Personer' }).waitFor();
    expect(await colleaguePage.getByRole('cell', { name: 'Olle Ägare' }).count()).toBe(1);
    // A plain member sees roles as text, with no way to change them.
    expect(await colleaguePage.getByRole('combobox', { name: /Ändra roll/ }).count()).toBe(0);
    expect(await colleaguePage.getByRole('button', { name: 'Skicka inbjudan' }).count()).toBe(0);
    await colleague.done();
  },
);

test.skipIf(browserMissing)('the sign-in page is accessible and a wrong password gets a clear message', async () => {
  const { page, done } = await newPage();
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByRole('heading', { name: 'Logga in' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel('E-postadress').fill('nobody@example.se');
  await page.getByLabel('Lösenord').fill('fel lösenord här');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByText('Fel e-postadress eller lösenord.').waitFor();
  await done();
});
