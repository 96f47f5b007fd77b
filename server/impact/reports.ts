import { type SQL, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client';
import { type MatchStage, matchStages } from '../../shared/brokering/schemas';
import { topLevelOf } from '../../shared/taxonomy/taxonomy';
import type { AppContext, SessionUser } from '../context';
import type { CompanyRole } from '../trpc';
import { currentFactorSets } from './compute';
import { currentOutcomes, matchesHidingOtherSide, type OutcomeRow, outcomeForCompany } from './outcomes';

type SignedIn = AppContext & { user: SessionUser };
type Period = { from: string; to: string };

/** The figures every report adds up, from the same rows the CSV lists. */
export function outcomeTotals(rows: readonly OutcomeRow[]) {
  const sum = (pick: (row: OutcomeRow) => number | null) => rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return {
    outcomes: rows.length,
    /** Non-hazardous tonnes; hazardous waste reused is counted apart, as the funders ask. */
    tonnes: sum((row) => (row.hazardous ? null : row.tonnes)),
    hazardousTonnes: sum((row) => (row.hazardous ? row.tonnes : null)),
    avoidedKgCo2e: sum((row) => row.avoidedKgCo2e),
    transportKgCo2e: sum((row) => (row.netKgCo2e === null ? null : row.transportKgCo2e)),
    netKgCo2e: sum((row) => row.netKgCo2e),
    /** Material outcomes whose CO2e cannot be given (no factor for the category, or no mass). */
    co2eNotAvailable: rows.filter((row) => row.type === 'material' && row.netKgCo2e === null).length,
    hours: sum((row) => row.hours),
    valueSek: sum((row) => row.valueSek),
  };
}
export type OutcomeTotals = ReturnType<typeof outcomeTotals>;

const categoryGroup = (categoryId: string) => topLevelOf(categoryId) ?? categoryId;

/** Totals per key (a municipality, a category group, a month), largest tonnes first. */
function breakdown(rows: readonly OutcomeRow[], keyOf: (row: OutcomeRow) => string) {
  const groups = new Map<string, OutcomeRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.entries()]
    .map(([key, group]) => ({ key, ...outcomeTotals(group) }))
    .sort((a, b) => b.tonnes + b.hazardousTonnes - (a.tonnes + a.hazardousTonnes) || a.key.localeCompare(b.key));
}

/** The factor sets behind the rows (a set changed since shows up as a second entry), and the ones in use now. */
function methodOf(rows: readonly OutcomeRow[]) {
  const used = new Map<string, { set: string; version: string; key: string; kgCo2ePerTonne: number }>();
  const freight = new Map<string, { set: string; version: string; mode: string; kgCo2ePerTonneKm: number }>();
  for (const row of rows) {
    const factors = row.factors as {
      emission: { set: string; version: string; key: string; kgCo2ePerTonne: number } | null;
      freight: { set: string; version: string; mode: string; kgCo2ePerTonneKm: number } | null;
    };
    if (factors.emission) {
      const { set, version, key, kgCo2ePerTonne } = factors.emission;
      used.set(`${version}|${key}|${kgCo2ePerTonne}`, { set, version, key, kgCo2ePerTonne });
    }
    if (factors.freight) {
      const { set, version, mode, kgCo2ePerTonneKm } = factors.freight;
      freight.set(`${version}|${mode}|${kgCo2ePerTonneKm}`, { set, version, mode, kgCo2ePerTonneKm });
    }
  }
  return {
    emissionFactorsUsed: [...used.values()].sort((a, b) => a.key.localeCompare(b.key)),
    freightFactorsUsed: [...freight.values()],
    current: currentFactorSets(),
    formula:
      'net kg CO2e per year = tonnes per year × avoided kg CO2e per tonne (material category) − tonnes per year × km × kg CO2e per tonne-km (road freight)',
  };
}

/** A funder's period report: totals, breakdowns by municipality and category group, and the method. */
export async function periodReport({ ctx, input }: { ctx: SignedIn; input: Period }) {
  const rows = await currentOutcomes(ctx.db, input);
  return {
    period: input,
    totals: outcomeTotals(rows),
    byMunicipality: breakdown(rows, (row) => row.municipalityCode),
    byCategory: breakdown(rows, (row) => categoryGroup(row.categoryId)),
    method: methodOf(rows),
  };
}

/**
 * A company's own figures: the outcomes of its deals, all time, with the same totals — each as
 * the company may see it (no other company it has not been introduced to; see outcomeForCompany).
 */
export async function companyImpact({ ctx }: { ctx: SignedIn & { company: { id: string; role: CompanyRole } } }) {
  const companyId = ctx.company.id;
  const stored = await currentOutcomes(ctx.db, { companyId });
  const hidden = await matchesHidingOtherSide(
    ctx.db,
    stored.map((row) => row.matchId),
    companyId,
  );
  const rows = stored.map((row) => outcomeForCompany(row, companyId, hidden.has(row.matchId)));
  return { totals: outcomeTotals(rows), outcomes: rows, method: methodOf(rows) };
}

