import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf } from '../../db/client';
import { matchEvents, matches, outcomeRevisions } from '../../db/schema/index';
import type { MatchStage } from '../../shared/brokering/schemas';
import { distanceKm } from '../../shared/geo/distance';
import { publicDistance } from '../../shared/geo/public-distance';
import type { RecordOutcomeSchema } from '../../shared/impact/schemas';
import type { Unit } from '../../shared/listings/units';
import { recordAudit } from '../audit/service';
import type { AppContext, SessionUser } from '../context';
import { ConflictError, NotFoundError } from '../errors';
import { computeImpact } from './compute';

type SignedIn = AppContext & { user: SessionUser };

/** Outcomes are recorded once a deal is agreed; completed deals can still be corrected. */
const outcomeStages: readonly MatchStage[] = ['agreed', 'completed'];

type MatchFacts = {
  id: string;
  stage: MatchStage;
  need_title: string;
  offer_title: string;
  need_company_id: string;
  offer_company_id: string;
  type: 'material' | 'capacity';
  category_id: string;
  hazardous: boolean;
  offer_municipality: string;
  need_lat: number;
  need_lon: number;
  offer_lat: number;
  offer_lon: number;
  offer_unit: string;
  my_company_id: string | null;
};

/**
 * The match and who the caller is for it: IUC staff, or a member of one of its two companies
 * (then `my_company_id` says which). Anyone else gets not found.
 */
async function matchFor(ctx: SignedIn, matchId: string) {
  const [match] = rowsOf<MatchFacts>(
    await ctx.db.execute(sql`
      select m.id, m.stage, n.title as need_title, o.title as offer_title, n.company_id as need_company_id,
             o.company_id as offer_company_id, o.type, o.category_id, o.hazardous, os.municipality_code as offer_municipality,
             ns.lat as need_lat, ns.lon as need_lon, os.lat as offer_lat, os.lon as offer_lon, o.unit as offer_unit,
             (select cm.company_id from company_members cm join companies c on c.id = cm.company_id and c.status = 'active'
              where cm.user_id = ${ctx.user.id} and cm.company_id in (n.company_id, o.company_id) limit 1) as my_company_id
      from matches m
      join listings n on n.id = m.need_listing_id join company_sites ns on ns.id = n.site_id
      join listings o on o.id = m.offer_listing_id join company_sites os on os.id = o.site_id
      where m.id = ${matchId}`),
  );
  const staff = ctx.user.platformRole === 'broker' || ctx.user.platformRole === 'admin';
  if (!match || (!staff && !match.my_company_id))
    throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });
  return match;
}

const siteDistanceKm = (match: MatchFacts) =>
  Math.round(
    distanceKm({ lat: match.need_lat, lon: match.need_lon }, { lat: match.offer_lat, lon: match.offer_lon }) * 10,
  ) / 10;

const isStaff = (ctx: SignedIn) => ctx.user.platformRole === 'broker' || ctx.user.platformRole === 'admin';

/**
 * The matches, of those given, whose other side this company may not know: an anonymous listing
 * that no introduction has revealed. (A broker cannot move such a pair to a deal any more, but
 * outcomes recorded before that rule, or on a listing made anonymous later, still exist.)
 */
