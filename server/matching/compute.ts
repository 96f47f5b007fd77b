import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';
import { companies, listings, matches } from '../../db/schema/index';
import {
  candidateCategories,
  exclusionOf,
  type MatchListing,
  type MatchScore,
  needAndOffer,
  outOfMarket,
  scoreMatch,
} from '../../shared/matching/score';
import { matchesPerListing, minimumMatchScore } from '../../shared/matching/weights';
import { leafCategories } from '../../shared/taxonomy/taxonomy';
import { enqueueJob } from '../jobs/queue';

/** At most this many candidates are scored for one listing: the nearest in the categories that fit. */
export const candidateLimit = 400;

type Row = MatchListing & { version: number; companyStatus: string };

const columns = {
  id: listings.id,
  companyId: listings.companyId,
  side: listings.side,
  type: listings.type,
  categoryId: listings.categoryId,
  title: listings.title,
  description: listings.description,
  lat: listings.lat,
  lon: listings.lon,
  annualQuantity: listings.annualQuantity,
  quantityDimension: listings.quantityDimension,
  frequency: listings.frequency,
  availableFrom: listings.availableFrom,
  availableUntil: listings.availableUntil,
  priceModel: listings.priceModel,
  priceSek: listings.priceSek,
  hazardous: listings.hazardous,
  acceptsHazardous: listings.acceptsHazardous,
  maxDistanceKm: listings.maxDistanceKm,
  status: listings.status,
  expiresAt: listings.expiresAt,
  version: listings.version,
  companyStatus: companies.status,
};

async function loadListings(db: Database, where: SQL): Promise<Row[]> {
  const rows = await db
    .select(columns)
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(where);
  return rows.map((row) => ({
    ...row,
    annualQuantity: row.annualQuantity === null ? null : Number(row.annualQuantity),
    priceSek: row.priceSek === null ? null : Number(row.priceSek),
    expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
    // A closed company's listings are out of the market whatever their own status says.
    status: row.companyStatus === 'active' ? row.status : 'company-closed',
  }));
}

/**
 * The candidates for a listing come from indexes, never from every listing: active listings of
 * the other side and the same type in the categories that can fit (category index), of other
 * companies, nearest first, at most `candidateLimit`; a need's maximum distance bounds the box
 * (position index). A closed company's listings are dropped when scored (exclusionOf): joining
 * every company here cost more than half of the query.
 */
/** Listings by id in the matcher's shape: what a match made by hand is scored from. */
export function loadMatchListings(db: Database, ids: readonly string[]): Promise<Row[]> {
  return ids.length === 0 ? Promise.resolve([]) : loadListings(db, inArray(listings.id, [...ids]));
}

