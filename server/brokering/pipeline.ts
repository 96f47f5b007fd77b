import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf } from '../../db/client';
import {
  conversations,
  introductionResponses,
  introductions,
  matchEvents,
  matches,
  matchNotes,
  user,
} from '../../db/schema/index';
import type {
  AddNoteSchema,
  AssignSchema,
  CreateMatchSchema,
  MatchStage,
  MoveStageSchema,
  NextStepSchema,
  PipelineFilterSchema,
} from '../../shared/brokering/schemas';
import { dealStages, matchStages } from '../../shared/brokering/schemas';
import type { MatchFactor } from '../../shared/matching/score';
import { scoreMatch } from '../../shared/matching/score';
import { descendantLeafIds } from '../../shared/taxonomy/taxonomy';
import { recordAudit } from '../audit/service';
import type { AppContext, SessionUser } from '../context';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { loadMatchListings } from '../matching/compute';
import { loadListingSides } from './listing-sides';

export type StaffContext = AppContext & { user: SessionUser };
type Tx = Parameters<Parameters<StaffContext['db']['transaction']>[0]>[0];

type PipelineRow = {
  id: string;
  score: number;
  stage: MatchStage;
  origin: 'engine' | 'broker';
  created_at: string | Date;
  stage_changed_at: string | Date;
  assignee_id: string | null;
  assignee_name: string | null;
  next_step: string | null;
  next_step_due: string | null;
  need_id: string;
  need_title: string;
  need_category_id: string;
  need_company_id: string;
  need_company: string;
  need_municipality: string;
  offer_id: string;
  offer_title: string;
  offer_category_id: string;
  offer_company_id: string;
  offer_company: string;
  offer_municipality: string;
  reactions: { companyId: string; reaction: 'interesting' | 'not_relevant' }[] | string;
};

/** The filters as one SQL condition; every value is a bound parameter. */
function pipelineWhere(filter: z.output<typeof PipelineFilterSchema>) {
  const conditions = [sql`true`];
  if (filter.stages && filter.stages.length > 0) {
    conditions.push(
      sql`m.stage in (${sql.join(
        filter.stages.map((stage) => sql`${stage}`),
        sql`, `,
      )})`,
    );
  }
  if (filter.municipalityCode) {
    conditions.push(
      sql`(ns.municipality_code = ${filter.municipalityCode} or os.municipality_code = ${filter.municipalityCode})`,
    );
  }
  if (filter.categoryId) {
    const leaves = descendantLeafIds(filter.categoryId);
    if (leaves.length === 0) throw new ValidationError('validation.categoryUnknown', { field: 'categoryId' });
    const list = sql.join(
      leaves.map((id) => sql`${id}`),
      sql`, `,
    );
    conditions.push(sql`(n.category_id in (${list}) or o.category_id in (${list}))`);
  }
  if (filter.minScore !== undefined) conditions.push(sql`m.score >= ${filter.minScore}`);
  if (filter.assigneeId === 'none') conditions.push(sql`m.assignee_id is null`);
  else if (filter.assigneeId) conditions.push(sql`m.assignee_id = ${filter.assigneeId}`);
  if (filter.companyId)
    conditions.push(sql`(n.company_id = ${filter.companyId} or o.company_id = ${filter.companyId})`);
  if (filter.maxAgeDays) conditions.push(sql`m.created_at >= now() - make_interval(days => ${filter.maxAgeDays})`);
  if (filter.reaction === 'any') {
    conditions.push(sql`exists (select 1 from match_reactions r where r.match_id = m.id)`);
  } else if (filter.reaction) {
    // A company's latest reaction is what it thinks now.
    conditions.push(sql`exists (
      select 1 from (select distinct on (r.company_id) r.reaction from match_reactions r
                     where r.match_id = m.id order by r.company_id, r.created_at desc) latest
      where latest.reaction = ${filter.reaction})`);
  }
  return sql.join(conditions, sql` and `);
}

