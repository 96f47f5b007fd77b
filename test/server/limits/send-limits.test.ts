import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import {
  accountRateLimit,
  alerts,
  auditEvents,
  companyInvitations,
  companyMembers,
  conversations,
  jobs,
  listings,
  mailMessages,
  messages,
  rateLimit,
} from '../../../db/schema/index';
import {
  clientErrorReportLimit,
  immediateAlertQuota,
  type SendAction,
  sendLimitKeys,
  sendLimits,
} from '../../../server/limits/send-limits';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite, signUpPerson } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { callOk, listingFields, postListing, signUpStaff, type TestCompany } from '../../helpers/marketplace';
import { createTestApp, type TestApp, testPublicUrl } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, { TRUST_PROXY: 'true' });
});
beforeEach(async () => {
  // better-auth's own per-address limiter is not what these tests are about.
  await database.db.delete(rateLimit);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/**
 * As if the person or company had already sent `count` within the current window: the counters
 * are rows in Postgres, so a test need not send hundreds of messages to reach a real limit.
 */
async function alreadySent(key: string, count: number) {
  await database.db
    .insert(accountRateLimit)
    .values({ key, count, windowStartedAt: new Date() })
    .onConflictDoUpdate({ target: accountRateLimit.key, set: { count, windowStartedAt: new Date() } });
}
const personKey = (action: SendAction, company: TestCompany) => sendLimitKeys.perPerson(action, company.owner.userId);
const companyKey = (action: SendAction, company: TestCompany) => sendLimitKeys.perCompany(action, company.company.id);

function expectRefused(result: Awaited<ReturnType<typeof callTrpc>>, message: string) {
  expect(result.status).toBe(429);
  expect(result.body.error?.message).toBe(message);
  expect(result.body.error?.data.code).toBe('TOO_MANY_REQUESTS');
}

async function conversationWith(seller: TestCompany, buyer: TestCompany, overrides: Record<string, unknown> = {}) {
  const listing = await postListing(app, seller, { title: 'Ekspill från snickeriet', ...overrides });
  return callOk<{ conversationId: string }>(
    app,
    'conversations.startInquiry',
    { companyId: buyer.company.id, listingId: listing.id, body: 'Hej, finns det kvar?' },
    { cookie: buyer.owner.cookie },
  );
}

test('messages: the last one within a person’s hourly limit is sent, the next is refused with 429 and nothing is written', async () => {
  const seller = await createCompanyWithSite(app);
  const buyer = await createCompanyWithSite(app);
  const { conversationId } = await conversationWith(seller, buyer);
  await alreadySent(personKey('message', buyer), sendLimits.message.perPerson.max - 1);
  const last = await callTrpc(
    app,
    'conversations.send',
    { conversationId, body: 'Sista' },
    { cookie: buyer.owner.cookie },
  );
  expect(last.status).toBe(200);
  const before = await database.db.$count(messages);
  const refused = await callTrpc(
    app,
    'conversations.send',
    { conversationId, body: 'En för mycket' },
    { cookie: buyer.owner.cookie },
  );
  expectRefused(refused, 'limits.message');
  expect(
    Number(refused.body.error?.data.params && (refused.body.error.data.params as { minutes: string }).minutes),
  ).toBeGreaterThan(0);
  expect(await database.db.$count(messages)).toBe(before);
});

test('messages: a company’s hourly limit holds for every member, whoever sends', async () => {
  const seller = await createCompanyWithSite(app);
  const buyer = await createCompanyWithSite(app);
  const { conversationId } = await conversationWith(seller, buyer);
  await alreadySent(companyKey('message', seller), sendLimits.message.perCompany.max);
  const before = await database.db.$count(messages);
  const refused = await callTrpc(
    app,
    'conversations.send',
    { conversationId, body: 'Svar' },
    { cookie: seller.owner.cookie },
  );
  expectRefused(refused, 'limits.message');
  expect(await database.db.$count(messages)).toBe(before);
  // The other company is not held back by the seller's limit.
  expect(
    (await callTrpc(app, 'conversations.send', { conversationId, body: 'Hallå?' }, { cookie: buyer.owner.cookie }))
      .status,
  ).toBe(200);
});

test('IUC staff are not held to the per-person message limit', async () => {
  const seller = await createCompanyWithSite(app);
  const buyer = await createCompanyWithSite(app);
  // An inquiry to an anonymous listing goes to IUC staff, who answer it.
  const { conversationId } = await conversationWith(seller, buyer, { anonymous: true });
  const broker = await signUpStaff(app, database);
  await alreadySent(sendLimitKeys.perPerson('message', broker.userId), sendLimits.message.perPerson.max + 10);
  const sent = await callTrpc(
    app,
    'conversations.send',
    { conversationId, body: 'IUC här' },
    { cookie: broker.cookie },
  );
  expect(sent.status).toBe(200);
});

test('inquiries: past the daily limit a new inquiry is refused and no conversation or message is written', async () => {
  const seller = await createCompanyWithSite(app);
  const buyer = await createCompanyWithSite(app);
  const first = await postListing(app, seller, { title: 'Pallar, EUR' });
  const second = await postListing(app, seller, { title: 'Pallar, halvpall' });
  await alreadySent(personKey('inquiry', buyer), sendLimits.inquiry.perPerson.max - 1);
  const allowed = await callTrpc(
    app,
    'conversations.startInquiry',
    { companyId: buyer.company.id, listingId: first.id, body: 'Hur många?' },
    { cookie: buyer.owner.cookie },
  );
  expect(allowed.status).toBe(200);
  const counts = async () => [await database.db.$count(conversations), await database.db.$count(messages)];
  const before = await counts();
  const refused = await callTrpc(
    app,
    'conversations.startInquiry',
    { companyId: buyer.company.id, listingId: second.id, body: 'Och dessa?' },
    { cookie: buyer.owner.cookie },
  );
  expectRefused(refused, 'limits.inquiry');
  expect(await counts()).toEqual(before);
  // A follow-up in the inquiry already open is a message, not a new inquiry.
  const followUp = await callTrpc(
    app,
    'conversations.startInquiry',
    { companyId: buyer.company.id, listingId: first.id, body: 'En fråga till' },
    { cookie: buyer.owner.cookie },
  );
  expect(followUp.status).toBe(200);
});

test('invitations: past the company’s daily limit an invitation is refused, stored nowhere and emailed to nobody', async () => {
  const company = await createCompanyWithSite(app);
  const invite = (email: string) =>
    callTrpc(
      app,
      'companies.invite',
      { companyId: company.company.id, email, role: 'member' },
      { cookie: company.owner.cookie },
    );
  await alreadySent(companyKey('invitation', company), sendLimits.invitation.perCompany.max - 1);
  expect((await invite(`kollega-${Date.now()}@example.se`)).status).toBe(200);
  const counts = async () => [await database.db.$count(companyInvitations), await database.db.$count(mailMessages)];
  const before = await counts();
  expectRefused(await invite(`okand-${Date.now()}@example.org`), 'limits.invitation');
  expect(await counts()).toEqual(before);
});

test('invitations: one person past their own daily limit is refused even in a company with room', async () => {
  const company = await createCompanyWithSite(app);
  await alreadySent(personKey('invitation', company), sendLimits.invitation.perPerson.max);
  const refused = await callTrpc(
    app,
    'companies.invite',
    { companyId: company.company.id, email: `someone-${Date.now()}@example.org`, role: 'member' },
    { cookie: company.owner.cookie },
  );
  expectRefused(refused, 'limits.invitation');
});

test('new listings: past the daily limit a listing is refused, with no listing, job or audit row written', async () => {
  const company = await createCompanyWithSite(app);
  await alreadySent(personKey('listing', company), sendLimits.listing.perPerson.max - 1);
  await postListing(app, company, { title: 'Den sista för i dag' });
  const counts = async () => [
    await database.db.$count(listings),
    await database.db.$count(jobs),
    await database.db.$count(auditEvents),
  ];
  const before = await counts();
  const refused = await callTrpc(
    app,
    'listings.create',
    { ...listingFields(company, { title: 'En för mycket' }), publish: true },
    { cookie: company.owner.cookie },
  );
  expectRefused(refused, 'limits.listing');
  expect(await counts()).toEqual(before);
  expect(await database.db.$count(listings, eq(listings.title, 'En för mycket'))).toBe(0);
});

test('new listings: a company’s daily limit counts every member', async () => {
  const company = await createCompanyWithSite(app);
  await alreadySent(companyKey('listing', company), sendLimits.listing.perCompany.max);
  const refused = await callTrpc(
    app,
    'listings.create',
    { ...listingFields(company, { title: 'Utkast' }), publish: false },
    { cookie: company.owner.cookie },
  );
  expectRefused(refused, 'limits.listing');
});

test(`immediate saved searches: a person may have ${immediateAlertQuota.perPerson}; the next, or switching another to immediate, is refused`, async () => {
  const person = await signUpPerson(app);
  const save = (name: string, frequency: string) =>
    callTrpc(app, 'alerts.saveSearch', { name, frequency, query: { q: name } }, { cookie: person.cookie });
  for (let index = 0; index < immediateAlertQuota.perPerson; index++) {
    expect((await save(`bevakning ${index}`, 'immediate')).status).toBe(200);
  }
  const before = await database.db.$count(alerts, eq(alerts.userId, person.userId));
  const refused = await save('en till', 'immediate');
  expectRefused(refused, 'limits.immediateAlerts');
  expect(refused.body.error?.data.fieldErrors).toEqual({ frequency: ['limits.immediateAlerts'] });
  expect(await database.db.$count(alerts, eq(alerts.userId, person.userId))).toBe(before);
  // A daily one is fine, but it cannot be switched to immediate.
  const daily = await save('daglig', 'daily');
  expect(daily.status).toBe(200);
  const dailyId = (daily.body.result as { data: { id: string } }).data.id;
  expectRefused(
    await callTrpc(app, 'alerts.update', { alertId: dailyId, frequency: 'immediate' }, { cookie: person.cookie }),
    'limits.immediateAlerts',
  );
  const [kept] = await database.db.select({ frequency: alerts.frequency }).from(alerts).where(eq(alerts.id, dailyId));
  expect(kept?.frequency).toBe('daily');
});

test(`immediate saved searches: a company’s people together may have ${immediateAlertQuota.perCompany}`, async () => {
  const company = await createCompanyWithSite(app);
  const colleague = await signUpPerson(app);
  await database.db
    .insert(companyMembers)
    .values({ companyId: company.company.id, userId: colleague.userId, role: 'member' });
  await database.db.insert(alerts).values(
    Array.from({ length: immediateAlertQuota.perCompany }, (_, index) => ({
      userId: colleague.userId,
      kind: 'saved_search' as const,
      name: `kollegans ${index}`,
      query: { q: `ord${index}` },
      frequency: 'immediate' as const,
    })),
  );
  const refused = await callTrpc(
    app,
    'alerts.saveSearch',
    { name: 'min', frequency: 'immediate', query: { q: 'min' } },
    { cookie: company.owner.cookie },
  );
  expectRefused(refused, 'limits.immediateAlertsCompany');
  expect(await database.db.$count(alerts, eq(alerts.userId, company.owner.userId))).toBe(0);
});

test(`client-error reports: ${clientErrorReportLimit.max} an hour from one address, then 429; another address is still heard`, async () => {
  const report = (ip: string) =>
    app.inject({
      method: 'POST',
      url: '/trpc/meta.reportClientError',
      headers: { 'content-type': 'application/json', origin: testPublicUrl, 'x-forwarded-for': ip },
      payload: JSON.stringify({ message: 'TypeError: x is undefined', path: '/search' }),
    });
  const statuses: number[] = [];
  for (let index = 0; index <= clientErrorReportLimit.max; index++)
    statuses.push((await report('198.51.100.200')).statusCode);
  expect(statuses.slice(0, clientErrorReportLimit.max).every((status) => status === 200)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
  const refused = await report('198.51.100.200');
  expect(refused.json().error.message).toBe('limits.clientErrorReport');
  expect((await report('198.51.100.201')).statusCode).toBe(200);
});

test('every limit message has a Swedish and an English translation', async () => {
  const { sv } = await import('../../../client/i18n/sv');
  const { en } = await import('../../../client/i18n/en');
  const keys = [...Object.keys(sendLimits), 'immediateAlerts', 'immediateAlertsCompany', 'clientErrorReport'];
  for (const key of keys) {
    expect(sv.limits[key as keyof typeof sv.limits]).toBeTruthy();
    expect(en.limits[key as keyof typeof en.limits]).toBeTruthy();
  }
  expect(sv.errors.databaseUnavailable).toBeTruthy();
  expect(en.errors.databaseUnavailable).toBeTruthy();
});
