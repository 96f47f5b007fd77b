import {
  type EnqueuedTaskPromise,
  Meilisearch,
  MeilisearchApiError,
  type SearchParams,
  type Settings,
} from 'meilisearch';
import { queryTerms } from '../../shared/search/query-terms';
import type { SearchListingsQuery } from '../../shared/search/schemas';
import { synonymGroups } from '../../shared/search/synonyms';
import { descendantLeafIds } from '../../shared/taxonomy/taxonomy';
import type { Config } from '../env';
import { ServiceUnavailableError } from '../errors';
import type { EngineResult, SearchAudience, SearchEngine, SearchFacets, SearchHitRow } from './engine';
import type { ListingDocument } from './listing-documents';

/** The mean Earth radius Meilisearch's _geoRadius and _geoDistance use. */
const earthRadiusM = 6_371_000;

/** Every listing field the engine filters, sorts or counts on; nothing else is filterable. */
const filterableAttributes = [
  'id',
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

/**
 * The filter expression for a validated query. Strings only ever enter quoted (quoteFilterValue)
 * and numbers only as finite numbers; the operators and attribute names are ours.
 */
export function meiliFilter(query: SearchListingsQuery, audience: SearchAudience, now: Date): string[] {
  const filters = [
    // The same rule as the listing page: only active, unexpired listings of active companies.
    `status = ${quoteFilterValue('active')}`,
    `companyStatus = ${quoteFilterValue('active')}`,
    `expiresAt > ${finiteNumber(Math.floor(now.getTime() / 1000), 'now')}`,
  ];
  if (!audience.signedIn) filters.push(`visibility = ${quoteFilterValue('public')}`);
  if (audience.onlyListingIds) filters.push(`id IN [${audience.onlyListingIds.map(quoteFilterValue).join(', ')}]`);
  if (query.side) filters.push(`side = ${quoteFilterValue(query.side)}`);
  if (query.type) filters.push(`type = ${quoteFilterValue(query.type)}`);
  if (query.categories.length > 0) {
    const leaves = [...new Set(query.categories.flatMap((id) => descendantLeafIds(id)))];
    // An unknown id has no leaves; it must still filter (to nothing), not vanish from the filter.
    const values = leaves.length > 0 ? leaves : query.categories;
    filters.push(`categoryId IN [${values.map(quoteFilterValue).join(', ')}]`);
  }
  if (query.municipalities.length > 0) {
    filters.push(`municipalityCode IN [${query.municipalities.map(quoteFilterValue).join(', ')}]`);
  }
  if (query.near?.radiusKm !== undefined) {
    const { lat, lon, radiusKm } = query.near;
    filters.push(
      `_geoRadius(${finiteNumber(lat, 'near.lat')}, ${finiteNumber(lon, 'near.lon')}, ${finiteNumber(radiusKm * 1000, 'near.radiusKm')})`,
    );
  }
  if (query.minAnnualQuantity !== undefined) {
    filters.push(`annualQuantity >= ${finiteNumber(query.minAnnualQuantity, 'minAnnualQuantity')}`);
  }
  if (query.maxAnnualQuantity !== undefined) {
    filters.push(`annualQuantity <= ${finiteNumber(query.maxAnnualQuantity, 'maxAnnualQuantity')}`);
  }
  if (query.frequency) filters.push(`frequency = ${quoteFilterValue(query.frequency)}`);
  if (query.priceModel) filters.push(`priceModel = ${quoteFilterValue(query.priceModel)}`);
  if (query.hazardous !== undefined) filters.push(`hazardous = ${query.hazardous ? 'true' : 'false'}`);
  return filters;
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

function facetsFrom(distribution: Record<string, Record<string, number>> | undefined): SearchFacets {
  const facets: SearchFacets = { side: {}, type: {}, category: {}, municipality: {}, priceModel: {}, hazardous: {} };
  const target: Record<(typeof facetAttributes)[number], keyof SearchFacets> = {
    side: 'side',
    type: 'type',
    topCategory: 'category',
    municipalityCode: 'municipality',
    priceModel: 'priceModel',
    hazardous: 'hazardous',
  };
  for (const attribute of facetAttributes) {
    for (const [value, count] of Object.entries(distribution?.[attribute] ?? {})) {
      if (count > 0) facets[target[attribute]][value] = count;
    }
  }
  return facets;
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
  const index = meilisearchClient(options).index<ListingDocument>(options.indexUid);
  return {
    name: 'meilisearch',
    async search(query, audience): Promise<EngineResult> {
      // The same words the Postgres engine searches: letters and digits, nothing else.
      const words = queryTerms(query.q).map((term) => term.word);
      const params: SearchParams & { hitsPerPage: number; page: number } = {
        filter: meiliFilter(query, audience, new Date()),
        facets: [...facetAttributes],
        hitsPerPage: query.pageSize,
        page: query.page,
        matchingStrategy: 'all',
        attributesToCrop: ['description', 'title'],
        cropLength: 24,
        highlightPreTag: '\u0001',
        highlightPostTag: '\u0002',
      };
      const sort = meiliSort(query);
      if (sort) params.sort = sort;
      let response: Awaited<ReturnType<typeof index.search<Hit, typeof params>>>;
      try {
        response = await index.search<Hit, typeof params>(words.join(' '), params);
      } catch (error) {
        throw searchEngineError(error);
      }
      return {
        hits: response.hits.map((hit) => toHitRow(hit, query, words.length > 0)),
        total: response.totalHits,
        // Categories are counted per top-level group (the document's topCategory), as the Postgres engine does.
        facets: facetsFrom(response.facetDistribution),
      };
    },
  };
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