/** A pipeline row's columns (see PipelineRow) over pipelineFrom joined with the assignee as au. */
const pipelineColumns = sql`
  m.id, m.score, m.stage, m.origin, m.created_at, m.stage_changed_at, m.assignee_id, m.next_step,
  m.next_step_due::text, au.name as assignee_name,
  n.id as need_id, n.title as need_title, n.category_id as need_category_id, nc.id as need_company_id,
  nc.name as need_company, ns.municipality_code as need_municipality,
  o.id as offer_id, o.title as offer_title, o.category_id as offer_category_id, oc.id as offer_company_id,
  oc.name as offer_company, os.municipality_code as offer_municipality`;

const pipelineFrom = sql`
  from matches m
  join listings n on n.id = m.need_listing_id
  join companies nc on nc.id = n.company_id
  join company_sites ns on ns.id = n.site_id
  join listings o on o.id = m.offer_listing_id
  join companies oc on oc.id = o.company_id
  join company_sites os on os.id = o.site_id`;

/**
 * The region's matches for IUC staff, filtered, as a table (best or longest-waiting first) or a
 * board (the first `limit` of each stage), with the count of every stage under the same filters.
 */
export async function listPipeline({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof PipelineFilterSchema>;
}) {
  const where = pipelineWhere(input);
  const order =
    input.sort === 'waiting' ? sql`m.stage_changed_at asc, m.score desc` : sql`m.score desc, m.stage_changed_at asc`;
  const rank = input.perStage
    ? sql`row_number() over (partition by m.stage order by ${order})`
    : sql`row_number() over (order by ${order})`;
  const rows = rowsOf<PipelineRow & { rank: number }>(
    await ctx.db.execute(sql`
      select * from (
        select ${pipelineColumns},
               (select coalesce(jsonb_agg(jsonb_build_object('companyId', latest.company_id, 'reaction', latest.reaction)), '[]'::jsonb)
                from (select distinct on (r.company_id) r.company_id, r.reaction from match_reactions r
                      where r.match_id = m.id order by r.company_id, r.created_at desc) latest) as reactions,
               ${rank} as rank
        ${pipelineFrom}
        left join "user" au on au.id = m.assignee_id
        where ${where}) ranked
      where rank <= ${input.limit}
      order by rank`),
  );
  const counts = rowsOf<{ stage: MatchStage; count: number }>(
    await ctx.db.execute(sql`select m.stage, count(*)::int as count ${pipelineFrom} where ${where} group by m.stage`),
  );
  const countByStage = Object.fromEntries(matchStages.map((stage) => [stage, 0])) as Record<MatchStage, number>;
  for (const row of counts) countByStage[row.stage] = Number(row.count);
  return { items: rows.map(toPipelineItem), counts: countByStage };
}

function toPipelineItem(row: PipelineRow) {
  return {
    id: row.id,
    score: Number(row.score),
    stage: row.stage,
    origin: row.origin,
    createdAt: new Date(row.created_at),
    stageChangedAt: new Date(row.stage_changed_at),
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
    nextStep: row.next_step,
    nextStepDue: row.next_step_due,
    need: {
      id: row.need_id,
      title: row.need_title,
      categoryId: row.need_category_id,
      company: { id: row.need_company_id, name: row.need_company },
      municipalityCode: row.need_municipality,
    },
    offer: {
      id: row.offer_id,
      title: row.offer_title,
      categoryId: row.offer_category_id,
      company: { id: row.offer_company_id, name: row.offer_company },
      municipalityCode: row.offer_municipality,
    },
    reactions: (typeof row.reactions === 'string' ? JSON.parse(row.reactions) : row.reactions) as {
      companyId: string;
      reaction: 'interesting' | 'not_relevant';
    }[],
  };
}

/** Matches assigned to the caller: overdue next steps first, then the soonest due, then the rest by waiting time. */
export async function listMyWork({ ctx }: { ctx: StaffContext }) {
  const rows = rowsOf<PipelineRow>(
    await ctx.db.execute(sql`
      select ${pipelineColumns}, '[]'::jsonb as reactions
      ${pipelineFrom}
      join "user" au on au.id = m.assignee_id
      where m.assignee_id = ${ctx.user.id} and m.stage not in ('completed', 'declined', 'dismissed')
      order by (m.next_step_due < current_date) desc nulls last, m.next_step_due asc nulls last, m.stage_changed_at asc
      limit 500`),
  );
  const today = new Date().toISOString().slice(0, 10);
  return rows.map((row) => ({
    ...toPipelineItem(row),
    overdue: row.next_step_due !== null && row.next_step_due < today,
  }));
}

