import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { listings, outcomeRevisions, rateLimit } from '../../../db/schema/index';
import { createTestDatabase } from '../../helpers/database';
import { callTrpc } from '../../helpers/http';
import { callOk, matchedPair, signUpStaff } from '../../helpers/marketplace';
import { createTestApp, type TestApp } from '../../helpers/test-app';

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

/** A matched pair the broker has moved to agreed. */
async function agreedDeal(offerOverrides: Record<string, unknown> = {}, needOverrides: Record<string, unknown> = {}) {
  const pair = await matchedPair(app, database, offerOverrides, needOverrides);
  await callOk(
    app,
    'brokering.moveStage',
    { matchId: pair.matchId, fromStage: 'suggested', toStage: 'agreed' },
    { cookie: broker.cookie },
  );
  return pair;
}

const outcome = (overrides: Record<string, unknown>) => ({
  quantity: 24,
  unit: 't',
  basis: 'per_year',
  startDate: '2026-03-01',
  valueSek: 50_000,
  distanceKm: 14,
  transportMode: 'truck',
  expectedRevision: 0,
  ...overrides,
});

type Report = {
  totals: {
    outcomes: number;
    tonnes: number;
    hazardousTonnes: number;
    netKgCo2e: number;
    valueSek: number;
    hours: number;
    co2eNotAvailable: number;
  };
  byMunicipality: { key: string; tonnes: number }[];
  method: { emissionFactorsUsed: { key: string; kgCo2ePerTonne: number }[] };
};

test('an outcome is recorded once the deal is agreed; a revision is kept beside the first, and a stale one is refused', async () => {
  const pair = await matchedPair(app, database);
  const early = await callTrpc(app, 'impact.recordOutcome', outcome({ matchId: pair.matchId }), {
    cookie: broker.cookie,
  });
  expect(early.status).toBe(409);
  expect(early.body.error?.message).toBe('impact.notAgreed');

  await callOk(
    app,
    'brokering.moveStage',
    { matchId: pair.matchId, fromStage: 'suggested', toStage: 'agreed' },
    { cookie: broker.cookie },
  );
  // The seller's owner records the first figures; the distance left out is the distance between the sites.
  const first = await callOk<{ revision: number; tonnes: number; distanceKm: number; netKgCo2e: number }>(
    app,
    'impact.recordOutcome',
    outcome({ matchId: pair.matchId, distanceKm: undefined }),
    { cookie: pair.seller.owner.cookie },
  );
  expect(first.revision).toBe(1);
  expect(first.tonnes).toBe(24);
  expect(first.distanceKm).toBeGreaterThanOrEqual(0);

  // The broker had the form open from before: recording on top of revision 0 is a conflict, nothing is written.
  const stale = await callTrpc(app, 'impact.recordOutcome', outcome({ matchId: pair.matchId, quantity: 30 }), {
    cookie: broker.cookie,
  });
  expect(stale.status).toBe(409);
  expect(stale.body.error?.data.params).toEqual({ revision: '1' });

  const revised = await callOk<{ revision: number; tonnes: number; netKgCo2e: number }>(
    app,
    'impact.recordOutcome',
    outcome({ matchId: pair.matchId, quantity: 30, expectedRevision: 1 }),
    { cookie: broker.cookie },
  );
  expect(revised.revision).toBe(2);
  expect(revised.netKgCo2e).toBeCloseTo(30 * 8125.12084 - 30 * 14 * 0.10163, 5);
  const stored = await database.db.select().from(outcomeRevisions).where(eq(outcomeRevisions.matchId, pair.matchId));
  expect(stored.map((row) => [row.revision, row.quantity]).sort()).toEqual([
    [1, 24],
    [2, 30],
  ]);

  const seen = await callOk<{ current: { revision: number }; revisions: unknown[] }>(
    app,
    'impact.outcome',
    { matchId: pair.matchId },
    { cookie: pair.buyer.owner.cookie, kind: 'query' },
  );
  expect(seen.current.revision).toBe(2);
  expect(seen.revisions).toHaveLength(2);
});

