import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf } from '../../db/client';
import { listings, matches, matchReactions, matchReads } from '../../db/schema/index';
import { publicDistance } from '../../shared/geo/public-distance';
import type {
  CompanyMatchesSchema,
  ListingMatchesSchema,
  MarkMatchesReadSchema,
  MatchInboxSort,
  ReactToMatchSchema,
} from '../../shared/matching/schemas';
import type { MatchFactor } from '../../shared/matching/score';
import { distanceDecayKm, matchWeights } from '../../shared/matching/weights';
import type { AppContext, SessionUser } from '../context';
import { NotFoundError } from '../errors';
import type { CompanyRole } from '../trpc';

type MemberContext = AppContext & { user: SessionUser; company: { id: string; role: CompanyRole } };

/**
 * The factors as a company may see them when the other listing is anonymous: the distance
 * rounded (whole km, "under 5 km" below) and its value and points worked out from that rounded
 * figure, since a precise value (exp(-km / 43) to three decimals) would give the km back.
 */
export function withPublicDistance(factors: readonly MatchFactor[]): MatchFactor[] {
  return factors.map((factor) => {
    if (factor.name !== 'distance' || factor.neutral || typeof factor.detail.km !== 'number') return factor;
    const shown = publicDistance(factor.detail.km);
    // "Under 5 km" counts as the middle of that range.
    const value = Math.exp(-(shown.under ? shown.km / 2 : shown.km) / distanceDecayKm);
    return {
      ...factor,
      value: Math.round(value * 1000) / 1000,
      points: Math.round(value * matchWeights.distance * 10) / 10,
      detail: { km: shown.km, rounded: shown.under ? 'under' : 'whole' },
    };
  });
}

type MatchRow = {
  id: string;
  score: number;
  factors: MatchFactor[] | string;
  computed_at: string | Date;
  need_listing_id: string;
  offer_listing_id: string;
  my_listing_id: string;
  my_title: string;
  my_side: 'need' | 'offer';
  counterpart_id: string;
  counterpart_title: string;
  counterpart_category_id: string;
  counterpart_type: string;
  counterpart_annual_quantity: number;
  counterpart_quantity_dimension: string;
  counterpart_price_model: string;
  counterpart_anonymous: boolean;
  counterpart_company_id: string;
  counterpart_company_name: string;
  counterpart_municipality_code: string;
  my_reaction: string | null;
  read_at: string | Date | null;
};

/**
 * The matches of a company's listings, each seen from the company's own listing. The other
 * listing shows what the listing page shows a signed-in member: no company when it is anonymous.
 * Only counterparts that are still active, of active companies, are listed.
 */
async function matchesOfCompany(ctx: MemberContext, listingId: string | null, sort: MatchInboxSort) {
  const order = {
    best: sql`m.score desc, m.computed_at desc`,
    newest: sql`m.computed_at desc, m.score desc`,
    unread: sql`(reads.read_at is null) desc, m.score desc, m.computed_at desc`,
  }[sort];
  const rows = rowsOf<MatchRow>(
    await ctx.db.execute(sql`
      select m.id, m.score, m.factors, m.computed_at, m.need_listing_id, m.offer_listing_id,
             mine.id as my_listing_id, mine.title as my_title, mine.side as my_side,
             other.id as counterpart_id, other.title as counterpart_title, other.category_id as counterpart_category_id,
             other.type as counterpart_type, other.annual_quantity as counterpart_annual_quantity,
             other.quantity_dimension as counterpart_quantity_dimension, other.price_model as counterpart_price_model,
             other.anonymous as counterpart_anonymous, oc.id as counterpart_company_id, oc.name as counterpart_company_name,
             os.municipality_code as counterpart_municipality_code,
             (select r.reaction from match_reactions r where r.match_id = m.id and r.company_id = ${ctx.company.id}
              order by r.created_at desc limit 1) as my_reaction,
             reads.read_at
      from matches m
      join listings mine on mine.id in (m.need_listing_id, m.offer_listing_id) and mine.company_id = ${ctx.company.id}
      join listings other on other.id in (m.need_listing_id, m.offer_listing_id) and other.id <> mine.id
      join companies oc on oc.id = other.company_id
      join company_sites os on os.id = other.site_id
      left join match_reads reads on reads.match_id = m.id and reads.company_id = ${ctx.company.id}
      where other.status = 'active' and oc.status = 'active' and (other.expires_at is null or other.expires_at > now())
        ${listingId ? sql`and mine.id = ${listingId}` : sql``}
      order by ${order}, m.id
      limit 200`),
  );
  return rows.map((row) => {
    const factors = (typeof row.factors === 'string' ? JSON.parse(row.factors) : row.factors) as MatchFactor[];
    const hidden = row.counterpart_anonymous === true;
    return {
      id: row.id,
      score: Number(row.score),
      factors: hidden ? withPublicDistance(factors) : factors,
      computedAt: new Date(row.computed_at),
      perspective: row.my_side,
      myListing: { id: row.my_listing_id, title: row.my_title },
      counterpart: {
        id: row.counterpart_id,
        title: row.counterpart_title,
        categoryId: row.counterpart_category_id,
        type: row.counterpart_type,
        annualQuantity: Number(row.counterpart_annual_quantity),
        quantityDimension: row.counterpart_quantity_dimension,
        priceModel: row.counterpart_price_model,
        municipalityCode: row.counterpart_municipality_code,
        company: hidden ? null : { id: row.counterpart_company_id, name: row.counterpart_company_name },
      },
      myReaction: row.my_reaction as 'interesting' | 'not_relevant' | null,
      unread: row.read_at === null,
    };
  });
}

