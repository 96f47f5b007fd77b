import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { eq, sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rowsOf } from '../../../db/client';
import { mailMessages, user } from '../../../db/schema/index';
import { createMailer } from '../../../server/mail/mailer';
import { publicProcedure, router } from '../../../server/trpc';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite, signUpPerson } from '../../helpers/factories';
import { callTrpc, postAuth } from '../../helpers/http';
import { listingFields, postListing, signUpStaff, type TestCompany } from '../../helpers/marketplace';
import { createTestApp, type TestApp, testContext } from '../../helpers/test-app';

type Database = Awaited<ReturnType<typeof createTestDatabase>>;
let database: Database;
let app: TestApp;
let seller: TestCompany;
let buyer: TestCompany;
let offerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
  seller = await createCompanyWithSite(app);
  buyer = await createCompanyWithSite(app);
  offerId = (await postListing(app, seller)).id;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const nul = 'Spån\u0000från fräsning';

/** Rows in the tables a refused write could have touched. */
async function rowCounts() {
  const [row] = rowsOf<Record<string, number>>(
    await database.db.execute(sql`select
      (select count(*)::int from listings) as listings,
      (select count(*)::int from companies) as companies,
      (select count(*)::int from company_sites) as sites,
      (select count(*)::int from messages) as messages,
      (select count(*)::int from conversations) as conversations,
      (select count(*)::int from alerts) as alerts,
      (select count(*)::int from "user") as users,
      (select count(*)::int from jobs) as jobs`),
  );
  return row;
}

type Attack = { name: string; procedure: string; input: () => unknown; field: string; cookie: () => string };
const owner = () => seller.owner.cookie;
const attacks: Attack[] = [
  {
    name: 'listing title',
    procedure: 'listings.create',
    field: 'title',
    cookie: owner,
    input: () => listingFields(seller, { title: nul }),
  },
  {
    name: 'listing description',
    procedure: 'listings.create',
    field: 'description',
    cookie: owner,
    input: () => listingFields(seller, { description: `Rent\u0000 och sorterat` }),
  },
  {
    name: 'listing condition',
    procedure: 'listings.create',
    field: 'condition',
    cookie: owner,
    input: () => listingFields(seller, { condition: 'Torr\u0007' }),
  },
  {
    name: 'listing specs',
    procedure: 'listings.create',
    field: 'specs',
    cookie: owner,
    input: () => listingFields(seller, { specs: [{ key: 'Legering\u0000', value: '6082' }] }),
  },
  {
    name: 'company name',
    procedure: 'companies.update',
    field: 'name',
    cookie: owner,
    input: () => ({ companyId: seller.company.id, name: 'Nollbyte\u0000 AB' }),
  },
  {
    name: 'company description',
    procedure: 'companies.update',
    field: 'description',
    cookie: owner,
    input: () => ({ companyId: seller.company.id, description: 'Vi\u0000 fräser' }),
  },
  {
    name: 'site name',
    procedure: 'companies.addSite',
    field: 'site',
    cookie: owner,
    input: () => ({
      companyId: seller.company.id,
      site: { name: 'Lager\u0000', streetAddress: 'Hamnvägen 2', municipalityCode: '0180' },
    }),
  },
  {
    name: 'message',
    procedure: 'conversations.startInquiry',
    field: 'body',
    cookie: () => buyer.owner.cookie,
    input: () => ({ companyId: buyer.company.id, listingId: offerId, body: 'Hej!\u0000 Finns det kvar?' }),
  },
  {
    name: 'saved-search name',
    procedure: 'alerts.saveSearch',
    field: 'name',
    cookie: () => buyer.owner.cookie,
    input: () => ({ name: 'Spån\u0000', frequency: 'daily', query: { q: 'spån' } }),
  },
  {
    name: 'profile name',
    procedure: 'accounts.updateProfile',
    field: 'name',
    cookie: () => buyer.owner.cookie,
    input: () => ({ name: 'Eva\u0000 Ek' }),
  },
  {
    name: 'profile name with a header line',
    procedure: 'accounts.updateProfile',
    field: 'name',
    cookie: () => buyer.owner.cookie,
    input: () => ({ name: 'Eva\r\nBcc: victim@example.se' }),
  },
  {
    name: 'search words',
    procedure: 'search.listings',
    field: 'q',
    cookie: () => '',
    input: () => ({ q: 'spån\u0000' }),
  },
  {
    name: 'an id field that reaches SQL as a parameter',
    procedure: 'companies.removeMember',
    field: 'userId',
    cookie: owner,
    input: () => ({ companyId: seller.company.id, userId: 'a\u0000b' }),
  },
];

