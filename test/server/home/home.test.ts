import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { listings, platformSettings, rateLimit } from '../../../db/schema/index';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { applyJobs, callOk, listingFields, postListing, signUpStaff } from '../../helpers/marketplace';
import { createTestApp, type TestApp, testPublicUrl } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  // Photos' files go to DATA_DIR/files: a folder of this file's own.
  dataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-home-test-'));
  app = await createTestApp(database, { DATA_DIR: dataDir });
});
beforeEach(async () => {
  await database.db.delete(rateLimit);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type Card = {
  id: string;
  view: 'teaser' | 'full';
  company?: { id: string; name: string } | null;
  thumbnailUrl: string | null;
};
type VisitorHome = { counts: Record<string, number>; newestOffers: Card[]; newestNeeds: Card[] };

const visitorHome = (cookie?: string) =>
  callOk<VisitorHome>(app, 'home.visitor', undefined, { cookie: cookie ?? '', kind: 'query' });

test('the front page shows an anonymous listing to visitors and other members without its company, as search does', async () => {
  const seller = await createCompanyWithSite(app, { name: 'Hemliga Spånet AB' });
  const stranger = await createCompanyWithSite(app);
  const staff = await signUpStaff(app, database);
  const offer = await postListing(app, seller, { title: 'Anonymt aluminiumspån', anonymous: true });

  const visitor = await visitorHome();
  const asVisitor = visitor.newestOffers.find((card) => card.id === offer.id);
  expect(asVisitor?.view).toBe('teaser');
  expect(asVisitor).not.toHaveProperty('company');
  expect(JSON.stringify(visitor)).not.toContain('Hemliga Spånet');
  // The counts are what this caller can find on the search page.
  const search = await callOk<{ total: number }>(
    app,
    'search.listings',
    { side: 'offer' },
    { cookie: '', kind: 'query' },
  );
  expect(visitor.counts.offers).toBe(search.total);
  expect(visitor.counts.companies).toBeGreaterThanOrEqual(2);

  const asStranger = (await visitorHome(stranger.owner.cookie)).newestOffers.find((card) => card.id === offer.id);
  expect(asStranger?.view).toBe('full');
  expect(asStranger?.company).toBeNull();
  const asOwner = (await visitorHome(seller.owner.cookie)).newestOffers.find((card) => card.id === offer.id);
  expect(asOwner?.company?.name).toBe('Hemliga Spånet AB');
  const asStaff = (await visitorHome(staff.cookie)).newestOffers.find((card) => card.id === offer.id);
  expect(asStaff?.company?.name).toBe('Hemliga Spånet AB');
});

test('a card carries the first photo’s thumbnail, which a visitor may fetch', async () => {
  const seller = await createCompanyWithSite(app);
  const offer = await postListing(app, seller, { title: 'Pallkragar med foto' });
  const photo = (color: { r: number; g: number; b: number }) =>
    sharp({ create: { width: 640, height: 480, channels: 3, background: color } })
      .jpeg()
      .toBuffer();
  const uploaded: string[] = [];
  for (const bytes of [await photo({ r: 200, g: 40, b: 40 }), await photo({ r: 40, g: 40, b: 200 })]) {
    const response = await app.inject({
      method: 'POST',
      url: `/api/listings/${offer.id}/photos`,
      headers: {
        origin: testPublicUrl,
        host: new URL(testPublicUrl).host,
        'content-type': 'image/jpeg',
        cookie: seller.owner.cookie,
      },
      payload: bytes,
    });
    expect(response.statusCode).toBe(201);
    uploaded.push(response.json().id);
  }
  const card = (await visitorHome()).newestOffers.find((candidate) => candidate.id === offer.id);
  expect(card?.thumbnailUrl).toBe(`/api/listings/${offer.id}/photos/${uploaded[0]}/thumbnail`);
  const thumbnail = await app.inject({ method: 'GET', url: card?.thumbnailUrl as string });
  expect(thumbnail.statusCode).toBe(200);
  expect(thumbnail.headers['content-type']).toBe('image/webp');
  const withoutPhoto = await postListing(app, seller, { title: 'Pallkragar utan foto' });
  expect(
    (await visitorHome()).newestOffers.find((candidate) => candidate.id === withoutPhoto.id)?.thumbnailUrl,
  ).toBeNull();
});

test('a members-only listing is not on the front page for visitors', async () => {
  const seller = await createCompanyWithSite(app);
  const offer = await postListing(app, seller, { title: 'Bara för medlemmar', visibility: 'members' });
  expect((await visitorHome()).newestOffers.map((card) => card.id)).not.toContain(offer.id);
  const member = await createCompanyWithSite(app);
  expect((await visitorHome(member.owner.cookie)).newestOffers.map((card) => card.id)).toContain(offer.id);
});

type CompanyHome = {
  newMatches: { count: number; rows: { id: string; score: number; counterpart: { company: unknown } }[] };
  drafts: { count: number; rows: { id: string }[] };
  expiringSoon: { count: number; rows: { id: string }[] };
  introductionsWaiting: { count: number };
  unreadMessages: { count: number };
};

test('a company’s home lists new matches best first, its drafts and what expires within 14 days; another company is refused', async () => {
  const buyer = await createCompanyWithSite(app);
  const near = await createCompanyWithSite(app, {
    firstSite: { name: 'Verket', streetAddress: 'Gatan 1', postalCode: '151 38', municipalityCode: '0181' },
  });
  const far = await createCompanyWithSite(app, {
    firstSite: { name: 'Verket', streetAddress: 'Gatan 2', postalCode: '761 30', municipalityCode: '0188' },
  });
  await postListing(app, near, { title: 'Aluminiumspån, torra', quantity: 3 });
  await postListing(app, far, { title: 'Blandat metallskrot', categoryId: 'steel-swarf', quantity: 0.2 });
  await postListing(app, buyer, { side: 'need', title: 'Söker aluminiumspån', quantity: 3 });
  const soon = await postListing(app, buyer, { title: 'Plastlock som går ut snart', categoryId: 'plastic-pp' });
  const later = await postListing(app, buyer, { title: 'Plastlock som går ut senare', categoryId: 'plastic-pp' });
  await database.db.update(listings).set({ expiresAt: sql`now() + interval '5 days'` }).where(eq(listings.id, soon.id));
  await database.db
    .update(listings)
    .set({ expiresAt: sql`now() + interval '30 days'` })
    .where(eq(listings.id, later.id));
  const draft = await callOk<{ id: string }>(
    app,
    'listings.create',
    { ...listingFields(buyer, { title: 'Ett utkast' }), publish: false },
    { cookie: buyer.owner.cookie },
  );
  await applyJobs(database);

  const home = await callOk<CompanyHome>(
    app,
    'home.company',
    { companyId: buyer.company.id },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(home.newMatches.count).toBeGreaterThanOrEqual(1);
  const scores = home.newMatches.rows.map((row) => row.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(home.drafts.rows.map((row) => row.id)).toEqual([draft.id]);
  expect(home.expiringSoon.rows.map((row) => row.id)).toEqual([soon.id]);
  expect(home.introductionsWaiting.count).toBe(0);
  expect(home.unreadMessages.count).toBe(0);

  const refused = await callTrpc(
    app,
    'home.company',
    { companyId: buyer.company.id },
    { cookie: near.owner.cookie, kind: 'query' },
  );
  expect(refused.status).toBe(404);
  const badInput = await callTrpc(
    app,
    'home.company',
    { companyId: 'nope' },
    { cookie: near.owner.cookie, kind: 'query' },
  );
  expect(badInput.status).toBe(400);
});

type BrokerHome = {
  strongMatches: { minScore: number; count: number; rows: { id: string; score: number }[] };
  waitingConversations: { count: number; rows: { id: string; subject: string }[] };
  nextSteps: { overdue: number; dueSoon: number };
  thisMonth: { dealsAgreed: number; tonnes: number };
};

test('a broker’s home lists strong new matches at the staff threshold and inquiries waiting on IUC; members are refused', async () => {
  const buyer = await createCompanyWithSite(app);
  const seller = await createCompanyWithSite(app);
  const staff = await signUpStaff(app, database);
  const offer = await postListing(app, seller, { title: 'Anonyma aluminiumspån', anonymous: true });
  await postListing(app, buyer, { side: 'need', title: 'Söker aluminiumspån till gjuteriet', quantity: 2 });
  await applyJobs(database);
  // An inquiry to an anonymous listing goes to IUC staff and waits on them.
  const inquiry = await callOk<{ conversationId: string }>(
    app,
    'conversations.startInquiry',
    { companyId: buyer.company.id, listingId: offer.id, body: 'Hur mycket har ni per månad?' },
    { cookie: buyer.owner.cookie },
  );
  await database.db
    .insert(platformSettings)
    .values({ key: 'broker_digest_min_score', value: 40 })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: 40 } });

  const home = await callOk<BrokerHome>(app, 'home.broker', undefined, { cookie: staff.cookie, kind: 'query' });
  expect(home.strongMatches.minScore).toBe(40);
  expect(home.strongMatches.count).toBeGreaterThanOrEqual(1);
  expect(home.strongMatches.rows.every((row) => row.score >= 40)).toBe(true);
  expect(home.waitingConversations.rows.map((row) => row.id)).toContain(inquiry.conversationId);
  expect(home.thisMonth.dealsAgreed).toBe(0);

  const member = await callTrpc(app, 'home.broker', undefined, { cookie: buyer.owner.cookie, kind: 'query' });
  expect(member.status).toBe(403);
  const anonymous = await callTrpc(app, 'home.broker', undefined, { kind: 'query' });
  expect(anonymous.status).toBe(401);
});
