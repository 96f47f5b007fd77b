import {
  type EnqueuedTaskPromise,
  type Index,
  Meilisearch,
  MeilisearchApiError,
  type MultiSearchQuery,
  type SearchParams,
  type Settings,
} from 'meilisearch';
import { coarseRadiusKm, nearDistanceKm, roundedDistanceKm } from '../../shared/geo/public-distance';
import { queryTerms } from '../../shared/search/query-terms';
import { type SearchFacetKey, type SearchListingsQuery, searchFacetKeys } from '../../shared/search/schemas';
import { synonymGroups } from '../../shared/search/synonyms';
import { descendantLeafIds } from '../../shared/taxonomy/taxonomy';
import type { Config } from '../env';
import { ServiceUnavailableError } from '../errors';
import {
  type EngineResult,
  type ExactDistances,
  knowsExactDistance,
  type SearchAudience,
  type SearchEngine,
  type SearchFacets,
  type SearchHitRow,
} from './engine';
import type { ListingDocument } from './listing-documents';

/** The mean Earth radius Meilisearch's _geoRadius and _geoDistance use. */
const earthRadiusM = 6_371_000;

/** Every listing field the engine filters, sorts or counts on; nothing else is filterable. */
const filterableAttributes = [
  'id',
  // Whose distance a caller may know exactly (ExactDistances) decides the radius a listing is held to.
  'companyId',
  'anonymous',
  'side',
  'type',
  'categoryId',
  'topCategory',
  'municipalityCode',
  'annualQuantity',
  'frequency',
  'priceModel',
  'hazardous',
  'visibility',
  'status',
  'companyStatus',
  'expiresAt',
  '_geo',
];

const facetAttributes = ['side', 'type', 'topCategory', 'municipalityCode', 'priceModel', 'hazardous'] as const;
type FacetAttribute = (typeof facetAttributes)[number];
const facetAttributeOf: Record<SearchFacetKey, FacetAttribute> = {
  side: 'side',
  type: 'type',
  category: 'topCategory',
  municipality: 'municipalityCode',
  priceModel: 'priceModel',
  hazardous: 'hazardous',
};

/** Each word of a group maps to every other word of it, both ways, as in the Postgres engine. */
export function meiliSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of synonymGroups) {
    for (const word of group) synonyms[word] = group.filter((other) => other !== word);
  }
  return synonyms;
}

export const listingIndexSettings: Settings = {
  // Title first: a word in the title ranks above the same word in the description.
  searchableAttributes: ['title', 'categoryTerms', 'description'],
  filterableAttributes,
  sortableAttributes: ['publishedAt', 'annualQuantity', '_geo'],
  displayedAttributes: ['*'],
  // "sort" first: a chosen order (newest, quantity, distance) is the order, as in the Postgres engine;
  // with no sort asked for, the rule does nothing and relevance decides.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'publishedAt:desc'],
  // The same threshold as the Postgres engine: words of five letters or more may carry a typo.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: meiliSynonyms(),
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['swe', 'eng'] }],
  // A page may reach 1,000 × 50; counts must be exact up to there, not capped at Meilisearch's 1,000.
  pagination: { maxTotalHits: 50_000 },
  faceting: { maxValuesPerFacet: 200 },
};

/**
 * One value in a Meilisearch filter, always as a double-quoted string with quotes and backslashes
 * escaped: whatever it holds (quotes, parentheses, AND/OR, _geoRadius) stays a literal value.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function finiteNumber(value: number, field: string): string {
  if (!Number.isFinite(value)) throw new Error(`${field} must be a finite number`);
  return String(value);
}

/** The caller knows a document's distance exactly (ExactDistances), as a filter; null for everyone. */
function exactDistanceFilter(audience: SearchAudience): string | null {
  const exact = audience.exactDistances;
  if (exact.kind !== 'named-and-own') return null;
  if (exact.companyIds.length === 0) return 'anonymous = false';
  return `(anonymous = false OR companyId IN [${exact.companyIds.map(quoteFilterValue).join(', ')}])`;
}