test('the period report totals equal the sum of the CSV rows; hazardous and capacity are apart, outside the period is left out', async () => {
  const from = '2031-01-01';
  const to = '2031-12-31';
  const aluminium = await agreedDeal();
  await callOk(app, 'impact.recordOutcome', outcome({ matchId: aluminium.matchId, startDate: '2031-02-01' }), {
    cookie: broker.cookie,
  });
  const hazardous = await agreedDeal({ title: 'Aluminiumspån med skärvätska' });
  await database.db.update(listings).set({ hazardous: true }).where(eq(listings.id, hazardous.offer.id));
  await callOk(
    app,
    'impact.recordOutcome',
    outcome({ matchId: hazardous.matchId, startDate: '2031-06-15', quantity: 5, valueSek: null }),
    { cookie: broker.cookie },
  );
  const brass = await agreedDeal(
    { title: 'Mässingsspån', categoryId: 'brass-swarf' },
    { title: 'Söker mässingsspån', categoryId: 'brass-swarf' },
  );
  const capacity = { type: 'capacity', categoryId: 'cnc-milling', unit: 'hours', quantity: 40 };
  const milling = await agreedDeal(
    { ...capacity, title: 'Ledig tid i 5-axlig fräs' },
    { ...capacity, title: 'Söker fräskapacitet' },
  );
  await callOk(
    app,
    'impact.recordOutcome',
    outcome({ matchId: milling.matchId, startDate: '2031-10-01', quantity: 320, unit: 'hours', valueSek: 240_000 }),
    { cookie: broker.cookie },
  );
  await callOk(
    app,
    'impact.recordOutcome',
    outcome({ matchId: brass.matchId, startDate: '2031-09-01', quantity: 3, unit: 't' }),
    { cookie: broker.cookie },
  );
  const outside = await agreedDeal();
  await callOk(app, 'impact.recordOutcome', outcome({ matchId: outside.matchId, startDate: '2032-01-01' }), {
    cookie: broker.cookie,
  });

  const report = await callOk<Report>(app, 'impact.report', { from, to }, { cookie: broker.cookie, kind: 'query' });
  const { csv } = await callOk<{ csv: string }>(
    app,
    'impact.outcomesCsv',
    { from, to, language: 'en' },
    { cookie: broker.cookie, kind: 'query' },
  );
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(4);
  const sum = (column: string, where: (row: Record<string, string>) => boolean = () => true) =>
    rows.filter(where).reduce((total, row) => total + (row[column] ? Number(row[column]) : 0), 0);
  // The CSV rounds (t to 3 decimals, kg CO2e whole): the totals agree within that rounding.
  expect(report.totals.outcomes).toBe(rows.length);
  expect(report.totals.tonnes).toBeCloseTo(
    sum('Tonnes', (row) => row['Hazardous waste'] === 'no'),
    3,
  );
  expect(report.totals.hazardousTonnes).toBeCloseTo(
    sum('Tonnes', (row) => row['Hazardous waste'] === 'yes'),
    3,
  );
  expect(Math.abs(report.totals.netKgCo2e - sum('Net emissions avoided (kg CO2e)'))).toBeLessThanOrEqual(rows.length);
  expect(report.totals.valueSek).toBeCloseTo(sum('Value (SEK)'), 0);
  expect(report.totals.hours).toBe(sum('Hours'));
  expect(report.totals.hours).toBe(320);
  expect(rows.find((row) => row.Type === 'capacity')?.Tonnes).toBe('');
  // And the figures themselves: 24 t aluminium + 3 t brass; 5 t hazardous; brass has no factor.
  expect(report.totals.tonnes).toBe(27);
  expect(report.totals.hazardousTonnes).toBe(5);
  expect(report.totals.co2eNotAvailable).toBe(1);
  expect(report.totals.netKgCo2e).toBeCloseTo(29 * 8125.12084 - 29 * 14 * 0.10163, 5);
  expect(report.byMunicipality.reduce((total, entry) => total + entry.tonnes, 0)).toBe(27);
  expect(report.method.emissionFactorsUsed).toEqual([
    expect.objectContaining({ key: 'aluminium', kgCo2ePerTonne: 8125.12084 }),
  ]);
  const brassRow = rows.find((row) => row.Computation === 'no emission factor');
  expect(brassRow?.['Net emissions avoided (kg CO2e)']).toBe('');
  expect(brassRow?.Tonnes).toBe('3');
  const aluminiumRow = rows.find((row) => row['Emission factor'] === 'Aluminium' && row['Hazardous waste'] === 'no');
  expect(aluminiumRow?.['Emission factor (kg CO2e/t)']).toBe('8125.12084');
});

