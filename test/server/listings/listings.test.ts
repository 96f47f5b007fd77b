import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { auditEvents, listings, rateLimit, user } from '../../../db/schema/index';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite, signUpPerson } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});
// All requests come from one address; the per-IP sign-up limit is not what this file tests.
beforeEach(async () => {
  await database.db.delete(rateLimit);
});

type Call = Awaited<ReturnType<typeof callTrpc>>;
const data = <T>(result: Call) => result.body.result?.data as T;
const fieldError = (result: Call, field: string) =>
  (result.body.error?.data.fieldErrors as Record<string, string[]> | null)?.[field]?.[0];

const companyWithSite = () => createCompanyWithSite(app);

function offer(companyId: string, siteId: string, overrides: Record<string, unknown> = {}) {
  return {
    companyId,
    side: 'offer',
    type: 'material',
    categoryId: 'aluminium-swarf',
    title: 'Aluminiumspån från fräsning',
    description: 'Rena spån av 6061, torra, i bur.',
    quantity: 2,
    unit: 't',
    frequency: 'monthly',
    availableFrom: '2026-12-01',
    siteId,
    priceModel: 'free',
    publish: true,
    ...overrides,
  };
}

async function listingCount(companyId: string) {
  return database.db.$count(listings, eq(listings.companyId, companyId));
}

test('a material offer is stored with its annual quantity in kg and is published for 90 days', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const created = await callTrpc(app, 'listings.create', offer(company.id, siteId), { cookie: owner.cookie });
  expect(created.status).toBe(200);
  const { id } = data<{ id: string }>(created);
  const [row] = await database.db.select().from(listings).where(eq(listings.id, id));
  expect(row).toMatchObject({ annualQuantity: 24_000, quantityDimension: 'mass', status: 'active', version: 1 });
  const days = ((row?.expiresAt?.getTime() ?? 0) - (row?.publishedAt?.getTime() ?? 0)) / 86_400_000;
  expect(Math.round(days)).toBe(90);
});

test.each([
  ['zero quantity', { quantity: 0 }, 'quantity', 'validation.quantityPositive'],
  ['a negative quantity', { quantity: -5 }, 'quantity', 'validation.quantityPositive'],
  ['more than 10^9 tonnes', { quantity: 2e9, frequency: 'once' }, 'quantity', 'validation.quantityTooLarge'],
  ['an unknown category', { categoryId: 'unobtainium' }, 'categoryId', 'validation.categoryUnknown'],
  ['a capacity category on a material listing', { categoryId: 'cnc-milling' }, 'categoryId', 'validation.categoryType'],
  ['a unit that does not fit the category', { unit: 'hours' }, 'unit', 'validation.unitForCategory'],
  ['an EWC code of the wrong form', { ewcCode: '12 01' }, 'ewcCode', 'validation.ewcFormat'],
  ['an EWC code not in the list', { ewcCode: '129999' }, 'ewcCode', 'validation.ewcUnknown'],
  ['until before from', { availableUntil: '2026-11-01' }, 'availableUntil', 'validation.untilBeforeFrom'],
  ['a 5,001-character description', { description: 'x'.repeat(5001) }, 'description', 'validation.descriptionTooLong'],
  ['a two-character title', { title: 'ab' }, 'title', 'validation.titleLength'],
  ['a fixed price without a price', { priceModel: 'fixed' }, 'priceSek', 'validation.priceRequired'],
  ['an unknown field', { companyName: 'Smuggled AB' }, null, null],
])('%s is refused with a field error and nothing is written', async (_name, overrides, field, message) => {
  const { owner, company, siteId } = await companyWithSite();
  const result = await callTrpc(app, 'listings.create', offer(company.id, siteId, overrides), { cookie: owner.cookie });
  expect(result.status).toBe(400);
  if (field) expect(fieldError(result, field)).toBe(message);
  expect(await listingCount(company.id)).toBe(0);
});

test('the category id of the capacity taxonomy is accepted on a capacity listing with hours', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const result = await callTrpc(
    app,
    'listings.create',
    offer(company.id, siteId, {
      type: 'capacity',
      categoryId: 'cnc-milling',
      unit: 'hours',
      quantity: 40,
      frequency: 'weekly',
    }),
    { cookie: owner.cookie },
  );
  expect(result.status).toBe(200);
  const [row] = await database.db.select().from(listings).where(eq(listings.companyId, company.id));
  expect(row).toMatchObject({ annualQuantity: 2080, quantityDimension: 'time' });
});

