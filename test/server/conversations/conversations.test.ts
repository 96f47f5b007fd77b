import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { rateLimit } from '../../../db/schema/index';
import { createMailer } from '../../../server/mail/mailer';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { applyJobs, callOk, postListing, signUpStaff, type TestCompany } from '../../helpers/marketplace';
import { startTestSmtpServer } from '../../helpers/smtp-server';
import { createTestApp, type TestApp } from '../../helpers/test-app';

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

/** The worker's jobs, with mail delivered to the test SMTP server. */
const applyJobsWithSmtp = () =>
  applyJobs(database, createMailer({ db: database.db, smtpUrl: smtp.url, from: 'noreply@sidestream.test' }));

async function inquiry(asker: TestCompany, listingId: string, body: string) {
  return callOk<{ conversationId: string; viaStaff: boolean }>(
    app,
    'conversations.startInquiry',
    { companyId: asker.company.id, listingId, body },
    { cookie: asker.owner.cookie },
  );
}

const send = (cookie: string, conversationId: string, body: string) =>
  callOk(app, 'conversations.send', { conversationId, body }, { cookie });

test('five messages in a minute send one email per person; the next one waits for the 15-minute window', async () => {
  const seller = await createCompanyWithSite(app);
  const buyer = await createCompanyWithSite(app);
  const listing = await postListing(app, seller, { title: 'Trälister, ek' });
  await applyJobs(database);
  const { conversationId, viaStaff } = await inquiry(buyer, listing.id, 'Hej! Finns listerna kvar?');
  expect(viaStaff).toBe(false);
  for (const body of ['Hur långa är de?', 'Kan vi hämta på fredag?', 'Vi har egen släpvagn.', 'Tack!']) {
    await send(buyer.owner.cookie, conversationId, body);
  }
  await applyJobsWithSmtp();
  const toSeller = smtp.messages.filter((mail) => mail.to.includes(seller.owner.email));
  expect(toSeller).toHaveLength(1);
  expect(toSeller[0]?.subject).toBe('5 nya meddelanden: Trälister, ek');
  expect(toSeller[0]?.text).toContain('Tack!');
  expect(toSeller[0]?.text).toContain(`/conversations/${conversationId}`);
  // The author is not emailed about their own messages.
  expect(smtp.messages.filter((mail) => mail.to.includes(buyer.owner.email))).toHaveLength(0);

  await send(buyer.owner.cookie, conversationId, 'En sak till.');
  await applyJobsWithSmtp();
  expect(smtp.messages.filter((mail) => mail.to.includes(seller.owner.email))).toHaveLength(1);
  const waiting = rowsOf<{ run_at: string }>(
    await database.db.execute(sql`
      select run_at from jobs where kind = 'conversations.notify' and done_at is null
        and payload->>'conversationId' = ${conversationId}`),
  );
  expect(waiting).toHaveLength(1);
  const waitMinutes = (new Date(waiting[0]?.run_at as string).getTime() - Date.now()) / 60_000;
  expect(waitMinutes).toBeGreaterThan(13);
  expect(waitMinutes).toBeLessThanOrEqual(15);

  // Fifteen minutes later (the clock moved back on the mark and the job): the sixth message goes out alone.
  await database.db.execute(sql`
    update conversation_email_marks set emailed_at = emailed_at - interval '16 minutes' where conversation_id = ${conversationId}`);
  await database.db.execute(sql`
    update jobs set run_at = now() where kind = 'conversations.notify' and done_at is null and payload->>'conversationId' = ${conversationId}`);
  await applyJobsWithSmtp();
  const second = smtp.messages.filter((mail) => mail.to.includes(seller.owner.email));
  expect(second).toHaveLength(2);
  expect(second[1]?.subject).toBe('Nytt meddelande: Trälister, ek');
  expect(second[1]?.text).toContain('En sak till.');
  expect(second[1]?.text).not.toContain('Tack!');
});

test('an SMTP server that refuses mail leaves the email job pending for retry; the message is saved', async () => {
  const seller = await createCompanyWithSite(app);
  const buyer = await createCompanyWithSite(app);
  const listing = await postListing(app, seller, { title: 'Pallar EUR' });
  await applyJobs(database);
  smtp.refuse(true);
  const { conversationId } = await inquiry(buyer, listing.id, 'Hur många pallar har ni?');
  await applyJobsWithSmtp();
  const thread = await callOk<{ messages: { body: string }[] }>(
    app,
    'conversations.get',
    { conversationId },
    { cookie: seller.owner.cookie, kind: 'query' },
  );
  expect(thread.messages.map((message) => message.body)).toEqual(['Hur många pallar har ni?']);
  const [job] = rowsOf<{ attempts: number; last_error: string; done_at: string | null; run_at: string }>(
    await database.db.execute(sql`
      select attempts, last_error, done_at, run_at from jobs
      where kind = 'conversations.notify' and payload->>'conversationId' = ${conversationId}`),
  );
  expect(job?.done_at).toBeNull();
  expect(job?.attempts).toBe(1);
  expect(job?.last_error).toContain('451');
  expect(new Date(job?.run_at as string).getTime()).toBeGreaterThan(Date.now());

  // The server takes mail again; the retry delivers it.
  smtp.refuse(false);
  await database.db.execute(
    sql`update jobs set run_at = now() where kind = 'conversations.notify' and done_at is null`,
  );
  await applyJobsWithSmtp();
  const delivered = await smtp.waitFor((mail) => mail.to.includes(seller.owner.email));
  expect(delivered.subject).toBe('Nytt meddelande: Pallar EUR');
});

