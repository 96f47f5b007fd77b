import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { matches, rateLimit, user } from '../../../db/schema/index';
import { jobHandlers } from '../../../server/jobs/handlers';
import { startWorker } from '../../../server/jobs/worker';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite, signUpPerson } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { createTestApp, silentLog, type TestApp, testConfig } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
beforeEach(async () => {
  await database.db.delete(rateLimit);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/** Applies every pending job as the worker would. */
async function applyJobs() {
  const worker = startWorker({
    db: database.db,
    handlers: jobHandlers(testConfig(), database.db),
    log: silentLog,
    autoStart: false,
  });
  while ((await worker.runOnce()) > 0) {}
}

type Company = Awaited<ReturnType<typeof companyWithSite>>;
const companyWithSite = () => createCompanyWithSite(app);

function fields(company: Company, overrides: Record<string, unknown>) {
  return {
    companyId: company.company.id,
    side: 'offer',
    type: 'material',
    title: 'Aluminiumspån från fräsning',
    categoryId: 'aluminium-swarf',
    quantity: 2,
    unit: 't',
    frequency: 'monthly',
    availableFrom: '2026-11-01',
    siteId: company.siteId,
    priceModel: 'free',
    ...overrides,
  };
}

async function post(company: Company, overrides: Record<string, unknown>) {
  const result = await callTrpc(
    app,
    'listings.create',
    { ...fields(company, overrides), publish: true },
    { cookie: company.owner.cookie },
  );
  if (result.status !== 200) throw new Error(JSON.stringify(result.body));
  return (result.body.result as { data: { id: string; version: number } }).data;
}

async function matchBetween(needId: string, offerId: string) {
  const [row] = await database.db
    .select()
    .from(matches)
    .where(sql`${matches.needListingId} = ${needId} and ${matches.offerListingId} = ${offerId}`);
  return row;
}

test('a published need is matched with a fitting offer of another company, never with its own company’s', async () => {
  const buyer = await companyWithSite();
  const seller = await companyWithSite();
  const offer = await post(seller, {});
  const ownOffer = await post(buyer, { title: 'Eget aluminiumspån' });
  const need = await post(buyer, { side: 'need', title: 'Söker aluminiumspån', quantity: 3 });
  await applyJobs();
  const match = await matchBetween(need.id, offer.id);
  expect(match?.status).toBe('suggested');
  expect(match?.score).toBeGreaterThanOrEqual(35);
  expect(match?.factors.map((factor) => factor.name)).toContain('category');
  expect(await matchBetween(need.id, ownOffer.id)).toBeUndefined();
});

test('editing a listing updates its matches through the job, and a dismissed match stays as it was', async () => {
  const buyer = await companyWithSite();
  const seller = await companyWithSite();
  const offer = await post(seller, { title: 'Spån av aluminium' });
  const keptOffer = await post(seller, { title: 'Mer aluminiumspån' });
  const need = await post(buyer, { side: 'need', title: 'Söker aluminiumspån', quantity: 3 });
  await applyJobs();
  const dismissed = await matchBetween(need.id, keptOffer.id);
  expect(dismissed).toBeDefined();
  await database.db
    .update(matches)
    .set({ status: 'dismissed' })
    .where(eq(matches.id, dismissed?.id as string));

  // The seller changes the offer to something no need of this kind can use; then the buyer edits the need.
  const edited = await callTrpc(
    app,
    'listings.update',
    {
      ...fields(seller, { title: 'Kaffesump', categoryId: 'coffee-grounds' }),
      listingId: offer.id,
      version: offer.version,
    },
    { cookie: seller.owner.cookie },
  );
  expect(edited.status).toBe(200);
  const needEdit = await callTrpc(
    app,
    'listings.update',
    {
      ...fields(buyer, { side: 'need', title: 'Söker aluminiumspån', quantity: 50 }),
      listingId: need.id,
      version: need.version,
    },
    { cookie: buyer.owner.cookie },
  );
  expect(needEdit.status).toBe(200);
  const pending = rowsOf<{ n: number }>(
    await database.db.execute(
      sql`select count(*)::int as n from jobs where done_at is null and kind = 'matching.compute-listing'`,
    ),
  );
  expect(pending[0]?.n).toBeGreaterThan(0);
  await applyJobs();
  expect(await matchBetween(need.id, offer.id)).toBeUndefined();
  const after = await matchBetween(need.id, keptOffer.id);
  expect(after?.status).toBe('dismissed');
  expect(after?.score).toBe(dismissed?.score);
  expect(after?.needVersion).toBe(dismissed?.needVersion);
});

test('a paused listing loses its suggested matches', async () => {
  const buyer = await companyWithSite();
  const seller = await companyWithSite();
  const offer = await post(seller, {});
  const need = await post(buyer, { side: 'need', title: 'Söker aluminiumspån' });
  await applyJobs();
  expect(await matchBetween(need.id, offer.id)).toBeDefined();
  const paused = await callTrpc(
    app,
    'listings.pause',
    { companyId: seller.company.id, listingId: offer.id, version: offer.version },
    { cookie: seller.owner.cookie },
  );
  expect(paused.status).toBe(200);
  await applyJobs();
  expect(await matchBetween(need.id, offer.id)).toBeUndefined();
});

test('members see their listing’s matches with the reaction they gave; another company cannot read them', async () => {
  const buyer = await companyWithSite();
  const seller = await companyWithSite();
  const stranger = await companyWithSite();
  const offer = await post(seller, { anonymous: true });
  const need = await post(buyer, { side: 'need', title: 'Söker aluminiumspån' });
  await applyJobs();

  const listed = await callTrpc(
    app,
    'matches.forListing',
    { companyId: buyer.company.id, listingId: need.id },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(listed.status).toBe(200);
  const first = (
    listed.body.result as { data: { id: string; counterpart: { id: string; company: unknown }; unread: boolean }[] }
  ).data.find((item) => item.counterpart.id === offer.id);
  expect(first).toBeDefined();
  // The offer is anonymous: its company is not shown.
  expect(first?.counterpart.company).toBeNull();
  expect(first?.unread).toBe(true);

  const reacted = await callTrpc(
    app,
    'matches.react',
    { companyId: buyer.company.id, matchId: first?.id, reaction: 'not_relevant', reason: 'Fel legering' },
    { cookie: buyer.owner.cookie },
  );
  expect(reacted.status).toBe(200);
  const [stored] = await database.db
    .select()
    .from(matches)
    .where(eq(matches.id, first?.id as string));
  expect(stored?.status).toBe('dismissed');

  for (const input of [
    { companyId: buyer.company.id, listingId: need.id },
    { companyId: stranger.company.id, listingId: need.id },
  ]) {
    const refused = await callTrpc(app, 'matches.forListing', input, { cookie: stranger.owner.cookie, kind: 'query' });
    expect(refused.status).toBe(404);
  }
  const refusedReaction = await callTrpc(
    app,
    'matches.react',
    { companyId: stranger.company.id, matchId: first?.id, reaction: 'interesting' },
    { cookie: stranger.owner.cookie },
  );
  expect(refusedReaction.status).toBe(404);
});

test('“interesting” lets IUC staff know: the match is in their follow-up list, and not in a member’s', async () => {
  const buyer = await companyWithSite();
  const seller = await companyWithSite();
  const offer = await post(seller, { title: 'Aluminiumspån, torra' });
  const need = await post(buyer, { side: 'need', title: 'Söker aluminiumspån till omsmältning' });
  await applyJobs();
  const match = await matchBetween(need.id, offer.id);
  const reacted = await callTrpc(
    app,
    'matches.react',
    { companyId: seller.company.id, matchId: match?.id, reaction: 'interesting' },
    { cookie: seller.owner.cookie },
  );
  expect(reacted.status).toBe(200);

  const staff = await signUpPerson(app);
  await database.db.update(user).set({ platformRole: 'broker' }).where(eq(user.id, staff.userId));
  const queue = await callTrpc(app, 'matches.interesting', undefined, { cookie: staff.cookie, kind: 'query' });
  expect(queue.status).toBe(200);
  const item = (queue.body.result as { data: { id: string; reactingCompany: string }[] }).data.find(
    (candidate) => candidate.id === match?.id,
  );
  expect(item?.reactingCompany).toBe(seller.company.name);
  const refused = await callTrpc(app, 'matches.interesting', undefined, { cookie: buyer.owner.cookie, kind: 'query' });
  expect(refused.status).toBe(403);
});