/** IUC staff, for the assignee picker. */
export async function listStaff({ ctx }: { ctx: StaffContext }) {
  return ctx.db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(inArray(user.platformRole, ['broker', 'admin']))
    .orderBy(asc(user.name));
}

/** Everything about one match for IUC staff: both sides, history, internal notes, introduction and conversation. */
export async function getMatchForStaff({ ctx, input }: { ctx: StaffContext; input: { matchId: string } }) {
  const [match] = await ctx.db.select().from(matches).where(eq(matches.id, input.matchId));
  if (!match) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });
  const sides = await loadListingSides(ctx.db, [match.needListingId, match.offerListingId]);
  const need = sides.get(match.needListingId);
  const offer = sides.get(match.offerListingId);
  if (!need || !offer) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });

  const people = sql`(select u.name from "user" u where u.id = ${matchEvents.actorUserId})`;
  const events = await ctx.db
    .select({
      id: matchEvents.id,
      kind: matchEvents.kind,
      fromStage: matchEvents.fromStage,
      toStage: matchEvents.toStage,
      reason: matchEvents.reason,
      detail: matchEvents.detail,
      actorName: sql<string | null>`${people}`,
      companyId: matchEvents.companyId,
      createdAt: matchEvents.createdAt,
    })
    .from(matchEvents)
    .where(eq(matchEvents.matchId, match.id))
    .orderBy(asc(matchEvents.createdAt));
  const notes = await ctx.db
    .select({
      id: matchNotes.id,
      body: matchNotes.body,
      authorName: sql<string | null>`(select u.name from "user" u where u.id = ${matchNotes.authorUserId})`,
      createdAt: matchNotes.createdAt,
    })
    .from(matchNotes)
    .where(eq(matchNotes.matchId, match.id))
    .orderBy(asc(matchNotes.createdAt));
  const [introduction] = await ctx.db.select().from(introductions).where(eq(introductions.matchId, match.id));
  const answers = introduction
    ? await ctx.db
        .select({
          side: introductionResponses.side,
          answer: introductionResponses.answer,
          reason: introductionResponses.reason,
          answeredAt: introductionResponses.answeredAt,
        })
        .from(introductionResponses)
        .where(eq(introductionResponses.introductionId, introduction.id))
    : [];
  const [conversation] = await ctx.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(eq(conversations.matchId, match.id));
  const assignee = match.assigneeId
    ? ((await ctx.db.select({ id: user.id, name: user.name }).from(user).where(eq(user.id, match.assigneeId)))[0] ??
      null)
    : null;
  const reactions = rowsOf<{
    company_id: string;
    reaction: 'interesting' | 'not_relevant';
    reason: string | null;
    created_at: string | Date;
  }>(
    await ctx.db.execute(sql`
      select company_id, reaction, reason, created_at from match_reactions where match_id = ${match.id} order by created_at`),
  ).map((row) => ({
    companyId: row.company_id,
    reaction: row.reaction,
    reason: row.reason,
    createdAt: new Date(row.created_at),
  }));

  return {
    id: match.id,
    score: match.score,
    factors: match.factors as MatchFactor[],
    stage: match.stage,
    stageReason: match.stageReason,
    stageNote: match.stageNote,
    stageChangedAt: match.stageChangedAt,
    origin: match.origin,
    createdAt: match.createdAt,
    assignee,
    nextStep: match.nextStep,
    nextStepDue: match.nextStepDue,
    need,
    offer,
    events,
    notes,
    reactions,
    introduction: introduction
      ? {
          id: introduction.id,
          note: introduction.note,
          createdAt: introduction.createdAt,
          revealedAt: introduction.revealedAt,
          answers,
        }
      : null,
    conversationId: conversation?.id ?? null,
    /** An anonymous side not yet revealed: the match cannot go past 'introduced' until it is. */
    awaitingReveal: (need.anonymous || offer.anonymous) && !introduction?.revealedAt,
  };
}

