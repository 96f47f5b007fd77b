import { and, count, eq, isNotNull, lt, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../db/client';
import { account, companies, companyMembers, companySites, listings, user } from '../../db/schema/index';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_BROKER_EMAIL,
  DEMO_PASSWORD,
  type SeedDemoResult,
  seedDemoIfEmpty,
  seedDemoRegion,
} from '../../db/seed/seed';
import { isCommonPassword } from '../../server/auth/common-passwords';
import { getMunicipality } from '../../shared/geo/municipalities';
import { isHazardousEwcCode, listingLifetimeDays } from '../../shared/listings/schemas';
import { annualQuantity, type Frequency, type Unit } from '../../shared/listings/units';
import { createTestDatabase } from '../helpers/database';
import { callTrpc, cookieFrom, postAuth } from '../helpers/http';
import { createTestApp, type TestApp } from '../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;
let seeded: SeedDemoResult;
const logged: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  seeded = await seedDemoRegion(database.db, { log: (line) => logged.push(line) });
  app = await createTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const signIn = (email: string, password = DEMO_PASSWORD) => postAuth(app, '/sign-in/email', { email, password });

test('the demo has about 40 companies spread over at least 10 Stockholm-county municipalities', async () => {
  const rows = await database.db.select({ id: companies.id }).from(companies);
  expect(rows).toHaveLength(seeded.companies);
  expect(seeded.companies).toBeGreaterThanOrEqual(35);
  expect(seeded.companies).toBeLessThanOrEqual(50);
  const sites = await database.db.select({ municipalityCode: companySites.municipalityCode }).from(companySites);
  const codes = new Set(sites.map((site) => site.municipalityCode));
  for (const code of codes) expect(getMunicipality(code)?.inStockholmCounty, code).toBe(true);
  expect(codes.size).toBeGreaterThanOrEqual(10);
  expect(logged.at(-1)).toMatch(/^demo data seeded: \d+ companies, \d+ people, 300 listings/);
});

test('every company has its contact person as owner, with a password account and a site', async () => {
  const rows = await database.db
    .select({
      company: companies.name,
      contact: companies.contactUserId,
      role: companyMembers.role,
      provider: account.providerId,
      sites: sql<number>`(select count(*) from company_sites where company_id = ${companies.id})`.mapWith(Number),
    })
    .from(companies)
    .leftJoin(
      companyMembers,
      and(eq(companyMembers.companyId, companies.id), eq(companyMembers.userId, companies.contactUserId)),
    )
    .leftJoin(account, eq(account.userId, companies.contactUserId));
  expect(rows).toHaveLength(seeded.companies);
  for (const row of rows) {
    expect(row.contact, row.company).not.toBeNull();
    expect(row.role, row.company).toBe('owner');
    expect(row.provider, row.company).toBe('credential');
    expect(row.sites, row.company).toBeGreaterThan(0);
  }
  // The contacts plus the broker and the admin.
  expect(seeded.people).toBe(seeded.companies + 2);
});

test('the demo has about 300 Swedish listings of both sides and types, each at a site of its own company', async () => {
  const rows = await database.db
    .select({
      side: listings.side,
      type: listings.type,
      language: listings.language,
      companyId: listings.companyId,
      siteCompanyId: companySites.companyId,
      createdBy: listings.createdByUserId,
    })
    .from(listings)
    .innerJoin(companySites, eq(companySites.id, listings.siteId))
    .where(ne(listings.status, 'closed'));
  // The closed ones are the past year's brokered deals (seed-history.db.test.ts).
  expect(rows).toHaveLength(300);
  expect(seeded.listings).toBe(300);
  const kinds = new Set(rows.map((row) => `${row.side}·${row.type}`));
  expect([...kinds].sort()).toEqual(['need·capacity', 'need·material', 'offer·capacity', 'offer·material']);
  for (const row of rows) {
    expect(row.language).toBe('sv');
    expect(row.siteCompanyId).toBe(row.companyId);
    expect(row.createdBy).not.toBeNull();
  }
});