/** The radius, held exactly where the caller may know the distance and by the rounded distance elsewhere. */
function radiusFilter(near: { lat: number; lon: number; radiusKm: number }, audience: SearchAudience): string {
  const geoRadius = (km: number) =>
    `_geoRadius(${finiteNumber(near.lat, 'near.lat')}, ${finiteNumber(near.lon, 'near.lon')}, ${finiteNumber(km * 1000, 'near.radiusKm')})`;
  const exact = geoRadius(near.radiusKm);
  const coarse = geoRadius(coarseRadiusKm(near.radiusKm));
  if (audience.exactDistances.kind === 'all') return exact;
  if (audience.exactDistances.kind === 'none') return coarse;
  const known = exactDistanceFilter(audience) as string;
  return `((${known} AND ${exact}) OR (NOT ${known} AND ${coarse}))`;
}

/** Everything a search filters on except the facets. */
function baseFilters(query: SearchListingsQuery, audience: SearchAudience, now: Date): string[] {
  const filters = [
    // The same rule as the listing page: only active, unexpired listings of active companies.
    `status = ${quoteFilterValue('active')}`,
    `companyStatus = ${quoteFilterValue('active')}`,
    `expiresAt > ${finiteNumber(Math.floor(now.getTime() / 1000), 'now')}`,
  ];
  if (!audience.signedIn) filters.push(`visibility = ${quoteFilterValue('public')}`);
  if (audience.onlyListingIds) filters.push(`id IN [${audience.onlyListingIds.map(quoteFilterValue).join(', ')}]`);
  if (query.near?.radiusKm !== undefined)
    filters.push(radiusFilter({ ...query.near, radiusKm: query.near.radiusKm }, audience));
  if (query.minAnnualQuantity !== undefined) {
    filters.push(`annualQuantity >= ${finiteNumber(query.minAnnualQuantity, 'minAnnualQuantity')}`);
  }
  if (query.maxAnnualQuantity !== undefined) {
    filters.push(`annualQuantity <= ${finiteNumber(query.maxAnnualQuantity, 'maxAnnualQuantity')}`);
  }
  if (query.frequency) filters.push(`frequency = ${quoteFilterValue(query.frequency)}`);
  return filters;
}