async function candidatesFor(db: Database, listing: Row): Promise<Row[]> {
  const categoryIds = candidateCategories(
    listing,
    leafCategories(listing.type).map((category) => category.id),
  );
  if (categoryIds.length === 0) return [];
  const origin = sql`ll_to_earth(${listing.lat}, ${listing.lon})`;
  const conditions: SQL[] = [
    sql`l.status = 'active'`,
    sql`l.side = ${listing.side === 'need' ? 'offer' : 'need'}`,
    sql`l.type = ${listing.type}`,
    sql`l.category_id in (${sql.join(
      categoryIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
    sql`l.company_id <> ${listing.companyId}`,
    sql`(l.expires_at is null or l.expires_at > now())`,
  ];
  if (listing.side === 'need' && listing.maxDistanceKm !== null) {
    conditions.push(sql`earth_box(${origin}, ${listing.maxDistanceKm * 1000}) @> ll_to_earth(l.lat, l.lon)`);
  }
  const ids = rowsOf<{ id: string }>(
    await db.execute(sql`
      select l.id from listings l
      where ${sql.join(conditions, sql` and `)}
      order by ll_to_earth(l.lat, l.lon) <-> ${origin}
      limit ${candidateLimit}`),
  ).map((row) => row.id);
  if (ids.length === 0) return [];
  return loadListings(db, inArray(listings.id, ids));
}

/** The matches no person has acted on yet: the only ones the matcher may rescore or remove. */
const matcherOwned = and(eq(matches.stage, 'suggested'), isNull(matches.keptAt)) as SQL;

export type ComputeSummary = { candidates: number; stored: number; removed: number };

/**
 * Computes and stores the matches of one listing: the best `matchesPerListing` above
 * `minimumMatchScore` as 'suggested' rows. Suggested matches of the listing that no longer
 * qualify are removed, and the ones that still do are rescored; a match a person has acted on
 * (keptAt set) is never touched.
 */
export async function computeMatchesFor(db: Database, listingId: string, now = new Date()): Promise<ComputeSummary> {
  const [listing] = await loadListings(db, eq(listings.id, listingId));
  const mine = or(eq(matches.needListingId, listingId), eq(matches.offerListingId, listingId)) as SQL;
  const suggestedOfMine = and(mine, matcherOwned) as SQL;
  if (!listing || outOfMarket(listing, now)) {
    const removed = await db.delete(matches).where(suggestedOfMine).returning({ id: matches.id });
    return { candidates: 0, stored: 0, removed: removed.length };
  }

  const candidates = await candidatesFor(db, listing);
  // Counterparts of earlier suggestions are scored again too, so one that no longer qualifies goes.
  const existing = await db
    .select({
      need: matches.needListingId,
      offer: matches.offerListingId,
      keptAt: matches.keptAt,
      stage: matches.stage,
    })
    .from(matches)
    .where(mine);
  const counterpartOf = (row: { need: string; offer: string }) => (row.need === listingId ? row.offer : row.need);
  const known = new Set(candidates.map((candidate) => candidate.id));
  const missing = existing.map(counterpartOf).filter((id) => !known.has(id));
  const everyone =
    missing.length > 0 ? [...candidates, ...(await loadListings(db, inArray(listings.id, missing)))] : candidates;

  const scored: { counterpart: Row; result: MatchScore }[] = [];
  for (const counterpart of everyone) {
    if (exclusionOf(listing, counterpart, now) !== null) continue;
    const result = scoreMatch(listing, counterpart, now);
    if (result.score >= minimumMatchScore) scored.push({ counterpart, result });
  }
  scored.sort((a, b) => b.result.score - a.result.score || a.counterpart.id.localeCompare(b.counterpart.id));
  const stillSuggested = new Set(
    existing.filter((row) => row.stage === 'suggested' && row.keptAt === null).map(counterpartOf),
  );
  // The top ones, plus earlier suggestions that still qualify (another listing's top list may hold them).
  const keep = scored.filter((entry, index) => index < matchesPerListing || stillSuggested.has(entry.counterpart.id));

  return db.transaction(async (tx) => {
    const keptIds = keep.map((entry) => entry.counterpart.id);
    const gone = await tx
      .delete(matches)
      .where(
        and(
          suggestedOfMine,
          keptIds.length > 0
            ? sql`not (${listing.side === 'need' ? matches.offerListingId : matches.needListingId} in (${sql.join(
                keptIds.map((id) => sql`${id}`),
                sql`, `,
              )}))`
            : undefined,
        ),
      )
      .returning({ id: matches.id });
    if (keep.length > 0) {
      const stored = await tx
        .insert(matches)
        .values(
          keep.map(({ counterpart, result }) => {
            const { need, offer } = needAndOffer(listing, counterpart) as { need: Row; offer: Row };
            return {
              needListingId: need.id,
              offerListingId: offer.id,
              score: result.score,
              factors: result.factors,
              needVersion: need.version,
              offerVersion: offer.version,
              computedAt: now,
            };
          }),
        )
        .onConflictDoUpdate({
          target: [matches.needListingId, matches.offerListingId],
          set: {
            score: sql`excluded.score`,
            factors: sql`excluded.factors`,
            needVersion: sql`excluded.need_version`,
            offerVersion: sql`excluded.offer_version`,
            computedAt: sql`excluded.computed_at`,
            updatedAt: now,
          },
          // A match someone acted on keeps the score they saw.
          setWhere: matcherOwned,
        })
        .returning({ id: matches.id, need: matches.needListingId, offer: matches.offerListingId });
      // Matches that did not exist before are news for the people who asked to hear (alerts).
      const before = new Set(existing.map(counterpartOf));
      const fresh = stored.filter((row) => !before.has(counterpartOf(row))).map((row) => row.id);
      if (fresh.length > 0) await enqueueJob(tx, 'alerts.new-matches', { matchIds: fresh });
    }
    return { candidates: candidates.length, stored: keep.length, removed: gone.length };
  });
}

export type RecomputeSummary = { listings: number; stored: number; removed: number; seconds: number };

/**
 * Recomputes the matches of every active listing, in id order, reporting progress after each one.
 * Listings that are not active lose their suggested matches through their own jobs, not here.
 */
export async function recomputeAllMatches(
  db: Database,
  progress: { onStart: (total: number) => void; onProgress: (done: number) => void },
  now = new Date(),
): Promise<RecomputeSummary> {
  const started = performance.now();
  const ids = (
    await db.select({ id: listings.id }).from(listings).where(eq(listings.status, 'active')).orderBy(listings.id)
  ).map((row) => row.id);
  progress.onStart(ids.length);
  let stored = 0;
  let removed = 0;
  for (const [index, id] of ids.entries()) {
    const summary = await computeMatchesFor(db, id, now);
    stored += summary.stored;
    removed += summary.removed;
    progress.onProgress(index + 1);
  }
  return { listings: ids.length, stored, removed, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