test('stored annual quantities match annualQuantity, and an EWC code marked hazardous makes the listing hazardous', async () => {
  const rows = await database.db.select().from(listings);
  for (const row of rows) {
    const expected = annualQuantity({
      quantity: row.quantity,
      unit: row.unit as Unit,
      frequency: row.frequency as Frequency,
    });
    expect(row.annualQuantity, row.title).toBeCloseTo(expected.value, 6);
    expect(row.quantityDimension, row.title).toBe(expected.dimension);
    if (row.ewcCode !== null && isHazardousEwcCode(row.ewcCode)) expect(row.hazardous, row.title).toBe(true);
    if (row.priceModel === 'fixed' || row.priceModel === 'pays_for_removal') expect(row.priceSek).toBeGreaterThan(0);
    else expect(row.priceSek).toBeNull();
  }
});

test('active listings are published within the last 90 days and not expired; drafts are unpublished', async () => {
  const rows = await database.db
    .select({
      status: listings.status,
      publishedAt: listings.publishedAt,
      expiresAt: listings.expiresAt,
      availableUntil: listings.availableUntil,
    })
    .from(listings)
    .where(ne(listings.status, 'closed'));
  const now = Date.now();
  const today = new Date(now).toISOString().slice(0, 10);
  expect(rows.filter((row) => row.status === 'active').length).toBeGreaterThan(200);
  for (const row of rows) {
    if (row.status === 'draft') {
      expect(row.publishedAt).toBeNull();
      expect(row.expiresAt).toBeNull();
      continue;
    }
    const publishedAt = row.publishedAt?.getTime() ?? Number.NaN;
    expect(publishedAt).toBeLessThanOrEqual(now);
    expect(row.expiresAt?.getTime()).toBe(publishedAt + listingLifetimeDays * 86_400_000);
    expect(row.expiresAt?.getTime()).toBeGreaterThan(now);
    if (row.availableUntil !== null) expect(row.availableUntil >= today).toBe(true);
  }
  const [expired] = await database.db
    .select({ n: count() })
    .from(listings)
    .where(and(eq(listings.status, 'active'), isNotNull(listings.expiresAt), lt(listings.expiresAt, sql`now()`)));
  expect(expired?.n).toBe(0);
});

test('seeding twice adds nothing', async () => {
  const before = await database.db.select({ n: count() }).from(listings);
  const lines: string[] = [];
  expect(await seedDemoRegion(database.db, { log: (line) => lines.push(line) })).toEqual({
    companies: 0,
    people: 0,
    listings: 0,
    historyMatches: 0,
    historyDeals: 0,
  });
  expect(lines).toEqual([expect.stringMatching(/already seeded/)]);
  expect(await seedDemoIfEmpty(database.db)).toBeNull();
  expect(await database.db.select({ n: count() }).from(listings)).toEqual(before);
});

test('the demo password is long enough and not a common one', () => {
  expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(10);
  expect(isCommonPassword(DEMO_PASSWORD)).toBe(false);
});

test('the broker signs in with the documented password and is a broker', async () => {
  const response = await signIn(DEMO_BROKER_EMAIL);
  expect(response.statusCode).toBe(200);
  const cookie = cookieFrom(response);
  const me = await callTrpc(app, 'accounts.me', null, { kind: 'query', cookie });
  expect(me.body.result?.data).toMatchObject({ email: DEMO_BROKER_EMAIL, platformRole: 'broker', language: 'sv' });
  const all = await callTrpc(app, 'companies.all', null, { kind: 'query', cookie });
  expect(all.status).toBe(200);
  expect(all.body.result?.data).toHaveLength(seeded.companies);
});

test('the admin and a company contact sign in with the same password', async () => {
  const adminResponse = await signIn(DEMO_ADMIN_EMAIL);
  expect(adminResponse.statusCode).toBe(200);
  const admin = await callTrpc(app, 'accounts.me', null, { kind: 'query', cookie: cookieFrom(adminResponse) });
  expect(admin.body.result?.data).toMatchObject({ platformRole: 'admin' });

  const [contact] = await database.db
    .select({ email: user.email, company: companies.name })
    .from(companies)
    .innerJoin(user, eq(user.id, companies.contactUserId))
    .limit(1);
  const contactResponse = await signIn(contact?.email as string);
  expect(contactResponse.statusCode).toBe(200);
  const me = await callTrpc(app, 'accounts.me', null, { kind: 'query', cookie: cookieFrom(contactResponse) });
  expect(me.body.result?.data).toMatchObject({
    platformRole: null,
    memberships: [{ companyName: contact?.company, role: 'owner' }],
  });
  expect((await signIn(DEMO_BROKER_EMAIL, 'not-the-demo-password')).statusCode).toBe(401);
});