/**
 * Whether a side of the match is anonymous and no introduction has revealed it: such a pair may
 * not go past 'introduced' (a deal and its outcome would name a company that never said yes).
 */
async function hiddenPair(db: Pick<Tx, 'execute'>, matchId: string): Promise<boolean> {
  const [row] = rowsOf<{ hidden: boolean }>(
    await db.execute(sql`
      select (n.anonymous or o.anonymous)
             and not exists (select 1 from introductions i where i.match_id = m.id and i.revealed_at is not null) as hidden
      from matches m join listings n on n.id = m.need_listing_id join listings o on o.id = m.offer_listing_id
      where m.id = ${matchId}`),
  );
  return row?.hidden === true;
}

/** Marks a match as acted on by a person (the matcher leaves it alone) and touches updatedAt. */
const keep = { keptAt: sql`coalesce(${matches.keptAt}, now())`, updatedAt: sql`now()` };

/**
 * Moves a match from the stage the broker saw to another. The update only applies while the
 * match is still at `fromStage`, so of two brokers moving it at once exactly one wins; the
 * other gets a CONFLICT naming the current stage, and the history has one transition.
 */
export async function moveStage({ ctx, input }: { ctx: StaffContext; input: z.output<typeof MoveStageSchema> }) {
  if (input.fromStage === input.toStage) throw new ValidationError('validation.sameStage', { field: 'toStage' });
  if (input.toStage === 'introduced') throw new ValidationError('brokering.introduceFirst', { field: 'toStage' });
  const offRamp = input.toStage === 'declined' || input.toStage === 'dismissed';
  return ctx.db.transaction(async (tx) => {
    // A reveal not yet committed counts as not revealed here, which can only refuse, never leak.
    if (dealStages.includes(input.toStage)) {
      if (await hiddenPair(tx, input.matchId)) {
        throw new ConflictError('brokering.revealFirst', { field: 'toStage', params: { toStage: input.toStage } });
      }
    }
    const [moved] = await tx
      .update(matches)
      .set({
        stage: input.toStage,
        stageReason: offRamp ? (input.reason ?? null) : null,
        stageNote: offRamp ? (input.note ?? null) : null,
        stageChangedAt: sql`now()`,
        ...keep,
      })
      .where(and(eq(matches.id, input.matchId), eq(matches.stage, input.fromStage)))
      .returning({ id: matches.id, stage: matches.stage });
    if (!moved) await refuseStaleStage(tx, input.matchId, input.fromStage);
    await tx.insert(matchEvents).values({
      matchId: input.matchId,
      kind: 'stage',
      fromStage: input.fromStage,
      toStage: input.toStage,
      reason: input.reason ?? null,
      detail: input.note ?? null,
      actorUserId: ctx.user.id,
    });
    return { matchId: input.matchId, stage: input.toStage };
  });
}

/** Not found if the match is gone; otherwise a CONFLICT that tells the broker where the match is now. */
export async function refuseStaleStage(tx: Tx, matchId: string, expected: MatchStage): Promise<never> {
  const [current] = await tx.select({ stage: matches.stage }).from(matches).where(eq(matches.id, matchId));
  if (!current) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });
  throw new ConflictError('brokering.stageConflict', {
    field: 'fromStage',
    params: { currentStage: current.stage, expectedStage: expected },
  });
}

export async function assignMatch({ ctx, input }: { ctx: StaffContext; input: z.output<typeof AssignSchema> }) {
  let assigneeName: string | null = null;
  if (input.assigneeId) {
    const [assignee] = await ctx.db
      .select({ name: user.name })
      .from(user)
      .where(and(eq(user.id, input.assigneeId), inArray(user.platformRole, ['broker', 'admin'])));
    if (!assignee) throw new ValidationError('brokering.assigneeNotStaff', { field: 'assigneeId' });
    assigneeName = assignee.name;
  }
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(matches)
      .set({ assigneeId: input.assigneeId, ...keep })
      .where(eq(matches.id, input.matchId))
      .returning({ id: matches.id });
    if (!updated) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });
    await tx.insert(matchEvents).values({
      matchId: input.matchId,
      kind: 'assigned',
      detail: assigneeName,
      actorUserId: ctx.user.id,
    });
    return { matchId: input.matchId, assigneeId: input.assigneeId };
  });
}