/** A listing's ranked suggestions, best first, for its own company. */
export async function listListingMatches({
  ctx,
  input,
}: {
  ctx: MemberContext;
  input: z.output<typeof ListingMatchesSchema>;
}) {
  const [listing] = await ctx.db
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.id, input.listingId), eq(listings.companyId, ctx.company.id)));
  if (!listing) throw new NotFoundError('validation.listingUnknown', { field: 'listingId' });
  return matchesOfCompany(ctx, input.listingId, 'best');
}

/** The company's inbox across all its listings: best first unless the member chose newest or unread first. */
export async function listCompanyMatches({
  ctx,
  input,
}: {
  ctx: MemberContext;
  input: z.output<typeof CompanyMatchesSchema>;
}) {
  return matchesOfCompany(ctx, null, input.sort);
}

async function matchOfCompany(ctx: MemberContext, matchId: string) {
  const [row] = rowsOf<{ id: string }>(
    await ctx.db.execute(sql`
      select m.id from matches m
      join listings l on l.id in (m.need_listing_id, m.offer_listing_id)
      where m.id = ${matchId} and l.company_id = ${ctx.company.id}
      limit 1`),
  );
  // Not found rather than forbidden: another company's match ids reveal nothing.
  if (!row) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });
  return row;
}

/**
 * A member's reaction to a suggestion. Every reaction is kept (the ground truth for judging the
 * matching, and shown to IUC staff in the pipeline); the match is kept, so the matcher leaves it alone from then on.
 */
export async function reactToMatch({ ctx, input }: { ctx: MemberContext; input: z.output<typeof ReactToMatchSchema> }) {
  const match = await matchOfCompany(ctx, input.matchId);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(matchReactions).values({
      matchId: match.id,
      companyId: ctx.company.id,
      userId: ctx.user.id,
      reaction: input.reaction,
      reason: input.reason ?? null,
    });
    await tx
      .update(matches)
      .set({ keptAt: sql`coalesce(${matches.keptAt}, now())`, updatedAt: new Date() })
      .where(eq(matches.id, match.id));
  });
  return { matchId: match.id, reaction: input.reaction };
}

/** Marks matches as read for the company (opening a listing's matches, or one match in the inbox). */
export async function markMatchesRead({
  ctx,
  input,
}: {
  ctx: MemberContext;
  input: z.output<typeof MarkMatchesReadSchema>;
}) {
  if (input.matchIds.length === 0) return { read: 0 };
  // One query for all of them: every id must be a match of one of the company's listings.
  const ids = sql.join(
    input.matchIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const [owned] = rowsOf<{ count: number }>(
    await ctx.db.execute(sql`
      select count(distinct m.id)::int as count from matches m
      join listings l on l.id in (m.need_listing_id, m.offer_listing_id)
      where m.id in (${ids}) and l.company_id = ${ctx.company.id}`),
  );
  if (Number(owned?.count) !== new Set(input.matchIds).size) {
    throw new NotFoundError('validation.matchUnknown', { field: 'matchIds' });
  }
  await ctx.db
    .insert(matchReads)
    .values([...new Set(input.matchIds)].map((matchId) => ({ matchId, companyId: ctx.company.id })))
    .onConflictDoNothing();
  return { read: input.matchIds.length };
}
