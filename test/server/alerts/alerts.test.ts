import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { alerts, rateLimit } from '../../../db/schema/index';
import { type DigestPeriod, duePeriods, runDigest, scheduleDigests } from '../../../server/alerts/digests';
import { unsubscribeToken } from '../../../server/alerts/unsubscribe-tokens';
import { createMailer } from '../../../server/mail/mailer';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { applyJobs, callOk, postListing, type TestCompany } from '../../helpers/marketplace';
import { startTestSmtpServer } from '../../helpers/smtp-server';
import { createTestApp, type TestApp, testConfig } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
  smtp = await startTestSmtpServer();
});
beforeEach(async () => {
  await database.db.delete(rateLimit);
  smtp.refuse(false);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  await smtp?.close();
});

const smtpMailer = () => createMailer({ db: database.db, smtpUrl: smtp.url, from: 'noreply@sidestream.test' });
const applyJobsWithSmtp = () => applyJobs(database, smtpMailer());
const mailTo = (email: string) => smtp.messages.filter((mail) => mail.to.includes(email));

/** A word no other test's listing has, so each test's saved searches find only its own listings. */
const uniqueWord = () => `bevakning${Math.random().toString(36).slice(2, 8)}`;

async function saveSearch(company: TestCompany, q: string, frequency: 'immediate' | 'daily' | 'weekly' | 'off') {
  return callOk<{ id: string }>(
    app,
    'alerts.saveSearch',
    { name: `Bevakning ${q}`, frequency, query: { q, sort: 'relevance' } },
    { cookie: company.owner.cookie },
  );
}

async function today(): Promise<DigestPeriod> {
  const [row] = rowsOf<{ day: string }>(
    await database.db.execute(sql`select ((now() at time zone 'Europe/Stockholm')::date)::text as day`),
  );
  const day = row?.day as string;
  return { kind: 'daily', key: `daily:${day}:${Math.random()}`, firstDay: day, days: 1 };
}

test('an immediate saved search tells its owner in the app and by email; not the own company, not a closed listing', async () => {
  const word = uniqueWord();
  const buyer = await createCompanyWithSite(app);
  const seller = await createCompanyWithSite(app);
  const alert = await saveSearch(buyer, word, 'immediate');
  // The seller's own saved search never reports the seller's own listing.
  await saveSearch(seller, word, 'immediate');
  const listing = await postListing(app, seller, { title: `Pallar ${word}` });
  await applyJobsWithSmtp();

  const bell = await callOk<{ unread: number }>(app, 'alerts.unreadCount', undefined, {
    cookie: buyer.owner.cookie,
    kind: 'query',
  });
  expect(bell.unread).toBe(1);
  const list = await callOk<{ title: string; link: string }[]>(app, 'alerts.notifications', undefined, {
    cookie: buyer.owner.cookie,
    kind: 'query',
  });
  expect(list[0]?.link).toBe(`/listings/${listing.id}`);
  const [mail] = mailTo(buyer.owner.email);
  expect(mail?.subject).toBe(`Nytt för ”Bevakning ${word}”: Pallar ${word}`);
  expect(mail?.headers['list-unsubscribe']).toMatch(/^<http:\/\/sidestream\.test\/api\/alerts\/unsubscribe\?token=/);
  expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  expect(mailTo(seller.owner.email)).toHaveLength(0);
  const sellerBell = await callOk<{ unread: number }>(app, 'alerts.unreadCount', undefined, {
    cookie: seller.owner.cookie,
    kind: 'query',
  });
  expect(sellerBell.unread).toBe(0);

  // Closed by its owner before the worker got to the email: it stays in the app, nothing is sent.
  const second = await postListing(app, seller, { title: `Fler pallar ${word}` });
  await callOk(
    app,
    'listings.close',
    { companyId: seller.company.id, listingId: second.id, version: second.version, reason: 'withdrawn' },
    { cookie: seller.owner.cookie },
  );
  await applyJobsWithSmtp();
  expect(mailTo(buyer.owner.email)).toHaveLength(1);
  expect(alert.id).toBeTruthy();

  const read = await callOk<{ read: number }>(app, 'alerts.markRead', {}, { cookie: buyer.owner.cookie });
  expect(read.read).toBeGreaterThanOrEqual(1);
});

test('an anonymous listing’s company never appears in an alert email or notification', async () => {
  const word = uniqueWord();
  const buyer = await createCompanyWithSite(app);
  const seller = await createCompanyWithSite(app);
  await saveSearch(buyer, word, 'immediate');
  await postListing(app, seller, { title: `Hemliga spån ${word}`, anonymous: true, visibility: 'members' });
  await applyJobsWithSmtp();
  const [mail] = mailTo(buyer.owner.email);
  expect(mail?.text).toContain(`Hemliga spån ${word}`);
  expect(mail?.text).not.toContain(seller.company.name);
  const list = await callOk<{ body: string }[]>(app, 'alerts.notifications', undefined, {
    cookie: buyer.owner.cookie,
    kind: 'query',
  });
  expect(JSON.stringify(list)).not.toContain(seller.company.name);
});