export async function setNextStep({ ctx, input }: { ctx: StaffContext; input: z.output<typeof NextStepSchema> }) {
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(matches)
      .set({ nextStep: input.nextStep || null, nextStepDue: input.dueDate, ...keep })
      .where(eq(matches.id, input.matchId))
      .returning({ id: matches.id });
    if (!updated) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });
    await tx.insert(matchEvents).values({
      matchId: input.matchId,
      kind: 'next_step',
      detail: input.nextStep ? `${input.nextStep}${input.dueDate ? ` (${input.dueDate})` : ''}` : null,
      actorUserId: ctx.user.id,
    });
    return { matchId: input.matchId };
  });
}

export async function addNote({ ctx, input }: { ctx: StaffContext; input: z.output<typeof AddNoteSchema> }) {
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(matches)
      .set(keep)
      .where(eq(matches.id, input.matchId))
      .returning({ id: matches.id });
    if (!updated) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });
    const [note] = await tx
      .insert(matchNotes)
      .values({ matchId: input.matchId, authorUserId: ctx.user.id, body: input.body })
      .returning({ id: matchNotes.id });
    return { noteId: note?.id as string };
  });
}

/**
 * A match made by hand, for the pairs the matcher misses. It is scored like any other so the
 * page can explain it, starts at 'reviewing', and never meets the matcher's removal.
 */
export async function createMatch({ ctx, input }: { ctx: StaffContext; input: z.output<typeof CreateMatchSchema> }) {
  const found = await loadMatchListings(ctx.db, [input.offerListingId, input.needListingId]);
  const offer = found.find((listing) => listing.id === input.offerListingId);
  const need = found.find((listing) => listing.id === input.needListingId);
  if (offer?.side !== 'offer') throw new ValidationError('brokering.notAnOffer', { field: 'offerListingId' });
  if (need?.side !== 'need') throw new ValidationError('brokering.notANeed', { field: 'needListingId' });
  if (offer.status === 'draft') throw new ValidationError('brokering.draftListing', { field: 'offerListingId' });
  if (need.status === 'draft') throw new ValidationError('brokering.draftListing', { field: 'needListingId' });
  if (offer.companyId === need.companyId)
    throw new ValidationError('brokering.sameCompany', { field: 'needListingId' });
  const result = scoreMatch(need, offer, new Date());
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: matches.id, stage: matches.stage, keptAt: matches.keptAt })
      .from(matches)
      .where(and(eq(matches.needListingId, need.id), eq(matches.offerListingId, offer.id)));
    if (existing && (existing.stage !== 'suggested' || existing.keptAt !== null)) {
      throw new ConflictError('brokering.matchExists', { field: 'needListingId', params: { matchId: existing.id } });
    }
    const values = {
      score: result.score,
      factors: result.factors,
      stage: 'reviewing' as const,
      origin: 'broker' as const,
      createdByUserId: ctx.user.id,
      stageChangedAt: new Date(),
      keptAt: new Date(),
      needVersion: need.version,
      offerVersion: offer.version,
    };
    // A suggestion the matcher made is taken over rather than duplicated.
    const [row] = existing
      ? await tx.update(matches).set(values).where(eq(matches.id, existing.id)).returning({ id: matches.id })
      : await tx
          .insert(matches)
          .values({ needListingId: need.id, offerListingId: offer.id, ...values })
          .returning({ id: matches.id });
    const matchId = row?.id as string;
    await tx.insert(matchEvents).values({
      matchId,
      kind: 'created',
      toStage: 'reviewing',
      fromStage: existing ? 'suggested' : null,
      detail: existing ? 'taken over from the matcher' : 'made by hand',
      actorUserId: ctx.user.id,
    });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: null,
      actingAs: ctx.user.platformRole === 'admin' ? 'admin' : 'broker',
      action: 'match.create',
      entityType: 'match',
      entityId: matchId,
      details: { needListingId: need.id, offerListingId: offer.id, score: result.score },
    });
    return { matchId, score: result.score };
  });
}