/** Each facet the query chose values for, as a filter (the values OR-ed). */
export function meiliFacetFilters(query: SearchListingsQuery): Partial<Record<SearchFacetKey, string>> {
  const chosen: Partial<Record<SearchFacetKey, string>> = {};
  const anyOf = (attribute: string, values: readonly string[]) =>
    `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
  if (query.side.length > 0) chosen.side = anyOf('side', query.side);
  if (query.type.length > 0) chosen.type = anyOf('type', query.type);
  if (query.categories.length > 0) {
    const leaves = [...new Set(query.categories.flatMap((id) => descendantLeafIds(id)))];
    // An unknown id has no leaves; it must still filter (to nothing), not vanish from the filter.
    chosen.category = anyOf('categoryId', leaves.length > 0 ? leaves : query.categories);
  }
  if (query.municipalities.length > 0) chosen.municipality = anyOf('municipalityCode', query.municipalities);
  if (query.priceModel.length > 0) chosen.priceModel = anyOf('priceModel', query.priceModel);
  if (query.hazardous.length > 0) {
    chosen.hazardous = query.hazardous.map((value) => `hazardous = ${value ? 'true' : 'false'}`).join(' OR ');
    if (query.hazardous.length > 1) chosen.hazardous = `(${chosen.hazardous})`;
  }
  return chosen;
}

/**
 * The filter expression for a validated query, optionally without one facet's own filter (the
 * query that counts that facet). Strings only ever enter quoted (quoteFilterValue) and numbers only
 * as finite numbers; the operators and attribute names are ours.
 */
export function meiliFilter(
  query: SearchListingsQuery,
  audience: SearchAudience,
  now: Date,
  without?: SearchFacetKey,
): string[] {
  const chosen = meiliFacetFilters(query);
  const facets = searchFacetKeys.filter((key) => key !== without).flatMap((key) => chosen[key] ?? []);
  return [...baseFilters(query, audience, now), ...facets];
}

/**
 * The searches one result needs (disjunctive faceting, as Meilisearch documents it): the main one
 * with every filter, counting the facets nobody chose, and one per chosen facet without that
 * facet's own filter, counting only it. They go to Meilisearch in one multi-search request.
 */
export function facetSearches(
  query: SearchListingsQuery,
  audience: SearchAudience,
  now: Date,
): { main: { filter: string[]; facets: FacetAttribute[] }; perFacet: { key: SearchFacetKey; filter: string[] }[] } {
  const chosen = meiliFacetFilters(query);
  const chosenKeys = searchFacetKeys.filter((key) => chosen[key] !== undefined);
  return {
    main: {
      filter: meiliFilter(query, audience, now),
      facets: searchFacetKeys.filter((key) => !chosenKeys.includes(key)).map((key) => facetAttributeOf[key]),
    },
    perFacet: chosenKeys.map((key) => ({ key, filter: meiliFilter(query, audience, now, key) })),
  };
}

function meiliSort(query: SearchListingsQuery): string[] | undefined {
  switch (query.sort) {
    case 'distance':
      return query.near ? [`_geoPoint(${query.near.lat}, ${query.near.lon}):asc`] : ['publishedAt:desc'];
    case 'newest':
      return ['publishedAt:desc'];
    case 'quantity':
      return ['annualQuantity:desc'];
    default:
      return undefined;
  }
}

/** Great-circle distance on Meilisearch's sphere, for hits of a search that did not sort by distance. */
function haversineKm(from: { lat: number; lon: number }, to: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (to.lat - from.lat) * rad;
  const dLon = (to.lng - from.lon) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * rad) * Math.cos(to.lat * rad) * Math.sin(dLon / 2) ** 2;
  return (2 * earthRadiusM * Math.asin(Math.min(1, Math.sqrt(a)))) / 1000;
}

type Hit = ListingDocument & {
  _geoDistance?: number;
  _formatted?: { description?: string; title?: string };
};

function toHitRow(hit: Hit, query: SearchListingsQuery, hasWords: boolean): SearchHitRow {
  const distanceKm = query.near
    ? hit._geoDistance !== undefined
      ? hit._geoDistance / 1000
      : haversineKm(query.near, hit._geo)
    : null;
  const formatted = hit.description === '' ? hit._formatted?.title : hit._formatted?.description;
  return {
    id: hit.id,
    companyId: hit.companyId,
    companyName: hit.companyName,
    side: hit.side,
    type: hit.type,
    categoryId: hit.categoryId,
    title: hit.title,
    description: hit.description,
    quantity: hit.quantity,
    unit: hit.unit,
    frequency: hit.frequency,
    annualQuantity: hit.annualQuantity,
    quantityDimension: hit.quantityDimension,
    priceModel: hit.priceModel,
    priceSek: hit.priceSek,
    hazardous: hit.hazardous,
    anonymous: hit.anonymous,
    visibility: hit.visibility,
    municipalityCode: hit.municipalityCode,
    publishedAt: hit.publishedAt === null ? null : new Date(hit.publishedAt),
    distanceKm,
    snippet: hasWords && formatted ? formatted : null,
  };
}

/** Merges the facet distributions of the searches: each facet from the search that counted it. */
function facetsFrom(
  distributions: readonly {
    keys: readonly SearchFacetKey[];
    distribution: Record<string, Record<string, number>> | undefined;
  }[],
): SearchFacets {
  const facets: SearchFacets = { side: {}, type: {}, category: {}, municipality: {}, priceModel: {}, hazardous: {} };
  for (const { keys, distribution } of distributions) {
    for (const key of keys) {
      for (const [value, count] of Object.entries(distribution?.[facetAttributeOf[key]] ?? {})) {
        if (count > 0) facets[key][value] = count;
      }
    }
  }
  return facets;
}

/** How far beyond the exact distance a rounded sort value can fall (under 5 km sorts as 0; rounding adds at most 0.5). */
const coarseSortSlackKm = nearDistanceKm + 0.5;

type Placed = {
  id: string;
  anonymous: boolean;
  companyId: string;
  _geo: { lat: number; lng: number };
  _geoDistance?: number;
};

/**
 * Listings in the order the caller may see them by distance: rounded distance where the caller is
 * told a rounded one (roundedDistanceKm), exact elsewhere, ties by id, as the Postgres engine orders
 * them. Meilisearch sorts by exact distance only, so this order is made here.
 */
export function coarseDistanceOrder<T extends Placed>(
  candidates: readonly T[],
  near: { lat: number; lon: number },
  exact: ExactDistances,
): T[] {
  const keyed = candidates.map((candidate) => {
    const km = candidate._geoDistance !== undefined ? candidate._geoDistance / 1000 : haversineKm(near, candidate._geo);
    return { candidate, key: knowsExactDistance(exact, candidate) ? km : roundedDistanceKm(km) };
  });
  keyed.sort(
    (a, b) => a.key - b.key || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
  return keyed.map((entry) => entry.candidate);
}

/** A Meilisearch failure is the search failing, said plainly: never an empty result that looks like "nothing found". */
export function searchEngineError(error: unknown): ServiceUnavailableError {
  const detail =
    error instanceof MeilisearchApiError
      ? `${error.cause?.code ?? 'error'}: ${error.message}`
      : ((error as Error)?.message ?? String(error));
  return new ServiceUnavailableError('search.engineUnavailable', { cause: error, params: { detail } });
}

export type MeilisearchOptions = { url: string; apiKey: string | undefined; indexUid: string };

export function meilisearchOptions(config: Pick<Config, 'MEILI_URL' | 'MEILI_MASTER_KEY' | 'MEILI_INDEX'>) {
  if (!config.MEILI_URL) throw new Error('MEILI_URL is not set');
  return { url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY, indexUid: config.MEILI_INDEX };
}

export function meilisearchClient(options: MeilisearchOptions): Meilisearch {
  return new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: 10_000 });
}

export function createMeilisearchEngine(options: MeilisearchOptions): SearchEngine {
  const client = meilisearchClient(options);
  const index = client.index<ListingDocument>(options.indexUid);
  return {
    name: 'meilisearch',
    async search(query, audience): Promise<EngineResult> {
      // The same words the Postgres engine searches: letters and digits, nothing else.
      const words = queryTerms(query.q).map((term) => term.word);
      const q = words.join(' ');
      const now = new Date();
      const { main, perFacet } = facetSearches(query, audience, now);
      // Sorting by a rounded distance is ours to do (coarseDistanceOrder); the main search then only counts.
      const coarseSort =
        query.sort === 'distance' && query.near !== undefined && audience.exactDistances.kind !== 'all';
      const display = {
        matchingStrategy: 'all' as const,
        attributesToCrop: ['description', 'title'],
        cropLength: 24,
        highlightPreTag: '\u0001',
        highlightPostTag: '\u0002',
      };
      const sort = meiliSort(query);
      const mainSearch: MultiSearchQuery = {
        indexUid: options.indexUid,
        q,
        filter: main.filter,
        facets: main.facets,
        ...display,
        ...(coarseSort
          ? { hitsPerPage: 0, page: 1 }
          : { hitsPerPage: query.pageSize, page: query.page, ...(sort ? { sort } : {}) }),
      };
      const facetOnly: MultiSearchQuery[] = perFacet.map(({ key, filter }) => ({
        indexUid: options.indexUid,
        q,
        filter,
        facets: [facetAttributeOf[key]],
        matchingStrategy: 'all',
        hitsPerPage: 0,
        page: 1,
      }));
      try {
        const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, Hit>({
          queries: [mainSearch, ...facetOnly],
        });
        const [first, ...rest] = results;
        const total = first?.totalHits ?? 0;
        const facets = facetsFrom([
          {
            keys: searchFacetKeys.filter((key) => main.facets.includes(facetAttributeOf[key])),
            distribution: first?.facetDistribution,
          },
          ...rest.map((result, position) => ({
            keys: [perFacet[position]?.key as SearchFacetKey],
            distribution: result.facetDistribution,
          })),
        ]);
        const hits =
          coarseSort && query.near
            ? await coarselySortedPage(index, q, main.filter, query, audience, display)
            : ((first?.hits ?? []) as Hit[]);
        return { hits: hits.map((hit) => toHitRow(hit, query, words.length > 0)), total, facets };
      } catch (error) {
        throw searchEngineError(error);
      }
    },
  };
}

/**
 * One page in coarseDistanceOrder. The page ends at the n-th listing; no listing farther than that
 * one's exact distance plus the slack of rounding can sort before it, so only those are ranked;
 * then the page's documents are fetched with their snippets.
 */
async function coarselySortedPage(
  index: Index<ListingDocument>,
  q: string,
  filter: string[],
  query: SearchListingsQuery,
  audience: SearchAudience,
  display: Pick<
    SearchParams,
    'matchingStrategy' | 'attributesToCrop' | 'cropLength' | 'highlightPreTag' | 'highlightPostTag'
  >,
): Promise<Hit[]> {
  const near = query.near as { lat: number; lon: number };
  const geoSort = [`_geoPoint(${finiteNumber(near.lat, 'near.lat')}, ${finiteNumber(near.lon, 'near.lon')}):asc`];
  const pageEnd = query.page * query.pageSize;
  const placed: (keyof Hit)[] = ['id', 'anonymous', 'companyId', '_geo'];
  const last = await index.search<Hit>(q, {
    filter,
    sort: geoSort,
    offset: pageEnd - 1,
    limit: 1,
    matchingStrategy: 'all',
    attributesToRetrieve: placed,
  });
  const boundary = last.hits[0];
  const reach = boundary
    ? [
        ...filter,
        `_geoRadius(${near.lat}, ${near.lon}, ${finiteNumber(((boundary._geoDistance ?? 0) / 1000 + coarseSortSlackKm) * 1000, 'reach')})`,
      ]
    : filter;
  const candidates = await index.search<Hit>(q, {
    filter: reach,
    sort: geoSort,
    limit: listingIndexSettings.pagination?.maxTotalHits ?? 50_000,
    matchingStrategy: 'all',
    attributesToRetrieve: placed,
  });
  const pageIds = coarseDistanceOrder(candidates.hits, near, audience.exactDistances)
    .slice(pageEnd - query.pageSize, pageEnd)
    .map((hit) => hit.id);
  if (pageIds.length === 0) return [];
  const page = await index.search<Hit>(q, {
    ...display,
    filter: [...filter, `id IN [${pageIds.map(quoteFilterValue).join(', ')}]`],
    sort: geoSort,
    limit: pageIds.length,
  });
  const byId = new Map(page.hits.map((hit) => [hit.id, hit]));
  return pageIds.flatMap((id) => byId.get(id) ?? []);
}

/** Applies the index settings; Meilisearch only reindexes when they differ, so running it at every start is cheap. */
export async function applyListingIndexSettings(client: Meilisearch, indexUid: string): Promise<void> {
  await waitFor(client.index(indexUid).updateSettings(listingIndexSettings), 'updating the index settings');
}

export async function upsertDocuments(client: Meilisearch, indexUid: string, documents: ListingDocument[]) {
  if (documents.length === 0) return;
  await waitFor(client.index(indexUid).addDocuments(documents, { primaryKey: 'id' }), 'adding listings');
}

export async function deleteDocuments(client: Meilisearch, indexUid: string, ids: string[]) {
  if (ids.length === 0) return;
  await waitFor(client.index(indexUid).deleteDocuments(ids), 'removing listings');
}

/** Waits for a Meilisearch task and turns a failed one into an error, so a job retries instead of passing. */
export async function waitFor(enqueued: EnqueuedTaskPromise, what: string): Promise<void> {
  const task = await enqueued.waitTask({ timeout: 60_000, interval: 50 });
  if (task.status !== 'succeeded') {
    throw new Error(
      `Meilisearch ${what}: task ${task.uid} ${task.status}: ${task.error?.message ?? 'no reason given'}`,
    );
  }
}
