import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { matches, rateLimit } from '../../../db/schema/index';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { applyJobs, callOk, postListing } from '../../helpers/marketplace';
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

type Item = { id: string; score: number; unread: boolean; counterpart: { title: string } };

/**
 * A buyer with one need and three offers from other companies. The scores and times are set
 * afterwards, so each order has one right answer: what is under test is the order, not the scorer.
 */
async function inboxWithThree() {
  const buyer = await createCompanyWithSite(app);
  const need = await postListing(app, buyer, { side: 'need', title: 'Söker aluminiumspån', quantity: 3 });
  const offers: Record<string, string> = {};
  for (const name of ['old-best', 'new-worst', 'middle']) {
    const seller = await createCompanyWithSite(app);
    offers[name] = (await postListing(app, seller, { title: `Aluminiumspån ${name}` })).id;
  }
  await applyJobs(database);
  const set = async (name: string, score: number, computedAt: string) => {
    const [row] = await database.db
      .update(matches)
      .set({ score, computedAt: new Date(computedAt) })
      .where(and(eq(matches.needListingId, need.id), eq(matches.offerListingId, offers[name] as string)))
      .returning({ id: matches.id });
    if (!row) throw new Error(`no match for ${name}`);
    return row.id;
  };
  const ids = {
    'old-best': await set('old-best', 85, '2026-01-01T10:00:00Z'),
    'new-worst': await set('new-worst', 40, '2026-03-01T10:00:00Z'),
    middle: await set('middle', 60, '2026-02-01T10:00:00Z'),
  };
  return { buyer, need, ids };
}

/** The test's own matches, in the order given (other tests' offers match the need too). */
const ours = (items: Item[], ids: Record<string, string>) =>
  items.filter((item) => Object.values(ids).includes(item.id));
const titles = (items: Item[], ids: Record<string, string>) =>
  ours(items, ids).map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]);

test('the company inbox puts the best match first by default', async () => {
  const { buyer, ids } = await inboxWithThree();
  const items = await callOk<Item[]>(
    app,
    'matches.inbox',
    { companyId: buyer.company.id },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(titles(items, ids)).toEqual(['old-best', 'middle', 'new-worst']);
  const scores = items.map((item) => item.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}, 120_000);

test('the inbox sorts newest first, or unread first and then best, when asked', async () => {
  const { buyer, ids } = await inboxWithThree();
  const inbox = (sort: string) =>
    callOk<Item[]>(
      app,
      'matches.inbox',
      { companyId: buyer.company.id, sort },
      { cookie: buyer.owner.cookie, kind: 'query' },
    );
  expect(titles(await inbox('newest'), ids)).toEqual(['new-worst', 'middle', 'old-best']);
  // The best one has been read: unread first puts the other two (best of them first) before it.
  await callOk(
    app,
    'matches.markRead',
    { companyId: buyer.company.id, matchIds: [ids['old-best']] },
    { cookie: buyer.owner.cookie },
  );
  const unreadFirst = await inbox('unread');
  expect(titles(unreadFirst, ids)).toEqual(['middle', 'new-worst', 'old-best']);
  expect(ours(unreadFirst, ids).map((item) => item.unread)).toEqual([true, true, false]);
  // Best first does not care what has been read.
  expect(titles(await inbox('best'), ids)).toEqual(['old-best', 'middle', 'new-worst']);
}, 120_000);

test('an unknown sort is a field error, not a 500', async () => {
  const { buyer } = await inboxWithThree();
  const refused = await callTrpc(
    app,
    'matches.inbox',
    { companyId: buyer.company.id, sort: 'cheapest' },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(refused.status).toBe(400);
  expect((refused.body.error?.data.fieldErrors as Record<string, string[]> | undefined)?.sort?.[0]).toBe(
    'validation.sort',
  );
}, 120_000);
