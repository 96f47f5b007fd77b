import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf } from '../../db/client';
import { matchEvents, matches, outcomeRevisions } from '../../db/schema/index';
import type { MatchStage } from '../../shared/brokering/schemas';
import { distanceKm } from '../../shared/geo/distance';
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

/** A match's outcome: every revision, newest first, and what the form needs to record one. */
export async function getOutcome({ ctx, input }: { ctx: SignedIn; input: { matchId: string } }) {
  const match = await matchFor(ctx, input.matchId);
  const revisions = await ctx.db
    .select()
    .from(outcomeRevisions)
    .where(eq(outcomeRevisions.matchId, match.id))
    .orderBy(desc(outcomeRevisions.revision));
  return {
    matchId: match.id,
    stage: match.stage,
    canRecord: outcomeStages.includes(match.stage),
    title: `${match.need_title} ↔ ${match.offer_title}`,
    type: match.type,
    categoryId: match.category_id,
    hazardous: match.hazardous,
    defaultDistanceKm: siteDistanceKm(match),
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
    return stored as typeof outcomeRevisions.$inferSelect;
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
