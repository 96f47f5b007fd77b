import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { matches, rateLimit, user } from '../../../db/schema/index';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite, signUpPerson } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { applyJobs as applyJobsOf, listingFields, postListing, type TestCompany } from '../../helpers/marketplace';
import { createTestApp, type TestApp } from '../../helpers/test-app';

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

const applyJobs = () => applyJobsOf(database);
type Company = TestCompany;
const companyWithSite = () => createCompanyWithSite(app);
const fields = listingFields;
const post = (company: Company, overrides: Record<string, unknown>) => postListing(app, company, overrides);

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
  expect(match?.stage).toBe('suggested');
  expect(match?.keptAt).toBeNull();
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
    .set({ stage: 'dismissed', keptAt: new Date() })
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
  expect(after?.stage).toBe('dismissed');
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
  // Kept from the matcher, but still a suggestion in the pipeline: a reaction is not a broker's decision.
  expect(stored?.keptAt).not.toBeNull();
  expect(stored?.stage).toBe('suggested');

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

test('“interesting” lets IUC staff know: the pipeline filtered on it lists the match, and members cannot see the pipeline', async () => {
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
  const pipeline = await callTrpc(
    app,
    'brokering.pipeline',
    { reaction: 'interesting', companyId: seller.company.id },
    { cookie: staff.cookie, kind: 'query' },
  );
  expect(pipeline.status).toBe(200);
  const items = (
    pipeline.body.result as { data: { items: { id: string; reactions: { companyId: string; reaction: string }[] }[] } }
  ).data.items;
  expect(items.map((item) => item.id)).toEqual([match?.id]);
  expect(items[0]?.reactions).toEqual([{ companyId: seller.company.id, reaction: 'interesting' }]);
  const notRelevant = await callTrpc(
    app,
    'brokering.pipeline',
    { reaction: 'not_relevant', companyId: seller.company.id },
    { cookie: staff.cookie, kind: 'query' },
  );
  expect((notRelevant.body.result as { data: { items: unknown[] } }).data.items).toEqual([]);
  const refused = await callTrpc(app, 'brokering.pipeline', {}, { cookie: buyer.owner.cookie, kind: 'query' });
  expect(refused.status).toBe(403);
});