test('a member sees only their own company’s outcomes; another company gets not found; the reports are staff-only', async () => {
  const deal = await agreedDeal();
  await callOk(app, 'impact.recordOutcome', outcome({ matchId: deal.matchId }), { cookie: broker.cookie });
  const other = await agreedDeal();
  await callOk(app, 'impact.recordOutcome', outcome({ matchId: other.matchId, quantity: 7 }), {
    cookie: broker.cookie,
  });

  const own = await callOk<{ outcomes: { matchId: string }[]; totals: { tonnes: number } }>(
    app,
    'impact.forCompany',
    { companyId: deal.seller.company.id },
    { cookie: deal.seller.owner.cookie, kind: 'query' },
  );
  expect(own.outcomes.map((row) => row.matchId)).toEqual([deal.matchId]);
  expect(own.totals.tonnes).toBe(24);
  const stranger = await callTrpc(
    app,
    'impact.outcome',
    { matchId: deal.matchId },
    {
      cookie: other.seller.owner.cookie,
      kind: 'query',
    },
  );
  expect(stranger.status).toBe(404);
  const strangerRecords = await callTrpc(
    app,
    'impact.recordOutcome',
    outcome({ matchId: deal.matchId, expectedRevision: 1 }),
    {
      cookie: other.buyer.owner.cookie,
    },
  );
  expect(strangerRecords.status).toBe(404);
  const otherCompany = await callTrpc(
    app,
    'impact.forCompany',
    { companyId: deal.seller.company.id },
    {
      cookie: other.seller.owner.cookie,
      kind: 'query',
    },
  );
  expect(otherCompany.status).toBe(404);
  for (const procedure of ['impact.dashboard', 'impact.report', 'impact.outcomesCsv']) {
    const refused = await callTrpc(
      app,
      procedure,
      { from: '2026-01-01', to: '2026-12-31' },
      {
        cookie: deal.seller.owner.cookie,
        kind: 'query',
      },
    );
    expect(refused.status).toBe(403);
  }
});

test('the dashboard counts the period per month, municipality and category, with the outcome figures of the report', async () => {
  const deal = await agreedDeal();
  const today = new Date().toISOString().slice(0, 10);
  const year = today.slice(0, 4);
  // A deal agreed today that starts next week (or on New Year's Eve, late in December) is in this year's figures.
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const startDate = nextWeek.startsWith(year) ? nextWeek : `${year}-12-31`;
  await callOk(app, 'impact.recordOutcome', outcome({ matchId: deal.matchId, startDate }), {
    cookie: broker.cookie,
  });
  // And one agreed today without an outcome yet: the dashboard says so instead of a silent zero.
  await agreedDeal();
  const thisYear = { from: `${year}-01-01`, to: `${year}-12-31` };
  const dashboard = await callOk<{
    now: { companiesRegistered: number; matchesByStage: Record<string, number> };
    inPeriod: { listings: number; matches: number; dealsAgreed: number; tonnes: number; netKgCo2e: number };
    notCounted: { noOutcome: number; startsAfter: number };
    monthly: { month: string; listings: number; dealsAgreed: number; tonnes: number }[];
    byCategory: { key: string; tonnes: number; listings: number }[];
  }>(app, 'impact.dashboard', thisYear, { cookie: broker.cookie, kind: 'query' });
  const report = await callOk<Report>(app, 'impact.report', thisYear, { cookie: broker.cookie, kind: 'query' });
  expect(dashboard.inPeriod.tonnes).toBe(report.totals.tonnes);
  expect(dashboard.inPeriod.tonnes).toBeGreaterThanOrEqual(24);
  expect(dashboard.inPeriod.netKgCo2e).toBeCloseTo(report.totals.netKgCo2e, 6);
  expect(dashboard.now.matchesByStage.agreed).toBeGreaterThanOrEqual(2);
  expect(dashboard.inPeriod.dealsAgreed).toBeGreaterThanOrEqual(2);
  expect(dashboard.notCounted.noOutcome).toBeGreaterThanOrEqual(1);
  const thisMonth = dashboard.monthly.find((month) => month.month === today.slice(0, 7));
  expect(thisMonth?.dealsAgreed).toBeGreaterThanOrEqual(2);
  expect(dashboard.monthly.find((month) => month.month === startDate.slice(0, 7))?.tonnes).toBeGreaterThanOrEqual(24);
  expect(dashboard.monthly).toHaveLength(12);
  expect(dashboard.monthly.reduce((total, month) => total + month.listings, 0)).toBe(dashboard.inPeriod.listings);
  expect(dashboard.byCategory.find((entry) => entry.key === 'metals')?.listings).toBeGreaterThanOrEqual(2);

  // The same deal seen from a period that ends today: it starts after it, and the page is told.
  const untilToday = await callOk<{ inPeriod: { tonnes: number }; notCounted: { startsAfter: number } }>(
    app,
    'impact.dashboard',
    { from: thisYear.from, to: today },
    { cookie: broker.cookie, kind: 'query' },
  );
  if (startDate > today) expect(untilToday.notCounted.startsAfter).toBeGreaterThanOrEqual(1);
});