test.each(attacks)(
  'a NUL or control character in the $name is a 400 with a field error, and nothing is written',
  async (attack) => {
    const before = await rowCounts();
    const kind = attack.procedure === 'search.listings' ? 'query' : 'mutation';
    const result = await callTrpc(app, attack.procedure, attack.input(), { cookie: attack.cookie(), kind });
    expect(result.status).toBe(400);
    const fieldErrors = (result.body.error?.data.fieldErrors ?? {}) as Record<string, string[]>;
    expect(fieldErrors[attack.field]).toContain('validation.controlCharacters');
    expect(JSON.stringify(result.body)).not.toMatch(/insert into|select |failed query|"stack"/i);
    expect(await rowCounts()).toEqual(before);
  },
);

test('the profile name keeps its value after refused attempts', async () => {
  const [row] = await database.db.select({ name: user.name }).from(user).where(eq(user.id, buyer.owner.userId));
  expect(row?.name).toBe(buyer.owner.name);
});

test.each([
  ['2026-02-31', 'validation.date'],
  ['0000-01-01', 'validation.date'],
  ['2101-01-01', 'validation.dateRange'],
  ['1999-12-31', 'validation.dateRange'],
  ['2026-13-01', 'validation.date'],
])('an impossible or out-of-range date %s is a field error on the listing, never a 500', async (date, message) => {
  const before = await rowCounts();
  const result = await callTrpc(app, 'listings.create', listingFields(seller, { availableFrom: date }), {
    cookie: seller.owner.cookie,
  });
  expect(result.status).toBe(400);
  expect(((result.body.error?.data.fieldErrors ?? {}) as Record<string, string[]>).availableFrom).toContain(message);
  expect(await rowCounts()).toEqual(before);
});

test('an impossible date in an impact period or a next step is a 400 field error', async () => {
  const broker = await signUpStaff(app, database);
  const report = await callTrpc(
    app,
    'impact.report',
    { from: '2026-02-31', to: '2026-03-31' },
    {
      cookie: broker.cookie,
      kind: 'query',
    },
  );
  expect(report.status).toBe(400);
  expect(((report.body.error?.data.fieldErrors ?? {}) as Record<string, string[]>).from).toContain('validation.date');
  const period = await callTrpc(
    app,
    'impact.report',
    { from: '0000-01-01', to: '2026-03-31' },
    {
      cookie: broker.cookie,
      kind: 'query',
    },
  );
  expect(period.status).toBe(400);
});

test('a NUL byte in the sign-in email is a 400 with a field error, not a 500 from the rate-limit key', async () => {
  const response = await postAuth(app, '/sign-in/email', { email: `${seller.owner.email}\u0000`, password: 'x' });
  expect(response.statusCode).toBe(400);
  expect(response.json()).toMatchObject({ code: 'VALIDATION_ERROR', field: 'email' });
});

test('sign-up refuses a NUL in the name, a 20,000-character name, a header line and an unknown language, creating nobody', async () => {
  const before = await rowCounts();
  const base = { email: `ny-${Date.now()}@example.se`, password: 'korrekt häst batteri häftklammer', language: 'sv' };
  for (const [body, field] of [
    [{ ...base, name: 'Eva\u0000' }, 'name'],
    [{ ...base, name: 'x'.repeat(20_000) }, 'name'],
    [{ ...base, name: 'Eva\r\nBcc: victim@example.se' }, 'name'],
    [{ ...base, name: 'Eva', language: 'klingon' }, 'language'],
    [{ ...base, name: 'Eva', image: 'x'.repeat(20_000) }, 'body'],
  ] as const) {
    const response = await postAuth(app, '/sign-up/email', body);
    expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    if (field !== 'body') expect(response.json().field).toBe(field);
  }
  expect(await rowCounts()).toEqual(before);
});