test('a hazardous EWC code sets the hazardous flag, written with spaces and asterisk as in the list', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const result = await callTrpc(
    app,
    'listings.create',
    offer(company.id, siteId, { categoryId: 'aluminium-swarf', ewcCode: '12 01 09*', hazardous: false }),
    { cookie: owner.cookie },
  );
  expect(result.status).toBe(200);
  const [row] = await database.db.select().from(listings).where(eq(listings.companyId, company.id));
  expect(row).toMatchObject({ ewcCode: '120109', hazardous: true });
});

test('script tags in text are stored as the text they are', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const title = '<script>alert("x")</script> Pallar';
  const { id } = data<{ id: string }>(
    await callTrpc(app, 'listings.create', offer(company.id, siteId, { title }), { cookie: owner.cookie }),
  );
  const shown = data<{ title: string }>(await callTrpc(app, 'listings.get', { listingId: id }, { kind: 'query' }));
  expect(shown.title).toBe(title);
});

test('a site from another company is refused', async () => {
  const { owner, company } = await companyWithSite();
  const other = await companyWithSite();
  const result = await callTrpc(app, 'listings.create', offer(company.id, other.siteId), { cookie: owner.cookie });
  expect(result.status).toBe(400);
  expect(fieldError(result, 'siteId')).toBe('validation.site');
});

test('editing another company’s listing is FORBIDDEN and changes nothing', async () => {
  const a = await companyWithSite();
  const b = await companyWithSite();
  const { id } = data<{ id: string }>(
    await callTrpc(app, 'listings.create', offer(a.company.id, a.siteId), { cookie: a.owner.cookie }),
  );
  const result = await callTrpc(
    app,
    'listings.update',
    { ...offer(b.company.id, b.siteId, { title: 'Kapad annons' }), publish: undefined, listingId: id, version: 1 },
    { cookie: b.owner.cookie },
  );
  expect(result.status).toBe(403);
  const [row] = await database.db.select().from(listings).where(eq(listings.id, id));
  expect(row?.title).toBe('Aluminiumspån från fräsning');
});

test('an edit from a stale version is a CONFLICT and keeps the other edit', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const { id } = data<{ id: string }>(
    await callTrpc(app, 'listings.create', offer(company.id, siteId), { cookie: owner.cookie }),
  );
  const edit = (title: string) => ({
    ...offer(company.id, siteId, { title }),
    publish: undefined,
    listingId: id,
    version: 1,
  });
  const first = await callTrpc(app, 'listings.update', edit('Första ändringen'), { cookie: owner.cookie });
  expect(first.status).toBe(200);
  expect(data<{ version: number }>(first).version).toBe(2);
  const second = await callTrpc(app, 'listings.update', edit('Andra ändringen'), { cookie: owner.cookie });
  expect(second.status).toBe(409);
  expect(fieldError(second, 'version')).toBe('validation.staleVersion');
  const [row] = await database.db.select().from(listings).where(eq(listings.id, id));
  expect(row?.title).toBe('Första ändringen');
  const [audit] = await database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'listing.updated')));
  expect(audit?.details).toMatchObject({
    changes: { title: { from: 'Aluminiumspån från fräsning', to: 'Första ändringen' } },
  });
});

test('anonymous visitors get a teaser, other members the details, and an anonymous listing hides the company', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const stranger = await signUpPerson(app);
  const { id } = data<{ id: string }>(
    await callTrpc(app, 'listings.create', offer(company.id, siteId, { quantity: 2345, anonymous: true }), {
      cookie: owner.cookie,
    }),
  );
  const teaser = data<Record<string, unknown>>(
    await callTrpc(app, 'listings.get', { listingId: id }, { kind: 'query' }),
  );
  expect(teaser).toMatchObject({ view: 'teaser', approximateQuantity: 2300, municipalityCode: '0181' });
  expect(teaser).not.toHaveProperty('description');
  expect(JSON.stringify(teaser)).not.toContain(company.name);

  const forMember = data<{ view: string; description: string; company: unknown; own: unknown }>(
    await callTrpc(app, 'listings.get', { listingId: id }, { kind: 'query', cookie: stranger.cookie }),
  );
  expect(forMember.view).toBe('full');
  expect(forMember.description).toContain('6061');
  expect(forMember.company).toBeNull();
  expect(forMember.own).toBeNull();

  const forOwner = data<{ company: { name: string } }>(
    await callTrpc(app, 'listings.get', { listingId: id }, { kind: 'query', cookie: owner.cookie }),
  );
  expect(forOwner.company.name).toBe(company.name);

  await database.db.update(user).set({ platformRole: 'broker' }).where(eq(user.id, stranger.userId));
  const forBroker = data<{ company: { name: string } }>(
    await callTrpc(app, 'listings.get', { listingId: id }, { kind: 'query', cookie: stranger.cookie }),
  );
  expect(forBroker.company.name).toBe(company.name);
});