type FlowRow = {
  month: string | null;
  municipality: string | null;
  category: string | null;
  value: number;
  set: number;
};

/**
 * Counts of something that happens (a listing published, a match found, a deal agreed) in the
 * period, per month, per municipality and per category in one statement (grouping sets).
 */
async function flow(db: AppContext['db'], source: SQL, period: Period) {
  const rows = rowsOf<FlowRow>(
    await db.execute(sql`
      select to_char(date_trunc('month', f.at), 'YYYY-MM') as month, f.municipality, f.category,
             count(*)::int as value,
             grouping(to_char(date_trunc('month', f.at), 'YYYY-MM'), f.municipality, f.category)::int as set
      from (${source}) f
      where f.at >= ${period.from}::date and f.at < ${period.to}::date + 1
      group by grouping sets ((to_char(date_trunc('month', f.at), 'YYYY-MM')), (f.municipality), (f.category), ())`),
  );
  // grouping() bits: month 4, municipality 2, category 1; a bit set means "not grouped by that".
  const pick = (set: number, key: 'month' | 'municipality' | 'category') =>
    new Map(rows.filter((row) => Number(row.set) === set).map((row) => [row[key] ?? '', Number(row.value)]));
  const byCategory = new Map<string, number>();
  for (const [category, value] of pick(6, 'category')) {
    const group = categoryGroup(category);
    byCategory.set(group, (byCategory.get(group) ?? 0) + value);
  }
  return {
    total: Number(rows.find((row) => Number(row.set) === 7)?.value ?? 0),
    byMonth: pick(3, 'month'),
    byMunicipality: pick(5, 'municipality'),
    byCategory,
  };
}

const offerSide = sql`join listings o on o.id = m.offer_listing_id join company_sites os on os.id = o.site_id`;

const flowSources = {
  companies: sql`
    select c.created_at as at, (select s.municipality_code from company_sites s where s.company_id = c.id
           order by s.created_at limit 1) as municipality, null::text as category
    from companies c where c.status = 'active'`,
  listings: sql`
    select l.published_at as at, s.municipality_code as municipality, l.category_id as category
    from listings l join company_sites s on s.id = l.site_id where l.published_at is not null`,
  matches: sql`select m.created_at as at, os.municipality_code as municipality, o.category_id as category from matches m ${offerSide}`,
  introductions: sql`
    select i.created_at as at, os.municipality_code as municipality, o.category_id as category
    from introductions i join matches m on m.id = i.match_id ${offerSide}`,
  introductionsAccepted: sql`
    select i.revealed_at as at, os.municipality_code as municipality, o.category_id as category
    from introductions i join matches m on m.id = i.match_id ${offerSide} where i.revealed_at is not null`,
  dealsAgreed: sql`
    select e.at, os.municipality_code as municipality, o.category_id as category
    from (select match_id, min(created_at) as at from match_events where to_stage = 'agreed' group by match_id) e
    join matches m on m.id = e.match_id ${offerSide}`,
  dealsCompleted: sql`
    select e.at, os.municipality_code as municipality, o.category_id as category
    from (select match_id, min(created_at) as at from match_events where to_stage = 'completed' group by match_id) e
    join matches m on m.id = e.match_id ${offerSide}`,
} as const;
type FlowName = keyof typeof flowSources;
const flowNames = Object.keys(flowSources) as FlowName[];

/** The months of a period, 'YYYY-MM', oldest first. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last || months.length > 240) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Why deals of the period add nothing to its tonnes or CO2e, so a page can say so instead of a bare
 * zero: agreed without an outcome yet, an outcome starting outside the period, or an outcome that
 * has no tonnes (capacity, not a mass) or no CO2e (no emission factor for the category).
 */
async function whyNotCounted(db: AppContext['db'], period: Period, outcomes: readonly OutcomeRow[]) {
  const agreed = rowsOf<{ start_date: string | null }>(
    await db.execute(sql`
      select r.start_date::text as start_date
      from (select match_id, min(created_at) as at from match_events where to_stage = 'agreed' group by match_id) e
      join matches m on m.id = e.match_id and m.stage in ('agreed', 'completed')
      left join lateral (select start_date from outcome_revisions where match_id = e.match_id
                         order by revision desc limit 1) r on true
      where e.at >= ${period.from}::date and e.at < ${period.to}::date + 1`),
  );
  const later = agreed
    .map((row) => row.start_date)
    .filter((start): start is string => start !== null && start > period.to)
    .sort();
  return {
    noOutcome: agreed.filter((row) => row.start_date === null).length,
    startsAfter: later.length,
    firstStartAfter: later[0] ?? null,
    startsBefore: agreed.filter((row) => row.start_date !== null && row.start_date < period.from).length,
    noFactor: outcomes.filter((row) => row.status === 'no_factor').length,
    noMass: outcomes.filter((row) => row.status === 'no_mass').length,
    capacity: outcomes.filter((row) => row.status === 'capacity').length,
  };
}

