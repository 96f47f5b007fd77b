import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../db/client';
import { DEMO_BROKER_EMAIL, DEMO_PASSWORD, type SeedDemoResult, seedDemoRegion } from '../../db/seed/seed';
import { createTestDatabase } from '../helpers/database';
import { callTrpc, cookieFrom, postAuth } from '../helpers/http';
import { createTestApp, type TestApp } from '../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;
let seeded: SeedDemoResult;
let broker: string;
let seedSeconds: number;
let seededAt: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const started = performance.now();
  seededAt = Date.now();
  seeded = await seedDemoRegion(database.db, { referenceDate: new Date(seededAt) });
  seedSeconds = (performance.now() - started) / 1000;
  app = await createTestApp(database);
  broker = cookieFrom(await postAuth(app, '/sign-in/email', { email: DEMO_BROKER_EMAIL, password: DEMO_PASSWORD }));
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function query<T>(procedure: string, input: unknown, cookie = broker): Promise<T> {
  const response = await callTrpc(app, procedure, input, { cookie, kind: 'query' });
  if (response.status !== 200) throw new Error(`${procedure}: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body.result as { data: T }).data;
}

type Dashboard = {
  inPeriod: { dealsAgreed: number; dealsCompleted: number; introductions: number; tonnes: number; netKgCo2e: number };
  monthly: { month: string; dealsAgreed: number; tonnes: number; introductionsAccepted: number }[];
};

test('on a fresh demo region the dashboard shows deals and tonnes for at least 6 of the last 12 months', async () => {
  const now = Date.now();
  const from = `${day(now - 365 * 86_400_000).slice(0, 7)}-01`;
  const dashboard = await query<Dashboard>('impact.dashboard', { from, to: day(now) });
  const lastTwelve = dashboard.monthly.slice(-12);
  const withBoth = lastTwelve.filter((month) => month.dealsAgreed > 0 && month.tonnes > 0);
  expect(withBoth.length, JSON.stringify(lastTwelve)).toBeGreaterThanOrEqual(6);
  expect(dashboard.inPeriod.dealsAgreed).toBeGreaterThanOrEqual(15);
  expect(dashboard.inPeriod.dealsCompleted).toBeGreaterThan(0);
  expect(dashboard.inPeriod.introductions).toBeGreaterThan(dashboard.inPeriod.dealsAgreed);
  expect(dashboard.inPeriod.tonnes).toBeGreaterThan(10);
  expect(dashboard.inPeriod.netKgCo2e).toBeGreaterThan(0);
  expect(seeded.historyDeals).toBeGreaterThanOrEqual(15);
  // First start stays quick: the whole demo, history included, in a few seconds (generous for a shared machine).
  expect(seedSeconds).toBeLessThan(30);
});

test('the history has accepted and declined introductions, conversations, agreed and completed deals, marked as demo data', async () => {
  const [counts] = rowsOf<Record<string, number>>(
    await database.db.execute(sql`select
      (select count(*)::int from introduction_answers where answer = 'accepted') as accepted,
      (select count(*)::int from introduction_answers where answer = 'declined') as declined,
      (select count(*)::int from introductions where revealed_at is not null) as revealed,
      (select count(*)::int from conversations where kind = 'match') as conversations,
      (select count(*)::int from messages) as messages,
      (select count(*)::int from matches where stage = 'agreed') as agreed,
      (select count(*)::int from matches where stage = 'completed') as completed,
      (select count(*)::int from matches where stage = 'declined') as declined_matches,
      (select count(*)::int from outcome_revisions where notes like 'Demodata%') as demo_outcomes,
      (select count(*)::int from outcome_revisions) as outcomes,
      (select count(*)::int from listings where status = 'closed' and closed_reason = 'matched_sidestream') as closed`),
  );
  expect(counts?.accepted).toBeGreaterThan(0);
  expect(counts?.declined).toBeGreaterThan(0);
  expect(counts?.conversations).toBe(counts?.revealed);
  expect(counts?.messages).toBeGreaterThanOrEqual(3 * (counts?.conversations ?? 0));
  expect(counts?.agreed).toBeGreaterThan(0);
  expect(counts?.completed).toBeGreaterThan(0);
  expect(counts?.declined_matches).toBeGreaterThan(0);
  expect(counts?.demo_outcomes).toBe(counts?.outcomes);
  expect(counts?.outcomes).toBe((counts?.agreed ?? 0) + (counts?.completed ?? 0));
  expect(counts?.closed).toBe(2 * (counts?.outcomes ?? 0));
  // Every event of a match in time order, its stage the last one moved to.
  const [disorder] = rowsOf<{ n: number }>(
    await database.db.execute(sql`
      select count(*)::int as n from matches m
      where m.stage <> (select e.to_stage from match_events e where e.match_id = m.id and e.to_stage is not null
                        order by e.created_at desc limit 1)`),
  );
  expect(disorder?.n).toBe(0);
});

test('the period report and the first demo company’s impact page have figures', async () => {
  const year = new Date().getFullYear();
  const report = await query<{ totals: { outcomes: number; tonnes: number }; byCategory: unknown[] }>('impact.report', {
    from: `${year - 1}-01-01`,
    to: `${year}-12-31`,
  });
  expect(report.totals.outcomes).toBeGreaterThanOrEqual(15);
  expect(report.byCategory.length).toBeGreaterThanOrEqual(3);

  const [first] = rowsOf<{ id: string; email: string }>(
    await database.db.execute(sql`
      select c.id, u.email from companies c join "user" u on u.id = c.contact_user_id
      where c.name = 'Södertälje Precisionsmekanik AB'`),
  );
  if (!first) throw new Error('the first demo company is missing');
  const owner = cookieFrom(await postAuth(app, '/sign-in/email', { email: first.email, password: DEMO_PASSWORD }));
  const own = await query<{ outcomes: unknown[]; totals: { tonnes: number } }>(
    'impact.forCompany',
    { companyId: first.id },
    owner,
  );
  expect(own.outcomes.length).toBeGreaterThanOrEqual(2);
  expect(own.totals.tonnes).toBeGreaterThan(0);
});

test('the history is fixed relative to the seed’s "now": another reference time gives the same story, moved', async () => {
  const other = await createTestDatabase();
  try {
    await seedDemoRegion(other.db, { referenceDate: new Date(seededAt - 100 * 86_400_000) });
    // Days from each seed's own "now" to an outcome's start: the same for both seeds.
    const story = async (handle: DatabaseHandle, referenceMs: number) =>
      rowsOf<{ start_date: string; quantity: number; category_id: string; stage: string; score: number }>(
        await handle.db.execute(sql`
          select o.start_date::text as start_date, o.quantity, o.category_id, m.stage, m.score
          from outcome_revisions o join matches m on m.id = o.match_id`),
      )
        .map((row) => ({
          ...row,
          start_date: Math.round(
            (Date.parse(`${row.start_date}T00:00:00Z`) - Math.floor(referenceMs / 86_400_000) * 86_400_000) /
              86_400_000,
          ),
        }))
        .sort((a, b) => a.start_date - b.start_date || a.category_id.localeCompare(b.category_id));
    const here = await story(database, seededAt);
    expect(here.length).toBeGreaterThan(0);
    // Stages can differ only where a deal has run its month by one "now" and not by the other: none with a fixed offset.
    expect(await story(other, seededAt - 100 * 86_400_000)).toEqual(here);
  } finally {
    await other.close();
  }
}, 120_000);