test('a members-only listing shows nothing to anonymous visitors', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const { id } = data<{ id: string }>(
    await callTrpc(app, 'listings.create', offer(company.id, siteId, { visibility: 'members' }), {
      cookie: owner.cookie,
    }),
  );
  expect((await callTrpc(app, 'listings.get', { listingId: id }, { kind: 'query' })).status).toBe(404);
});

test('drafts, paused and expired listings are seen only by their company; renewal brings one back', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const stranger = await signUpPerson(app);
  const { id } = data<{ id: string }>(
    await callTrpc(app, 'listings.create', offer(company.id, siteId, { publish: false }), { cookie: owner.cookie }),
  );
  const seenBy = async (cookie?: string) =>
    (await callTrpc(app, 'listings.get', { listingId: id }, { kind: 'query', ...(cookie ? { cookie } : {}) })).status;
  expect(await seenBy(stranger.cookie)).toBe(404);
  expect(await seenBy(owner.cookie)).toBe(200);

  const act = (action: string, version: number, extra: Record<string, unknown> = {}) =>
    callTrpc(
      app,
      `listings.${action}`,
      { companyId: company.id, listingId: id, version, ...extra },
      { cookie: owner.cookie },
    );
  expect((await act('publish', 1)).status).toBe(200);
  expect(await seenBy(stranger.cookie)).toBe(200);
  expect((await act('pause', 2)).status).toBe(200);
  expect(await seenBy(stranger.cookie)).toBe(404);
  expect((await act('pause', 3)).status).toBe(409);
  expect((await act('resume', 3)).status).toBe(200);

  await database.db
    .update(listings)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(listings.id, id));
  expect(await seenBy(stranger.cookie)).toBe(404);
  const own = data<{ counts: Record<string, number> }>(
    await callTrpc(app, 'listings.forCompany', { companyId: company.id }, { kind: 'query', cookie: owner.cookie }),
  );
  expect(own.counts).toEqual({ expired: 1 });
  expect((await act('renew', 4)).status).toBe(200);
  expect(await seenBy(stranger.cookie)).toBe(200);

  expect((await act('close', 5, { reason: 'matched_elsewhere' })).status).toBe(200);
  expect(await seenBy(stranger.cookie)).toBe(404);
  const [row] = await database.db.select().from(listings).where(eq(listings.id, id));
  expect(row).toMatchObject({ status: 'closed', closedReason: 'matched_elsewhere' });
});

test('a broker posts for a company that asked for help, and the listing is recorded as done on its behalf', async () => {
  const { owner, company, siteId } = await companyWithSite();
  const broker = await signUpPerson(app);
  await database.db.update(user).set({ platformRole: 'broker' }).where(eq(user.id, broker.userId));
  const before = await callTrpc(app, 'listings.create', offer(company.id, siteId), { cookie: broker.cookie });
  expect(before.status).toBe(404);
  await callTrpc(app, 'companies.update', { companyId: company.id, brokerAssistance: true }, { cookie: owner.cookie });
  const created = await callTrpc(app, 'listings.create', offer(company.id, siteId), { cookie: broker.cookie });
  expect(created.status).toBe(200);
  const [audit] = await database.db
    .select()
    .from(auditEvents)
    .where(
      and(eq(auditEvents.entityId, data<{ id: string }>(created).id), eq(auditEvents.action, 'listing.published')),
    );
  expect(audit).toMatchObject({ actingAs: 'broker', actorUserId: broker.userId, companyId: company.id });
});
