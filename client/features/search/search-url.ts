import { listingSides, listingTypes, priceModels } from '../../../shared/listings/schemas';
import { type SearchFacetKey, type SearchListingsInput, searchSorts } from '../../../shared/search/schemas';

/**
 * The whole search state lives in the URL, so a search can be shared, reloaded and undone with the
 * back button. A facet's values are repeated parameters (`mun=0180&mun=0181`), OR-ed.
 */
export const facetParams: Record<SearchFacetKey, string> = {
  side: 'side',
  type: 'type',
  category: 'cat',
  municipality: 'mun',
  priceModel: 'price',
  hazardous: 'haz',
};

type Sort = (typeof searchSorts)[number];
const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (values: string[]): T[] =>
    values.filter((value): value is T => (allowed as readonly string[]).includes(value));

export function queryFromParams(
  params: URLSearchParams,
  near: { lat: number; lon: number } | undefined,
): SearchListingsInput {
  const radius = Number(params.get('r'));
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    // Values a hand-edited URL got wrong are dropped here rather than answered with an error.
    side: oneOf(listingSides)(params.getAll(facetParams.side)),
    type: oneOf(listingTypes)(params.getAll(facetParams.type)),
    categories: params.getAll(facetParams.category),
    municipalities: params.getAll(facetParams.municipality),
    priceModel: oneOf(priceModels)(params.getAll(facetParams.priceModel)),
    hazardous: oneOf(['true', 'false'] as const)(params.getAll(facetParams.hazardous)).map((value) => value === 'true'),
    near: near ? { ...near, ...(radius > 0 ? { radiusKm: radius } : {}) } : undefined,
    sort:
      sort && (searchSorts as readonly string[]).includes(sort) && (sort !== 'distance' || near)
        ? (sort as Sort)
        : 'relevance',
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: 20,
  };
}

/** The chosen values of each facet, as the URL holds them. */
export function chosenInUrl(params: URLSearchParams): { facet: SearchFacetKey; value: string }[] {
  return (Object.keys(facetParams) as SearchFacetKey[]).flatMap((facet) =>
    [...new Set(params.getAll(facetParams[facet]))].map((value) => ({ facet, value })),
  );
}

/** Adds the value to the facet's values, or takes it out if it is there. */
export function toggleFacetValue(next: URLSearchParams, facet: SearchFacetKey, value: string): void {
  const key = facetParams[facet];
  const values = next.getAll(key);
  next.delete(key);
  for (const existing of values) if (existing !== value) next.append(key, existing);
  if (!values.includes(value)) next.append(key, value);
}

/** "Rensa alla": every facet and the radius go; the words, the place and the order stay. */
export function clearFilters(next: URLSearchParams): void {
  for (const key of Object.values(facetParams)) next.delete(key);
  next.delete('r');
}