test('the unsubscribe link works signed out, stops that alert only, and is refused tampered or expired', async () => {
  const word = uniqueWord();
  const buyer = await createCompanyWithSite(app);
  const seller = await createCompanyWithSite(app);
  const stopped = await saveSearch(buyer, word, 'immediate');
  const kept = await saveSearch(buyer, `${word} pallar`, 'immediate');
  const secret = testConfig().sessionSecret;

  const tampered = unsubscribeToken(secret, [stopped.id]).replace(stopped.id, kept.id);
  const refused = await callTrpc(app, 'alerts.unsubscribe', { token: tampered });
  expect(refused.status).toBe(400);
  expect(refused.body.error?.data.fieldErrors).toEqual({ token: ['alerts.unsubscribeInvalid'] });
  const old = unsubscribeToken(secret, [stopped.id], new Date(Date.now() - 61 * 86_400_000));
  const expired = await callTrpc(app, 'alerts.unsubscribe', { token: old });
  expect(expired.body.error?.data.fieldErrors).toEqual({ token: ['alerts.unsubscribeExpired'] });

  // The one-click POST a mail client makes, with no session at all.
  const oneClick = await app.inject({
    method: 'POST',
    url: `/api/alerts/unsubscribe?token=${encodeURIComponent(unsubscribeToken(secret, [stopped.id]))}`,
    payload: 'List-Unsubscribe=One-Click',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(oneClick.statusCode).toBe(200);
  const [after] = await database.db.select().from(alerts).where(eq(alerts.id, stopped.id));
  const [other] = await database.db.select().from(alerts).where(eq(alerts.id, kept.id));
  expect(after?.emailUnsubscribedAt).not.toBeNull();
  expect(other?.emailUnsubscribedAt).toBeNull();

  await postListing(app, seller, { title: `Pallar ${word}` });
  await applyJobsWithSmtp();
  const mails = mailTo(buyer.owner.email);
  // Both searches find it; only the one still subscribed emails. Both stay in the app.
  expect(mails).toHaveLength(1);
  expect(mails[0]?.subject).toContain(`Bevakning ${word} pallar`);
  const bell = await callOk<{ unread: number }>(app, 'alerts.unreadCount', undefined, {
    cookie: buyer.owner.cookie,
    kind: 'query',
  });
  expect(bell.unread).toBe(2);
});

test('exactly-once digests: the same period twice, and a worker dying mid-run then another finishing, send one email each', async () => {
  const word = uniqueWord();
  const seller = await createCompanyWithSite(app);
  const buyers = [await createCompanyWithSite(app), await createCompanyWithSite(app), await createCompanyWithSite(app)];
  for (const buyer of buyers) await saveSearch(buyer, word, 'daily');
  await postListing(app, seller, { title: `Wellpapp ${word}` });
  await postListing(app, seller, { title: `Mer wellpapp ${word}` });
  await applyJobsWithSmtp();
  for (const buyer of buyers) expect(mailTo(buyer.owner.email)).toHaveLength(0);

  const period = await today();
  const deps = { db: database.db, mailer: smtpMailer(), config: testConfig() };
  // The first worker dies after its first recipient.
  let handled = 0;
  await expect(
    runDigest(deps, period, () => {
      handled++;
      if (handled === 1) throw new Error('worker killed');
    }),
  ).rejects.toThrow('worker killed');
  // Another worker runs the same period, and then it runs once more (a retried job, a second scheduler).
  const [second, third] = [await runDigest(deps, period), await runDigest(deps, period)];
  expect(third.sent).toBe(0);
  expect(second.sent).toBeGreaterThanOrEqual(buyers.length - 1);
  await applyJobsWithSmtp();
  for (const buyer of buyers) {
    const digests = mailTo(buyer.owner.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe('Sidestream dagens sammanfattning: 2 nya');
    expect(digests[0]?.text).toContain(`Wellpapp ${word}`);
    expect(digests[0]?.headers['list-unsubscribe']).toContain('/api/alerts/unsubscribe?token=');
  }
  // Twice through the job queue for the same period: still nothing more.
  await database.db.execute(sql`
    insert into jobs (kind, payload) values ('alerts.digest', ${JSON.stringify(period)}::jsonb), ('alerts.digest', ${JSON.stringify(period)}::jsonb)`);
  await applyJobsWithSmtp();
  for (const buyer of buyers) expect(mailTo(buyer.owner.email)).toHaveLength(1);
});

test('an SMTP server that is down: the notification is in the app, the email job retries with backoff and goes out when it is back', async () => {
  const word = uniqueWord();
  const buyer = await createCompanyWithSite(app);
  const seller = await createCompanyWithSite(app);
  await saveSearch(buyer, word, 'immediate');
  smtp.refuse(true);
  await postListing(app, seller, { title: `Spillvärme ${word}` });
  await applyJobsWithSmtp();
  const bell = await callOk<{ unread: number }>(app, 'alerts.unreadCount', undefined, {
    cookie: buyer.owner.cookie,
    kind: 'query',
  });
  expect(bell.unread).toBe(1);
  const [job] = rowsOf<{ attempts: number; done_at: string | null; run_at: string; last_error: string }>(
    await database.db.execute(sql`
      select attempts, done_at, run_at, last_error from jobs where kind = 'alerts.send-immediate' order by id desc limit 1`),
  );
  expect(job?.done_at).toBeNull();
  expect(job?.attempts).toBe(1);
  expect(job?.last_error).toContain('451');
  expect(new Date(job?.run_at as string).getTime()).toBeGreaterThan(Date.now());

  smtp.refuse(false);
  await database.db.execute(
    sql`update jobs set run_at = now() where kind = 'alerts.send-immediate' and done_at is null`,
  );
  await applyJobsWithSmtp();
  expect(mailTo(buyer.owner.email)).toHaveLength(1);
});

test('new matches reach members at or above the score they chose; settings are their own', async () => {
  const buyer = await createCompanyWithSite(app);
  const seller = await createCompanyWithSite(app);
  await callOk(
    app,
    'alerts.setCompanyAlert',
    { companyId: buyer.company.id, frequency: 'immediate', minScore: 30 },
    { cookie: buyer.owner.cookie },
  );
  await callOk(
    app,
    'alerts.setCompanyAlert',
    { companyId: seller.company.id, frequency: 'immediate', minScore: 100 },
    { cookie: seller.owner.cookie },
  );
  await postListing(app, seller, { title: 'Aluminiumspån 7075' });
  await postListing(app, buyer, { side: 'need', title: 'Söker aluminiumspån' });
  await applyJobsWithSmtp();
  const buyerList = await callOk<{ kind: string; title: string }[]>(app, 'alerts.notifications', undefined, {
    cookie: buyer.owner.cookie,
    kind: 'query',
  });
  expect(buyerList.filter((item) => item.kind === 'company_matches').length).toBeGreaterThanOrEqual(1);
  expect(mailTo(buyer.owner.email).some((mail) => mail.subject.startsWith('Ny matchning'))).toBe(true);
  const sellerList = await callOk<{ kind: string }[]>(app, 'alerts.notifications', undefined, {
    cookie: seller.owner.cookie,
    kind: 'query',
  });
  expect(sellerList.filter((item) => item.kind === 'company_matches')).toHaveLength(0);

  const settings = await callOk<{ companyMatches: { companyId: string; minScore: number; frequency: string }[] }>(
    app,
    'alerts.list',
    undefined,
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(settings.companyMatches).toEqual([
    expect.objectContaining({ companyId: buyer.company.id, minScore: 30, frequency: 'immediate' }),
  ]);
  const notMine = await callTrpc(
    app,
    'alerts.setCompanyAlert',
    { companyId: buyer.company.id, frequency: 'off', minScore: 50 },
    { cookie: seller.owner.cookie },
  );
  expect(notMine.status).toBe(404);
});

test('digests are scheduled once per period however many schedulers tick, after 07:00 Stockholm time', async () => {
  // 2026-11-30 is a Monday; 06:30 UTC is 07:30 in Stockholm (CET).
  const monday = new Date('2026-11-30T06:30:00Z');
  expect(duePeriods(new Date('2026-11-30T05:30:00Z'))).toEqual([]);
  expect(duePeriods(monday).map((period) => period.key)).toEqual(['daily:2026-11-29', 'weekly:2026-11-23']);
  expect(duePeriods(new Date('2026-12-01T08:00:00Z')).map((period) => period.key)).toEqual(['daily:2026-11-30']);

  const ticks = await Promise.all([scheduleDigests(database.db, monday), scheduleDigests(database.db, monday)]);
  expect(ticks.flat().sort()).toEqual(['daily:2026-11-29', 'weekly:2026-11-23']);
  expect(await scheduleDigests(database.db, monday)).toEqual([]);
  const queued = rowsOf<{ key: string }>(
    await database.db.execute(sql`
      select payload->>'key' as key from jobs where kind = 'alerts.digest' and payload->>'key' in ('daily:2026-11-29', 'weekly:2026-11-23')`),
  );
  expect(queued.map((row) => row.key).sort()).toEqual(['daily:2026-11-29', 'weekly:2026-11-23']);
});

test('two workers building the same digest at once still send each person one email', async () => {
  const word = uniqueWord();
  const seller = await createCompanyWithSite(app);
  const buyers = [await createCompanyWithSite(app), await createCompanyWithSite(app)];
  for (const buyer of buyers) await saveSearch(buyer, word, 'daily');
  await postListing(app, seller, { title: `Pallvirke ${word}` });
  await applyJobsWithSmtp();
  const period = await today();
  const deps = { db: database.db, mailer: smtpMailer(), config: testConfig() };
  const runs = await Promise.all([runDigest(deps, period), runDigest(deps, period)]);
  // Between them the two runs sent exactly one digest per recipient of the period (others' alerts included).
  const [claimed] = rowsOf<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from digest_sends where period_key = ${period.key}`),
  );
  expect(runs.reduce((total, run) => total + run.sent, 0)).toBe(claimed?.n);
  expect(claimed?.n).toBeGreaterThanOrEqual(buyers.length);
  await applyJobsWithSmtp();
  for (const buyer of buyers) expect(mailTo(buyer.owner.email)).toHaveLength(1);
});
