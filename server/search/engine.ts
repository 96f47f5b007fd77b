import type { SearchListingsQuery } from '../../shared/search/schemas';

/** A listing as an engine finds it; the service decides what of it the caller may see. */
export type SearchHitRow = {
  id: string;
  companyId: string;
  companyName: string;
  side: 'offer' | 'need';
  type: 'material' | 'capacity';
  categoryId: string;
  title: string;
  description: string;
  quantity: number;
  unit: string;
  frequency: string;
  annualQuantity: number;
  quantityDimension: string;
  priceModel: string;
  priceSek: number | null;
  hazardous: boolean;
  anonymous: boolean;
  visibility: 'public' | 'members';
  municipalityCode: string;
  publishedAt: Date | null;
  /** The exact distance from `near`; the service decides how precisely the caller is told it. */
  distanceKm: number | null;
  /** The description (or title) around the matched words; marks are \u0001 … \u0002. */
  snippet: string | null;
};

export type SearchFacets = {
  side: Record<string, number>;
  type: Record<string, number>;
  category: Record<string, number>;
  municipality: Record<string, number>;
  priceModel: Record<string, number>;
  hazardous: Record<string, number>;
};

export type EngineResult = { hits: SearchHitRow[]; total: number; facets: SearchFacets };

/**
 * Whose distances the caller may know exactly: IUC staff everyone's; a member those of listings
 * that name their company and of their own companies' listings; a visitor nobody's. The others
 * are filtered and sorted by their rounded distance (shared/search/shown-distance.ts).
 */
export type ExactDistances =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'named-and-own'; companyIds: readonly string[] };

export function knowsExactDistance(exact: ExactDistances, hit: { anonymous: boolean; companyId: string }): boolean {
  if (exact.kind === 'all') return true;
  if (exact.kind === 'none') return false;
  return !hit.anonymous || exact.companyIds.includes(hit.companyId);
}

/**
 * What the caller may see decides which listings exist for them at all. `onlyListingIds` narrows a
 * search to given listings: alerts ask whether a new listing is among a saved search's results.
 */
export type SearchAudience = {
  signedIn: boolean;
  exactDistances: ExactDistances;
  onlyListingIds?: readonly string[];
};

/** The SearchEngine port: the Postgres engine by default, Meilisearch when MEILI_URL is set. */
export type SearchEngine = {
  name: 'postgres' | 'meilisearch';
  search: (query: SearchListingsQuery, audience: SearchAudience) => Promise<EngineResult>;
};
