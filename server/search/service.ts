import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client';
import { companyMembers } from '../../db/schema/index';
import { roundForTeaser } from '../../shared/listings/teaser';
import { maxSuggestions, type SearchListingsQuery } from '../../shared/search/schemas';
import type { AppContext } from '../context';
import type { SearchEngine, SearchHitRow } from './engine';
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
  const started = performance.now();
  const engine = engineFor(ctx);
  const result = await engine.search(input, {
    signedIn: ctx.user !== null,
    ...(onlyListingIds ? { onlyListingIds } : {}),
  });
  const staff = ctx.user?.platformRole === 'broker' || ctx.user?.platformRole === 'admin';
  const myCompanies = ctx.user
    ? new Set(
        (
          await ctx.db
            .select({ companyId: companyMembers.companyId })
            .from(companyMembers)
            .where(eq(companyMembers.userId, ctx.user.id))
        ).map((row) => row.companyId),
      )
    : new Set<string>();
  const hits = result.hits.map((hit) => shapeHit(hit, ctx.user !== null, staff || myCompanies.has(hit.companyId)));
  return {
    hits,
    total: result.total,
    facets: result.facets,
    page: input.page,
    pageSize: input.pageSize,
    engine: engine.name,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

function shapeHit(hit: SearchHitRow, signedIn: boolean, seesCompany: boolean) {
  const distanceKm = hit.distanceKm === null ? null : Math.round(hit.distanceKm * 10) / 10;
  if (!signedIn) {
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
      distanceKm,
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
    distanceKm,
    snippet: snippetSegments(hit.snippet),
    company: !hit.anonymous || seesCompany ? { id: hit.companyId, name: hit.companyName } : null,
  };
}

/**
 * Completions for the search box: while the last word is still being typed (the text ends in a
 * letter or digit), the words of listing titles and categories that start with it, accents folded,
 * shortest first. Each suggestion is the whole text with the last word completed. The words come
 * from the lexicon in the database, whichever engine answers the search itself.
 */
export async function suggestSearches({ ctx, input }: { ctx: AppContext; input: { q: string } }) {
  const text = input.q.trimStart();
  const typed = text.match(/[\p{L}\p{N}]+$/u)?.[0];
  if (!typed || typed.length < 2) return { suggestions: [] };
  const last = typed.toLowerCase();
  // The word holds letters and digits only, so it cannot carry LIKE wildcards.
  const rows = rowsOf<{ word: string }>(
    await ctx.db.execute(sql`
      select word from search_lexicon
      where sidestream_unaccent(word) like sidestream_unaccent(${last}) || '%' and word <> ${last}
      order by length(word), word
      limit ${maxSuggestions}`),
  );
  const head = text.slice(0, text.length - typed.length);
  // "Alumin" is completed as "Aluminiumspån": the completion keeps a capital the user typed.
  const capital = typed[0] !== typed[0]?.toLowerCase();
  const complete = (word: string) => (capital ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word);
  return { suggestions: rows.map((row) => `${head}${complete(row.word)}`) };
}
