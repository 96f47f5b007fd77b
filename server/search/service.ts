import { asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client';
import { companyMembers, listingPhotos } from '../../db/schema/index';
import { shownDistance } from '../../shared/geo/public-distance';
import { roundForTeaser } from '../../shared/listings/teaser';
import { maxSuggestions, type SearchListingsQuery } from '../../shared/search/schemas';
import type { AppContext } from '../context';
import { type ExactDistances, knowsExactDistance, type SearchEngine, type SearchHitRow } from './engine';
import { createMeilisearchEngine, meilisearchOptions } from './meilisearch-engine';
import { createPostgresSearchEngine } from './postgres-engine';

export type SnippetSegment = { text: string; highlight: boolean };

/** Splits an engine's marked snippet into plain segments: the client renders text, never HTML. */
export function snippetSegments(snippet: string | null): SnippetSegment[] | null {
  if (!snippet) return null;
  const segments: SnippetSegment[] = [];
  for (const part of snippet.split('\u0001')) {
    const [highlighted, rest] = part.includes('\u0002') ? (part.split('\u0002', 2) as [string, string]) : [null, part];
    if (highlighted) segments.push({ text: highlighted, highlight: true });
    if (rest) segments.push({ text: rest, highlight: false });
  }
  return segments;
}

/** What a search needs of the context; alerts run searches as a person outside any request. */
export type SearchContext = Pick<AppContext, 'config' | 'db' | 'user'>;

function engineFor(ctx: SearchContext): SearchEngine {
  return ctx.config.MEILI_URL
    ? createMeilisearchEngine(meilisearchOptions(ctx.config))
    : createPostgresSearchEngine(ctx.db);
}

/**
 * Search shows each listing exactly as the listing page would show it to the same caller:
 * a teaser to visitors who are not signed in, and no company on anonymous listings except to
 * the company itself and IUC staff.
 */
export async function searchListings({
  ctx,
  input,
  onlyListingIds,
}: {
  ctx: SearchContext;
  input: SearchListingsQuery;
  /** Alerts: only these listings, if the search finds them (see SearchAudience). */
  onlyListingIds?: readonly string[];
}) {
  const engine = engineFor(ctx);
  const staff = ctx.user?.platformRole === 'broker' || ctx.user?.platformRole === 'admin';
  const myCompanies = ctx.user
    ? (
        await ctx.db
          .select({ companyId: companyMembers.companyId })
          .from(companyMembers)
          .where(eq(companyMembers.userId, ctx.user.id))
      ).map((row) => row.companyId)
    : [];
  const exactDistances: ExactDistances = staff
    ? { kind: 'all' }
    : ctx.user
      ? { kind: 'named-and-own', companyIds: myCompanies }
      : { kind: 'none' };
  const result = await engine.search(input, {
    signedIn: ctx.user !== null,
    exactDistances,
    ...(onlyListingIds ? { onlyListingIds } : {}),
  });
  const thumbnails = await firstPhotos(ctx, result.hits);
  const hits = result.hits.map((hit) =>
    shapeHit(hit, {
      signedIn: ctx.user !== null,
      seesCompany: staff || myCompanies.includes(hit.companyId),
      exactDistance: knowsExactDistance(exactDistances, hit),
      thumbnailUrl: thumbnails.get(hit.id) ?? null,
    }),
  );
  return {
    hits,
    total: result.total,
    facets: result.facets,
    page: input.page,
    pageSize: input.pageSize,
    engine: engine.name,
  };
}

/**
 * The first photo of each hit, as the URL of its thumbnail; read here rather than from an engine's
 * index, so a photo added or removed shows at once whichever engine searched.
 */
async function firstPhotos(ctx: SearchContext, hits: readonly SearchHitRow[]): Promise<Map<string, string>> {
  if (hits.length === 0) return new Map();
  const rows = await ctx.db
    .selectDistinctOn([listingPhotos.listingId], { listingId: listingPhotos.listingId, photoId: listingPhotos.id })
    .from(listingPhotos)
    .where(
      inArray(
        listingPhotos.listingId,
        hits.map((hit) => hit.id),
      ),
    )
    .orderBy(listingPhotos.listingId, asc(listingPhotos.position));
  return new Map(rows.map((row) => [row.listingId, `/api/listings/${row.listingId}/photos/${row.photoId}/thumbnail`]));
}

function shapeHit(
  hit: SearchHitRow,
  caller: { signedIn: boolean; seesCompany: boolean; exactDistance: boolean; thumbnailUrl: string | null },
) {
  const distance = hit.distanceKm === null ? null : shownDistance(hit.distanceKm, caller.exactDistance);
  if (!caller.signedIn) {
    return {
      view: 'teaser' as const,
      id: hit.id,
      side: hit.side,
      type: hit.type,
      title: hit.title,
      categoryId: hit.categoryId,
      municipalityCode: hit.municipalityCode,
      approximateQuantity: roundForTeaser(hit.quantity),
      unit: hit.unit,
      frequency: hit.frequency,
      distance,
      thumbnailUrl: caller.thumbnailUrl,
    };
  }
  return {
    view: 'full' as const,
    id: hit.id,
    side: hit.side,
    type: hit.type,
    title: hit.title,
    categoryId: hit.categoryId,
    municipalityCode: hit.municipalityCode,
    quantity: hit.quantity,
    unit: hit.unit,
    frequency: hit.frequency,
    annualQuantity: hit.annualQuantity,
    quantityDimension: hit.quantityDimension,
    priceModel: hit.priceModel,
    priceSek: hit.priceSek,
    hazardous: hit.hazardous,
    publishedAt: hit.publishedAt,
    distance,
    thumbnailUrl: caller.thumbnailUrl,
    snippet: snippetSegments(hit.snippet),
    company: !hit.anonymous || caller.seesCompany ? { id: hit.companyId, name: hit.companyName } : null,
  };
}

/**
 * Completions for the search box: while the last word is still being typed (the text ends in a
 * letter or digit), the words of listing titles and categories that start with it, accents folded,
 * shortest first. Each suggestion is the whole text with the last word completed. The words come
 * from the lexicon in the database, whichever engine answers the search itself.
 *
 * The lexicon holds the words of every listing ever written, drafts and closed ones too, so a word
 * is suggested only while a listing the caller could find carries it in its title or category
 * words (weights A and B of the search vector): active and unexpired, of an active company, and
 * public unless the caller is signed in. A word from a draft, a closed listing or, for visitors, a
 * members-only one is never suggested.
 */
export async function suggestSearches({ ctx, input }: { ctx: AppContext; input: { q: string } }) {
  const text = input.q.trimStart();
  const typed = text.match(/[\p{L}\p{N}]+$/u)?.[0];
  if (!typed || typed.length < 2) return { suggestions: [] };
  const last = typed.toLowerCase();
  const visibility = ctx.user ? sql`` : sql`and l.visibility = 'public'`;
  // The word holds letters and digits only, so it cannot carry LIKE wildcards or tsquery syntax;
  // lexicon words are split on everything else (migration 0005).
  const rows = rowsOf<{ word: string }>(
    await ctx.db.execute(sql`
      select w.word from search_lexicon w
      where sidestream_unaccent(w.word) like sidestream_unaccent(${last}) || '%' and w.word <> ${last}
        and exists (
          select 1 from listings l join companies c on c.id = l.company_id
          where l.status = 'active' and l.expires_at > now() and c.status = 'active' ${visibility}
            and l.search_vector @@ to_tsquery('simple', sidestream_unaccent(w.word) || ':AB'))
      order by length(w.word), w.word
      limit ${maxSuggestions}`),
  );
  const head = text.slice(0, text.length - typed.length);
  // "Alumin" is completed as "Aluminiumspån": the completion keeps a capital the user typed.
  const capital = typed[0] !== typed[0]?.toLowerCase();
  const complete = (word: string) => (capital ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word);
  return { suggestions: rows.map((row) => `${head}${complete(row.word)}`) };
}
