import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../db/client';
import { mailMessages, matches, rateLimit } from '../../db/schema/index';
import { getMunicipality } from '../../shared/geo/municipalities';
import { explainMatch } from '../../shared/matching/explain';
import type { MatchFactor } from '../../shared/matching/score';
import { createTestDatabase } from '../helpers/database';
import { createCompanyWithSite } from '../helpers/factories';
import { callTrpc } from '../helpers/http';
import { applyJobs, callOk, postListing, signUpStaff, type TestCompany } from '../helpers/marketplace';
import { createTestApp, type TestApp } from '../helpers/test-app';

// What an anonymous listing hides — its company, contacts, site and exact position — must not be
// in anything a second company's member or a visitor can get (DESIGN.md, Confidentiality). This
// file builds one anonymous listing with everything around it (a match, an alert, an inquiry, an
// introduction, an outcome) and greps every answer those two can get for what identifies it.

let database: DatabaseHandle;
let app: TestApp;
let broker: Awaited<ReturnType<typeof signUpStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
  broker = await signUpStaff(app, database);
});
beforeEach(async () => {
  await database.db.delete(rateLimit);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

// The hidden site: in Södertälje, a kilometre or so from the seat where the buyer's site is, with
// more decimals than anyone would type, so that any exact or rounded copy is easy to find.
const hiddenLat = 59.201137;
const hiddenLon = 17.610254;

const word = () => `krypto${Math.random().toString(36).slice(2, 8)}`;

/** Company A, anonymous seller at its hidden site; company B, a buyer with a fitting need at the Södertälje seat. */
async function hiddenSellerAndBuyer() {
  const tag = word();
  const seller = await createCompanyWithSite(app, {
    name: `Hemlighetsbolaget ${tag} AB`,
    contactPhone: '08-765 43 21',
    firstSite: {
      name: `Hemliga bruket ${tag}`,
      streetAddress: `Gömstavägen ${tag.length + 40}`,
      postalCode: '151 99',
      municipalityCode: '0181',
      lat: hiddenLat,
      lon: hiddenLon,
    },
  });
  const buyer = await createCompanyWithSite(app);
  return { seller, buyer, tag };
}

/** Everything that would identify the seller, as the strings that would show it in JSON. */
function secretsOf(seller: TestCompany) {
  return [
    seller.company.id,
    seller.company.name,
    seller.company.orgNumber,
    seller.siteId,
    seller.input.firstSite.name,
    seller.input.firstSite.streetAddress,
    '08-765 43 21',
    seller.owner.userId,
    seller.owner.email,
    String(hiddenLat),
    String(hiddenLon),
    hiddenLat.toFixed(4),
    hiddenLon.toFixed(4),
    hiddenLat.toFixed(3),
    hiddenLon.toFixed(3),
  ];
}

function expectNoSecrets(where: string, answer: unknown, secrets: readonly string[]) {
  const text = JSON.stringify(answer);
  for (const secret of secrets) {
    expect(text.includes(secret), `${where} contains ${secret}: ${text.slice(0, 400)}`).toBe(false);
  }
}

/** The match the matcher made between these two (other tests' listings match them too). */
async function matchOf(offerId: string, needId: string) {
  const [match] = await database.db
    .select()
    .from(matches)
    .where(and(eq(matches.offerListingId, offerId), eq(matches.needListingId, needId)));
  if (!match) throw new Error('the matcher made no match for the pair');
  return match;
}

async function query(procedure: string, input: unknown, cookie?: string) {
  const result = await callTrpc(app, procedure, input, { kind: 'query', ...(cookie ? { cookie } : {}) });
  return { status: result.status, body: result.body };
}

test('an anonymous listing’s position, to another company, is its municipality’s label point; its company and staff see the site', async () => {
  const { seller, buyer, tag } = await hiddenSellerAndBuyer();
  const offer = await postListing(app, seller, { title: `Aluminiumspån ${tag}`, anonymous: true });
  type Full = { position: { lat: number; lon: number }; positionPrecision: string; own: unknown; company: unknown };
  const seat = getMunicipality('0181');

  // The attack: the position given to another company equalled a site on the seller's public profile.
  const profile = await callOk<{ sites: { id: string; lat: number; lon: number }[] }>(
    app,
    'companies.get',
    { companyId: seller.company.id },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(profile.sites[0]).toMatchObject({ lat: hiddenLat, lon: hiddenLon });
  const seen = await callOk<Full>(
    app,
    'listings.get',
    { listingId: offer.id },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(seen.position).toEqual({ lat: seat?.lat, lon: seat?.lon });
  expect(seen.positionPrecision).toBe('municipality');
  expect(profile.sites.some((site) => site.lat === seen.position.lat && site.lon === seen.position.lon)).toBe(false);
  expect(seen.company).toBeNull();
  expect(seen.own).toBeNull();
  expectNoSecrets('listings.get for another company', seen, secretsOf(seller));

  for (const cookie of [seller.owner.cookie, broker.cookie]) {
    const privileged = await callOk<Full>(app, 'listings.get', { listingId: offer.id }, { cookie, kind: 'query' });
    expect(privileged.position).toEqual({ lat: hiddenLat, lon: hiddenLon });
    expect(privileged.positionPrecision).toBe('site');
  }
  // A listing that is not anonymous keeps its exact pin for everyone signed in.
  const open = await postListing(app, seller, { title: `Öppna spån ${tag}` });
  const openSeen = await callOk<Full>(
    app,
    'listings.get',
    { listingId: open.id },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  expect(openSeen.position).toEqual({ lat: hiddenLat, lon: hiddenLon });
}, 120_000);

test('a match with an anonymous listing says "under 5 km" to the other company, with no precise value to work back from', async () => {
  const { seller, buyer, tag } = await hiddenSellerAndBuyer();
  const offer = await postListing(app, seller, { title: `Aluminiumspån ${tag}`, anonymous: true });
  const need = await postListing(app, buyer, { side: 'need', title: `Söker aluminiumspån ${tag}`, quantity: 3 });
  await applyJobs(database);
  const stored = await matchOf(offer.id, need.id);
  const storedKm = (stored.factors as MatchFactor[]).find((factor) => factor.name === 'distance')?.detail.km;
  expect(typeof storedKm).toBe('number');
  expect(Number(storedKm)).toBeLessThan(5);

  type Item = {
    counterpart: { id: string; company: unknown };
    factors: MatchFactor[];
    score: number;
    perspective: 'need' | 'offer';
  };
  const inbox = await callOk<Item[]>(
    app,
    'matches.inbox',
    { companyId: buyer.company.id },
    { cookie: buyer.owner.cookie, kind: 'query' },
  );
  const item = inbox.find((candidate) => candidate.counterpart.id === offer.id);
  const distance = item?.factors.find((factor) => factor.name === 'distance');
  expect(distance?.detail).toEqual({ km: 5, rounded: 'under' });
  // The value and points are those of the rounded figure, the same for any site under 5 km.
  expect(distance?.value).toBe(Math.round(Math.exp(-2.5 / 43) * 1000) / 1000);
  expect(item?.counterpart.company).toBeNull();
  const words = explainMatch({ score: item?.score ?? 0, factors: item?.factors ?? [] }, 'need', 'sv', new Date());
  expect(words).toContain('under 5 km bort');
  expect(words).not.toContain('under 1 km');
  expect(explainMatch({ score: 0, factors: item?.factors ?? [] }, 'need', 'en', new Date())).toContain(
    'less than 5 km apart',
  );

  // The seller sees its own match to a public need precisely: nothing of the buyer is hidden.
  const sellers = await callOk<Item[]>(
    app,
    'matches.forListing',
    { companyId: seller.company.id, listingId: offer.id },
    { cookie: seller.owner.cookie, kind: 'query' },
  );
  const mine = sellers.find((candidate) => candidate.counterpart.id === need.id);
  expect(mine?.factors.find((factor) => factor.name === 'distance')?.detail).toEqual({ km: storedKm });
}, 120_000);

test('a broker cannot move an anonymous pair past "introduced" until the double opt-in has revealed it', async () => {
  const { seller, buyer, tag } = await hiddenSellerAndBuyer();
  const offer = await postListing(app, seller, { title: `Aluminiumspån ${tag}`, anonymous: true });
  const need = await postListing(app, buyer, { side: 'need', title: `Söker aluminiumspån ${tag}`, quantity: 3 });
  await applyJobs(database);
  const match = await matchOf(offer.id, need.id);
  const matchId = match.id;
  const move = (fromStage: string, toStage: string) =>
    callTrpc(app, 'brokering.moveStage', { matchId, fromStage, toStage }, { cookie: broker.cookie });

  // The attack: straight to agreed, without an introduction, so the outcome would name the seller.
  for (const toStage of ['agreed', 'negotiating', 'completed']) {
    const refused = await move('suggested', toStage);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toBe('brokering.revealFirst');
    expect(refused.body.error?.data.params).toEqual({ toStage });
  }
  const detail = await callOk<{ stage: string; awaitingReveal: boolean }>(
    app,
    'brokering.match',
    { matchId },
    { cookie: broker.cookie, kind: 'query' },
  );
  expect(detail).toMatchObject({ stage: 'suggested', awaitingReveal: true });

  // Introduced, one side accepted: still hidden, still refused.
  const { introductionId } = await callOk<{ introductionId: string }>(
    app,
    'brokering.introduce',
    { matchId, note: 'Ni borde prata.' },
    { cookie: broker.cookie },
  );
  const accept = (company: TestCompany) =>
    callOk(
      app,
      'brokering.answerIntroduction',
      { companyId: company.company.id, introductionId, answer: 'accepted' },
      { cookie: company.owner.cookie },
    );
  await accept(buyer);
  expect((await move('introduced', 'negotiating')).body.error?.message).toBe('brokering.revealFirst');
  const [moves] = rowsOf<{ n: number }>(
    await database.db.execute(
      sql`select count(*)::int as n from match_events where match_id = ${matchId} and kind = 'stage'`,
    ),
  );
  expect(Number(moves?.n)).toBe(0);

  // Both said yes: the companies know each other, and the deal may go on.
  await accept(seller);
  expect((await move('introduced', 'negotiating')).status).toBe(200);
  expect((await move('negotiating', 'agreed')).status).toBe(200);
  const after = await callOk<{ awaitingReveal: boolean }>(
    app,
    'brokering.match',
    { matchId },
    { cookie: broker.cookie, kind: 'query' },
  );
  expect(after.awaitingReveal).toBe(false);
}, 120_000);

test('an outcome on an anonymous pair never revealed names neither the other company nor the distance to its site', async () => {
  const { seller, buyer, tag } = await hiddenSellerAndBuyer();
  const offer = await postListing(app, seller, { title: `Aluminiumspån ${tag}`, anonymous: true });
  const need = await postListing(app, buyer, { side: 'need', title: `Söker aluminiumspån ${tag}`, quantity: 3 });
  await applyJobs(database);
  const match = await matchOf(offer.id, need.id);
  const matchId = match.id;
  // The state the attack needed (agreed without an introduction) can no longer be reached through
  // the pipeline; it still exists from before the rule, so it is written here as it was then.
  await database.db.update(matches).set({ stage: 'agreed' }).where(eq(matches.id, matchId));
  const recorded = await callOk<{ offerCompanyId: string; distanceKm: number }>(
    app,
    'impact.recordOutcome',
    {
      matchId,
      quantity: 24,
      unit: 't',
      basis: 'per_year',
      startDate: '2026-03-01',
      transportMode: 'truck',
      expectedRevision: 0,
    },
    { cookie: broker.cookie },
  );
  // Staff see everything, the exact site distance included.
  expect(recorded.offerCompanyId).toBe(seller.company.id);
  const exactKm = recorded.distanceKm;
  expect(exactKm).toBeLessThan(5);

  const outcome = await callOk<{
    otherSideHidden: boolean;
    defaultDistanceKm: number;
    current: { needCompanyId: string | null; offerCompanyId: string | null; distanceKm: number; formula: string };
  }>(app, 'impact.outcome', { matchId }, { cookie: buyer.owner.cookie, kind: 'query' });
  expect(outcome.otherSideHidden).toBe(true);
  expect(outcome.current.needCompanyId).toBe(buyer.company.id);
  expect(outcome.current.offerCompanyId).toBeNull();
  expect(outcome.current.distanceKm).toBe(5);
  expect(outcome.defaultDistanceKm).toBe(5);
  expect(outcome.current.formula).not.toContain(String(exactKm));
  expectNoSecrets('impact.outcome', outcome, secretsOf(seller));

  const mine = await callOk<{
    outcomes: { offerCompanyId: string | null; transportKgCo2e: number | null }[];
    totals: { tonnes: number };
  }>(app, 'impact.forCompany', { companyId: buyer.company.id }, { cookie: buyer.owner.cookie, kind: 'query' });
  expect(mine.outcomes).toHaveLength(1);
  expect(mine.outcomes[0]?.offerCompanyId).toBeNull();
  // Transport CO2e is worked out on the rounded 5 km: t × km × factor would otherwise give the km back.
  expect(mine.outcomes[0]?.transportKgCo2e).toBeCloseTo(24 * 5 * 0.10163, 5);
  expect(mine.totals.tonnes).toBe(24);
  expectNoSecrets('impact.forCompany', mine, secretsOf(seller));

  // The seller itself sees its own deal, and the buyer only as far as the buyer is public.
  const sellers = await callOk<{ outcomes: { offerCompanyId: string | null; needCompanyId: string | null }[] }>(
    app,
    'impact.forCompany',
    { companyId: seller.company.id },
    { cookie: seller.owner.cookie, kind: 'query' },
  );
  expect(sellers.outcomes[0]).toMatchObject({ offerCompanyId: seller.company.id, needCompanyId: buyer.company.id });
}, 120_000);

test('nothing a second company or a visitor can get names an anonymous listing’s company, site or position', async () => {
  const { seller, buyer, tag } = await hiddenSellerAndBuyer();
  // The buyer's alert finds the listing the moment it is published; the match follows.
  await callOk(
    app,
    'alerts.saveSearch',
    { name: `Bevakning ${tag}`, frequency: 'immediate', query: { q: tag, sort: 'relevance' } },
    { cookie: buyer.owner.cookie },
  );
  const offer = await postListing(app, seller, {
    title: `Aluminiumspån ${tag}`,
    description: `Rena spån ${tag} av 6082.`,
    anonymous: true,
  });
  const need = await postListing(app, buyer, { side: 'need', title: `Söker aluminiumspån ${tag}`, quantity: 3 });
  await applyJobs(database);
  const match = await matchOf(offer.id, need.id);
  const matchId = match.id;

  // An inquiry (routed to staff), a staff answer, and an introduction the seller has not answered.
  const inquiry = await callOk<{ conversationId: string }>(
    app,
    'conversations.startInquiry',
    { companyId: buyer.company.id, listingId: offer.id, body: 'Hur mycket finns det?' },
    { cookie: buyer.owner.cookie },
  );
  await callOk(
    app,
    'conversations.send',
    { conversationId: inquiry.conversationId, body: 'Vi frågar dem.' },
    { cookie: broker.cookie },
  );
  const { introductionId } = await callOk<{ introductionId: string }>(
    app,
    'brokering.introduce',
    { matchId, note: 'Ett bra par, tror vi.' },
    { cookie: broker.cookie },
  );
  await callOk(
    app,
    'brokering.answerIntroduction',
    { companyId: buyer.company.id, introductionId, answer: 'accepted' },
    { cookie: buyer.owner.cookie },
  );
  await applyJobs(database);

  const secrets = secretsOf(seller);
  const b = buyer.owner.cookie;
  const seat = getMunicipality('0181') as { lat: number; lon: number };
  const near = { lat: seat.lat, lon: seat.lon, radiusKm: 50 };
  const answers: Record<string, unknown> = {
    'listings.get': await query('listings.get', { listingId: offer.id }, b),
    'search.listings': await query('search.listings', { q: tag, sort: 'relevance' }, b),
    'search.listings near': await query('search.listings', { q: tag, near, sort: 'distance' }, b),
    'search.suggest': await query('search.suggest', { q: tag.slice(0, 6) }, b),
    'matches.inbox best': await query('matches.inbox', { companyId: buyer.company.id }, b),
    'matches.inbox newest': await query('matches.inbox', { companyId: buyer.company.id, sort: 'newest' }, b),
    'matches.inbox unread': await query('matches.inbox', { companyId: buyer.company.id, sort: 'unread' }, b),
    'matches.forListing': await query('matches.forListing', { companyId: buyer.company.id, listingId: need.id }, b),
    'brokering.introductions': await query('brokering.introductions', { companyId: buyer.company.id }, b),
    'conversations.list': await query('conversations.list', undefined, b),
    'conversations.get': await query('conversations.get', { conversationId: inquiry.conversationId }, b),
    'alerts.notifications': await query('alerts.notifications', undefined, b),
    'alerts.list': await query('alerts.list', undefined, b),
    'impact.forCompany': await query('impact.forCompany', { companyId: buyer.company.id }, b),
    'visitor listings.get': await query('listings.get', { listingId: offer.id }),
    'visitor search.listings': await query('search.listings', { q: tag, sort: 'relevance' }),
    'visitor search.listings near': await query('search.listings', { q: tag, near, sort: 'distance' }),
    'visitor search.suggest': await query('search.suggest', { q: tag.slice(0, 6) }),
  };
  for (const [where, answer] of Object.entries(answers)) {
    expect((answer as { status: number }).status, where).toBe(200);
    expectNoSecrets(where, answer, secrets);
  }
  // The answers really are about the listing (a grep of empty answers would prove nothing).
  expect(JSON.stringify(answers['listings.get'])).toContain(offer.id);
  expect(JSON.stringify(answers['search.listings'])).toContain(offer.id);
  expect(JSON.stringify(answers['visitor search.listings'])).toContain(offer.id);
  expect(JSON.stringify(answers['matches.inbox best'])).toContain(offer.id);
  expect(JSON.stringify(answers['brokering.introductions'])).toContain(offer.id);
  const notices = JSON.stringify(answers['alerts.notifications']);
  expect(notices).toContain('introduction');
  expect(notices).toContain(`Aluminiumspån ${tag}`);

  // Searching for the company's name must not find its anonymous listing.
  for (const cookie of [b, undefined]) {
    const byName = await query('search.listings', { q: seller.company.name, sort: 'relevance' }, cookie);
    expect(byName.status).toBe(200);
    expect(JSON.stringify(byName)).not.toContain(offer.id);
  }

  // Every email the buyer's people got: the alert, the introduction, the conversation.
  const mail = await database.db.select().from(mailMessages).where(eq(mailMessages.to, buyer.owner.email));
  expect(mail.length).toBeGreaterThanOrEqual(2);
  expect(mail.some((message) => message.text.includes(`Aluminiumspån ${tag}`))).toBe(true);
  expectNoSecrets('emails to the buyer', mail, secrets);
}, 120_000);
