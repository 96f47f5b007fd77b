import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../db/client';
import { mailMessages } from '../../db/schema/index';
import { createMailer } from '../../server/mail/mailer';
import { createTestDatabase } from '../helpers/database';
import { freePort } from '../helpers/server-process';
import { startTestSmtpServer } from '../helpers/smtp-server';
import { createTestApp, type TestApp } from '../helpers/test-app';

let database: DatabaseHandle;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startTestSmtpServer();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
  await database?.close();
});

test('with SMTP_URL a message reaches the SMTP server with its headers and is recorded as sent', async () => {
  const mailer = createMailer({ db: database.db, smtpUrl: smtp.url, from: 'Sidestream <no-reply@sidestream.test>' });
  await mailer.send({
    to: 'kalle@example.se',
    subject: 'Nya matchningar',
    text: 'Hej Kalle!',
    headers: { 'List-Unsubscribe': '<https://sidestream.test/u/abc>' },
  });
  const received = await smtp.waitFor((mail) => mail.subject === 'Nya matchningar');
  expect(received.to).toEqual(['kalle@example.se']);
  expect(received.text.trim()).toBe('Hej Kalle!');
  expect(received.headers['list-unsubscribe']).toContain('https://sidestream.test/u/abc');
  expect(received.raw).toMatch(/^List-Unsubscribe: <https:\/\/sidestream\.test\/u\/abc>/m);
  const [record] = await database.db.select().from(mailMessages).where(eq(mailMessages.subject, 'Nya matchningar'));
  expect(record?.status).toBe('sent');
  await mailer.close();
});

test('without SMTP_URL a message is stored and readable at /dev/mail', async () => {
  const mailer = createMailer({ db: database.db, from: 'Sidestream <no-reply@sidestream.test>' });
  await mailer.send({
    to: 'Lisa@Example.se',
    subject: 'Inbjudan <till> Alfa',
    text: 'Följ http://sidestream.test/invitations/abc?x=1&y=2. <script>alert(1)</script>',
    headers: { 'X-Sidestream-Kind': 'invitation' },
  });
  const list = await app.inject({ method: 'GET', url: '/dev/mail.json?to=lisa@example.se' });
  const [stored] = list.json() as { id: string; status: string }[];
  expect(stored?.status).toBe('stored');
  const page = await app.inject({ method: 'GET', url: `/dev/mail/${stored?.id}` });
  expect(page.body).toContain('Inbjudan &lt;till&gt; Alfa');
  expect(page.body).toContain(
    '<a href="http://sidestream.test/invitations/abc?x=1&amp;y=2">http://sidestream.test/invitations/abc?x=1&amp;y=2</a>.',
  );
  expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(page.body).not.toContain('<script>');
  expect(page.body).toContain('<dt>X-Sidestream-Kind</dt><dd>invitation</dd>');
  const index = await app.inject({ method: 'GET', url: '/dev/mail' });
  expect(index.body).toContain('<html lang="en">');
  expect(index.body).toContain('Lisa@Example.se');
});

test('an SMTP server that is down: the send fails clearly and the record says failed', async () => {
  const mailer = createMailer({
    db: database.db,
    smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
    from: 'x@sidestream.test',
  });
  await expect(mailer.send({ to: 'olle@example.se', subject: 'Nere', text: '…' })).rejects.toThrow(
    /could not send "Nere" to olle@example.se/,
  );
  const [record] = await database.db.select().from(mailMessages).where(eq(mailMessages.subject, 'Nere'));
  expect(record?.status).toBe('failed');
  expect(record?.error).toBeTruthy();
});

test('/dev/mail is not served in production', async () => {
  const production = await createTestApp(database, { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
  const response = await production.inject({ method: 'GET', url: '/dev/mail.json' });
  expect(response.statusCode).toBe(404);
  await production.close();
});