/**
 * The staff dashboard: what the region's marketplace did in the period, per month, per
 * municipality and per category group, and where things stand now. Outcome figures come from the
 * same rows as the period report.
 */
export async function dashboard({ ctx, input }: { ctx: SignedIn; input: Period }) {
  const flows = Object.fromEntries(
    await Promise.all(flowNames.map(async (name) => [name, await flow(ctx.db, flowSources[name], input)] as const)),
  ) as Record<FlowName, Awaited<ReturnType<typeof flow>>>;
  const outcomes = await currentOutcomes(ctx.db, input);
  const outcomeMonths = new Map(
    breakdown(outcomes, (row) => row.startDate.slice(0, 7)).map((entry) => [entry.key, entry]),
  );

  const [stock] = rowsOf<{ registered: number; active: number }>(
    await ctx.db.execute(sql`
      select count(*)::int as registered,
             count(*) filter (where exists (select 1 from listings l where l.company_id = c.id and l.status = 'active'
                                            and (l.expires_at is null or l.expires_at > now())))::int as active
      from companies c where c.status = 'active'`),
  );
  const listingKinds = rowsOf<{ side: string; type: string; count: number }>(
    await ctx.db.execute(sql`
      select side, type, count(*)::int as count from listings
      where status = 'active' and (expires_at is null or expires_at > now()) group by side, type`),
  );
  const stages = rowsOf<{ stage: MatchStage; count: number }>(
    await ctx.db.execute(sql`select stage, count(*)::int as count from matches group by stage`),
  );
  const matchesByStage = Object.fromEntries(matchStages.map((stage) => [stage, 0])) as Record<MatchStage, number>;
  for (const row of stages) matchesByStage[row.stage] = Number(row.count);

  const monthly = monthsOf(input).map((month) => {
    const outcome = outcomeMonths.get(month);
    return {
      month,
      ...Object.fromEntries(flowNames.map((name) => [name, flows[name].byMonth.get(month) ?? 0])),
      tonnes: (outcome?.tonnes ?? 0) + (outcome?.hazardousTonnes ?? 0),
      netKgCo2e: outcome?.netKgCo2e ?? 0,
      valueSek: outcome?.valueSek ?? 0,
    } as { month: string } & Record<FlowName, number> & { tonnes: number; netKgCo2e: number; valueSek: number };
  });
  const place = (keyOf: (row: OutcomeRow) => string, flowKey: 'byMunicipality' | 'byCategory') => {
    const outcomeBy = new Map(breakdown(outcomes, keyOf).map((entry) => [entry.key, entry]));
    const keys = new Set<string>([
      ...outcomeBy.keys(),
      ...flows.listings[flowKey].keys(),
      ...flows.matches[flowKey].keys(),
      ...flows.dealsAgreed[flowKey].keys(),
    ]);
    return [...keys]
      .filter((key) => key !== '')
      .map((key) => ({
        key,
        listings: flows.listings[flowKey].get(key) ?? 0,
        matches: flows.matches[flowKey].get(key) ?? 0,
        dealsAgreed: flows.dealsAgreed[flowKey].get(key) ?? 0,
        tonnes: (outcomeBy.get(key)?.tonnes ?? 0) + (outcomeBy.get(key)?.hazardousTonnes ?? 0),
        netKgCo2e: outcomeBy.get(key)?.netKgCo2e ?? 0,
        valueSek: outcomeBy.get(key)?.valueSek ?? 0,
      }))
      .sort((a, b) => b.tonnes - a.tonnes || b.listings - a.listings || a.key.localeCompare(b.key));
  };

  return {
    period: input,
    notCounted: await whyNotCounted(ctx.db, input, outcomes),
    now: {
      companiesRegistered: Number(stock?.registered ?? 0),
      companiesActive: Number(stock?.active ?? 0),
      listingsByKind: listingKinds.map((row) => ({ side: row.side, type: row.type, count: Number(row.count) })),
      matchesByStage,
    },
    inPeriod: {
      ...Object.fromEntries(flowNames.map((name) => [name, flows[name].total])),
      ...outcomeTotals(outcomes),
    } as Record<FlowName, number> & OutcomeTotals,
    monthly,
    byMunicipality: place((row) => row.municipalityCode, 'byMunicipality'),
    byCategory: place((row) => categoryGroup(row.categoryId), 'byCategory'),
  };
}