test('an inquiry to an anonymous listing goes to IUC staff, never to the listing’s company; outsiders see nothing', async () => {
  const seller = await createCompanyWithSite(app);
  const buyer = await createCompanyWithSite(app);
  const outsider = await createCompanyWithSite(app);
  const listing = await postListing(app, seller, { title: 'Hemlig restprodukt', anonymous: true });
  const broker = await signUpStaff(app, database);
  const { conversationId, viaStaff } = await inquiry(buyer, listing.id, 'Vem säljer detta? <script>alert(1)</script>');
  expect(viaStaff).toBe(true);

  for (const company of [seller, outsider]) {
    const refused = await callTrpc(
      app,
      'conversations.get',
      { conversationId },
      { cookie: company.owner.cookie, kind: 'query' },
    );
    expect(refused.status).toBe(404);
    const list = await callOk<{ id: string }[]>(app, 'conversations.list', undefined, {
      cookie: company.owner.cookie,
      kind: 'query',
    });
    expect(list.map((item) => item.id)).not.toContain(conversationId);
    const sent = await callTrpc(
      app,
      'conversations.send',
      { conversationId, body: 'Hej' },
      { cookie: company.owner.cookie },
    );
    expect(sent.status).toBe(404);
  }

  const staffList = await callOk<{ id: string; unread: number }[]>(app, 'conversations.list', undefined, {
    cookie: broker.cookie,
    kind: 'query',
  });
  expect(staffList.find((item) => item.id === conversationId)?.unread).toBe(1);
  const unread = await callOk<{ unread: number }>(app, 'conversations.unreadCount', undefined, {
    cookie: broker.cookie,
    kind: 'query',
  });
  expect(unread.unread).toBeGreaterThanOrEqual(1);
  await send(broker.cookie, conversationId, 'Jag kollar med säljaren och återkommer.');
  const thread = await callOk<{ parties: { kind: string; name: string }[]; messages: { body: string }[] }>(
    app,
    'conversations.get',
    { conversationId },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(thread.parties.map((party) => party.kind).sort()).toEqual(['company', 'staff']);
  expect(JSON.stringify(thread)).not.toContain(seller.company.name);
  // Stored as written; the page shows it as text (React escapes it), never as markup.
  expect(thread.messages[0]?.body).toBe('Vem säljer detta? <script>alert(1)</script>');
  const buyerUnread = await callOk<{ unread: number }>(app, 'conversations.unreadCount', undefined, {
    cookie: buyer.owner.cookie,
    kind: 'query',
  });
  expect(buyerUnread.unread).toBe(1);
  await callOk(app, 'conversations.markRead', { conversationId }, { cookie: buyer.owner.cookie });
  const afterRead = await callOk<{ unread: number }>(app, 'conversations.unreadCount', undefined, {
    cookie: buyer.owner.cookie,
    kind: 'query',
  });
  expect(afterRead.unread).toBe(0);
});

test('a message over 5,000 characters is refused with the field named, and nothing is stored', async () => {
  const seller = await createCompanyWithSite(app);
  const buyer = await createCompanyWithSite(app);
  const listing = await postListing(app, seller, { title: 'Spillvärme' });
  const { conversationId } = await inquiry(buyer, listing.id, 'Hej');
  const tooLong = await callTrpc(
    app,
    'conversations.send',
    { conversationId, body: 'x'.repeat(5001) },
    {
      cookie: buyer.owner.cookie,
    },
  );
  expect(tooLong.status).toBe(400);
  expect(tooLong.body.error?.data.fieldErrors).toEqual({ body: ['validation.messageTooLong'] });
  const [count] = rowsOf<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from messages where conversation_id = ${conversationId}`),
  );
  expect(count?.n).toBe(1);
  const own = await callTrpc(
    app,
    'conversations.startInquiry',
    { companyId: seller.company.id, listingId: listing.id, body: 'Till mig själv' },
    { cookie: seller.owner.cookie },
  );
  expect(own.body.error?.data.fieldErrors).toEqual({ listingId: ['conversations.ownListing'] });
});