test('better-auth’s update-user is closed: a long name, a header line or any language cannot be stored through it', async () => {
  const person = await signUpPerson(app, { name: 'Vanlig Person' });
  for (const body of [
    { name: 'x'.repeat(20_000) },
    { name: 'Eva\r\nBcc: victim@example.se' },
    { language: 'klingon' },
  ]) {
    const response = await postAuth(app, '/update-user', body, { cookie: person.cookie });
    expect(response.statusCode).toBe(404);
  }
  const [row] = await database.db
    .select({ name: user.name, language: user.language })
    .from(user)
    .where(eq(user.id, person.userId));
  expect(row).toEqual({ name: 'Vanlig Person', language: 'sv' });
  // The way the account page changes them still works, with the shared schema.
  const renamed = await callTrpc(
    app,
    'accounts.updateProfile',
    { name: 'Ny Person', language: 'en' },
    {
      cookie: person.cookie,
    },
  );
  expect(renamed.status).toBe(200);
  const tooLong = await callTrpc(
    app,
    'accounts.updateProfile',
    { name: 'x'.repeat(20_000) },
    { cookie: person.cookie },
  );
  expect(tooLong.status).toBe(400);
  const language = await callTrpc(app, 'accounts.updateProfile', { language: 'klingon' }, { cookie: person.cookie });
  expect(language.status).toBe(400);
});

test('the mailer takes CR and LF out of every header, whatever the caller built it from', async () => {
  const mailer = createMailer({ db: database.db, from: 'a@b.se' });
  await mailer.send({
    to: 'eva@example.se\r\nBcc: victim@example.se',
    subject: 'Inbjudan från Eva\r\nBcc: victim@example.se',
    text: 'Hej',
    headers: { 'X-Company': 'Eva AB\nBcc: victim@example.se' },
  });
  const [stored] = await database.db
    .select()
    .from(mailMessages)
    .where(sql`${mailMessages.subject} like 'Inbjudan från Eva%'`);
  expect(stored?.subject).toBe('Inbjudan från Eva Bcc: victim@example.se');
  expect(stored?.to).not.toMatch(/[\r\n]/);
  expect(Object.values(stored?.headers ?? {}).join('')).not.toMatch(/[\r\n]/);
});

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

test('JSON nested 1,000 deep is refused with 400 on /api/auth/sign-in/email and on /trpc, before parsing goes further', async () => {
  const headers = { origin: 'http://sidestream.test', host: 'sidestream.test', 'content-type': 'application/json' };
  const payload = `{"email":${nested(1000)},"password":"x"}`;
  const auth = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers, payload });
  expect(auth.statusCode).toBe(400);
  expect(auth.body).toContain('nested deeper than 32');
  const trpc = await app.inject({
    method: 'POST',
    url: '/trpc/accounts.updateProfile',
    headers,
    payload: nested(1000),
  });
  expect(trpc.statusCode).toBe(400);
  const query = await app.inject({
    method: 'GET',
    url: `/trpc/search.listings?input=${encodeURIComponent(nested(1000))}`,
  });
  expect(query.statusCode).toBe(400);
  // A megabyte of brackets costs one linear scan, not a stack overflow.
  const huge = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers, payload: nested(400_000) });
  expect(huge.statusCode).toBe(400);
  // Nesting our schemas actually use still parses.
  const shallow = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers,
    payload: JSON.stringify({ email: 'nobody@example.se', password: 'fel lösenord här' }),
  });
  expect(shallow.statusCode).toBe(401);
});

test('an unexpected error answers a generic message without SQL, parameters or a stack, in development too', async () => {
  // A procedure whose statement fails inside Postgres, served through our builders and formatter.
  const failing = router({
    boom: publicProcedure.query(async ({ ctx }) => {
      await ctx.db.execute(sql`select * from no_such_table where secret = ${'hunter2'}`);
    }),
  });
  const server = Fastify();
  await server.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: failing,
      createContext: () => testContext(database, { env: { NODE_ENV: 'development' } }),
    },
  });
  const response = await server.inject({ method: 'GET', url: '/trpc/boom' });
  await server.close();
  expect(response.statusCode).toBe(500);
  expect(response.json().error.message).toBe('Internal server error');
  expect(response.json().error.data.stack).toBeUndefined();
  expect(response.body).not.toMatch(/no_such_table|hunter2|select|\.ts:/);
});