export async function matchesHidingOtherSide(
  db: AppContext['db'],
  matchIds: readonly string[],
  companyId: string,
): Promise<Set<string>> {
  if (matchIds.length === 0) return new Set();
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      select m.id from matches m
      join listings mine on mine.id in (m.need_listing_id, m.offer_listing_id) and mine.company_id = ${companyId}
      join listings other on other.id in (m.need_listing_id, m.offer_listing_id) and other.id <> mine.id
      where m.id in (${sql.join(
        [...new Set(matchIds)].map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) and other.anonymous
        and not exists (select 1 from introductions i where i.match_id = m.id and i.revealed_at is not null)`),
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * An outcome as one of the two companies sees it: never who recorded it, and when the other side
 * is hidden, neither its company nor the distance to its site. The figures are then worked out
 * again on the rounded distance, since transport CO2e (t × km × factor) would give the km back.
 */
export function outcomeForCompany(row: OutcomeRow, companyId: string, hidden: boolean): OutcomeRow {
  const other = (id: string | null) => (id === companyId || !hidden ? id : null);
  const shaped: OutcomeRow = {
    ...row,
    needCompanyId: other(row.needCompanyId),
    offerCompanyId: other(row.offerCompanyId),
    recordedForCompanyId: other(row.recordedForCompanyId),
    recordedByUserId: null,
  };
  if (!hidden) return shaped;
  const shownKm = publicDistance(row.distanceKm).km;
  const figures = computeImpact({
    type: row.type,
    categoryId: row.categoryId,
    hazardous: row.hazardous,
    quantity: row.quantity,
    unit: row.unit as Unit,
    basis: row.basis,
    distanceKm: shownKm,
    transportMode: row.transportMode,
    valueSek: row.valueSek,
  });
  return {
    ...shaped,
    distanceKm: shownKm,
    status: figures.status,
    tonnes: figures.tonnes,
    hours: figures.hours,
    avoidedKgCo2e: figures.avoidedKgCo2e,
    transportKgCo2e: figures.transportKgCo2e,
    netKgCo2e: figures.netKgCo2e,
    factors: figures.factors,
    formula: figures.formula,
  };
}

/** A match's outcome: every revision, newest first, and what the form needs to record one. */
export async function getOutcome({ ctx, input }: { ctx: SignedIn; input: { matchId: string } }) {
  const match = await matchFor(ctx, input.matchId);
  const stored = await ctx.db
    .select()
    .from(outcomeRevisions)
    .where(eq(outcomeRevisions.matchId, match.id))
    .orderBy(desc(outcomeRevisions.revision));
  const viewer = isStaff(ctx) ? null : match.my_company_id;
  const hidden = viewer !== null && (await matchesHidingOtherSide(ctx.db, [match.id], viewer)).has(match.id);
  const revisions = viewer === null ? stored : stored.map((row) => outcomeForCompany(row, viewer, hidden));
  const siteDistance = siteDistanceKm(match);
  return {
    matchId: match.id,
    stage: match.stage,
    canRecord: outcomeStages.includes(match.stage),
    title: `${match.need_title} ↔ ${match.offer_title}`,
    type: match.type,
    categoryId: match.category_id,
    hazardous: match.hazardous,
    defaultDistanceKm: hidden ? publicDistance(siteDistance).km : siteDistance,
    /** The other company is not known to the caller (an anonymous side never revealed). */
    otherSideHidden: hidden,
    defaultUnit: match.offer_unit as Unit,
    current: revisions[0] ?? null,
    revisions,
  };
}

/**
 * Records an outcome, or a revision of it. The person names the revision they saw; if someone
 * recorded another meanwhile, the answer is a CONFLICT naming the current one and nothing is
 * written. The match row is locked for the moment, so two recorders cannot both add revision n+1.
 */
export async function recordOutcome({ ctx, input }: { ctx: SignedIn; input: z.output<typeof RecordOutcomeSchema> }) {
  const match = await matchFor(ctx, input.matchId);
  if (!outcomeStages.includes(match.stage)) {
    throw new ConflictError('impact.notAgreed', { field: 'matchId', params: { currentStage: match.stage } });
  }
  const distance = input.distanceKm ?? siteDistanceKm(match);
  const viewer = isStaff(ctx) ? null : match.my_company_id;
  const hidden = viewer !== null && (await matchesHidingOtherSide(ctx.db, [match.id], viewer)).has(match.id);
  const figures = computeImpact({
    type: match.type,
    categoryId: match.category_id,
    hazardous: match.hazardous,
    quantity: input.quantity,
    unit: input.unit,
    basis: input.basis,
    distanceKm: distance,
    transportMode: input.transportMode,
    valueSek: input.valueSek ?? null,
  });
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select id from matches where id = ${match.id} for update`);
    const [latest] = rowsOf<{ revision: number | null }>(
      await tx.execute(sql`select max(revision) as revision from outcome_revisions where match_id = ${match.id}`),
    );
    const current = Number(latest?.revision ?? 0);
    if (current !== input.expectedRevision) {
      throw new ConflictError('impact.staleRevision', {
        field: 'expectedRevision',
        params: { revision: String(current) },
      });
    }
    const [stored] = await tx
      .insert(outcomeRevisions)
      .values({
        matchId: match.id,
        revision: current + 1,
        quantity: input.quantity,
        unit: input.unit,
        basis: input.basis,
        startDate: input.startDate,
        valueSek: input.valueSek ?? null,
        distanceKm: distance,
        transportMode: input.transportMode,
        notes: input.notes ?? null,
        type: match.type,
        categoryId: match.category_id,
        municipalityCode: match.offer_municipality,
        needCompanyId: match.need_company_id,
        offerCompanyId: match.offer_company_id,
        status: figures.status,
        tonnes: figures.tonnes,
        hours: figures.hours,
        hazardous: figures.hazardous,
        avoidedKgCo2e: figures.avoidedKgCo2e,
        transportKgCo2e: figures.transportKgCo2e,
        netKgCo2e: figures.netKgCo2e,
        factors: figures.factors,
        formula: figures.formula,
        recordedByUserId: ctx.user.id,
        recordedForCompanyId: match.my_company_id,
      })
      .returning();
    await tx.insert(matchEvents).values({
      matchId: match.id,
      kind: 'outcome_recorded',
      detail: `revision ${current + 1}: ${figures.formula}`,
      actorUserId: ctx.user.id,
      companyId: match.my_company_id,
    });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: match.my_company_id,
      actingAs: match.my_company_id ? 'member' : ctx.user.platformRole === 'admin' ? 'admin' : 'broker',
      action: 'outcome.record',
      entityType: 'match',
      entityId: match.id,
      details: { revision: current + 1 },
    });
    const row = stored as OutcomeRow;
    return viewer === null ? row : outcomeForCompany(row, viewer, hidden);
  });
}

export type OutcomeRow = typeof outcomeRevisions.$inferSelect;

/**
 * The outcomes a report counts: the current revision of each match still agreed or completed,
 * starting within the period, optionally only those of one company. Reports, the CSV and a
 * company's own page all read through here, so their figures agree.
 */
export async function currentOutcomes(
  db: AppContext['db'],
  filter: { from?: string; to?: string; companyId?: string },
): Promise<OutcomeRow[]> {
  const r = outcomeRevisions;
  const conditions = [
    sql`(${r.matchId}, ${r.revision}) in (select match_id, max(revision) from outcome_revisions group by match_id)`,
    inArray(matches.stage, ['agreed', 'completed']),
  ];
  if (filter.from) conditions.push(gte(r.startDate, filter.from));
  if (filter.to) conditions.push(lte(r.startDate, filter.to));
  if (filter.companyId) {
    conditions.push(or(eq(r.needCompanyId, filter.companyId), eq(r.offerCompanyId, filter.companyId)) as SQL);
  }
  const rows = await db
    .select({ outcome: r })
    .from(r)
    .innerJoin(matches, eq(matches.id, r.matchId))
    .where(and(...conditions))
    .orderBy(asc(r.startDate), asc(r.matchId));
  return rows.map((row) => row.outcome);
}
