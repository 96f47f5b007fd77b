import { z } from 'zod';
import { MunicipalityCodeSchema } from '../companies/schemas';
import { listingSides, listingTypes, priceModels } from '../listings/schemas';
import { frequencies } from '../listings/units';
import { categoryIdSchema } from '../taxonomy/taxonomy';
import { singleLineText } from '../text';

export const searchSorts = ['relevance', 'distance', 'newest', 'quantity'] as const;
export const maxPageSize = 50;

/**
 * A facet's chosen values, OR-ed. A single value is still accepted: saved searches from before
 * facets combined hold `side: 'offer'`, and they must keep working.
 */
function facetValues<T extends z.ZodType<string | boolean>>(value: T, max: number) {
  return z
    .union([value, z.array(value).max(max)])
    .transform((chosen) => [...new Set(Array.isArray(chosen) ? chosen : [chosen])] as z.output<T>[])
    .default([]);
}

/** The search page's whole state; the same object is kept in the URL and saved for alerts. */
export const SearchListingsSchema = z
  .strictObject({
    q: singleLineText().trim().max(200, { message: 'validation.queryTooLong' }).default(''),
    side: facetValues(z.enum(listingSides), listingSides.length),
    type: facetValues(z.enum(listingTypes), listingTypes.length),
    categories: z.array(categoryIdSchema).max(20).default([]),
    municipalities: z.array(MunicipalityCodeSchema).max(40).default([]),
    near: z
      .strictObject({
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        radiusKm: z.number().positive().max(1000).optional(),
      })
      .optional(),
    minAnnualQuantity: z.number().nonnegative().optional(),
    maxAnnualQuantity: z.number().nonnegative().optional(),
    frequency: z.enum(frequencies).optional(),
    priceModel: facetValues(z.enum(priceModels), priceModels.length),
    hazardous: facetValues(z.boolean(), 2),
    sort: z.enum(searchSorts).default('relevance'),
    page: z.number().int().min(1).max(1000).default(1),
    pageSize: z.number().int().min(1).max(maxPageSize, { message: 'validation.pageSize' }).default(20),
  })
  .refine((input) => input.sort !== 'distance' || input.near !== undefined, {
    message: 'validation.distanceNeedsNear',
    path: ['sort'],
  });
export type SearchListingsInput = z.input<typeof SearchListingsSchema>;
export type SearchListingsQuery = z.output<typeof SearchListingsSchema>;

/**
 * The facets a search counts. Values of one facet are OR-ed, facets AND-ed, and each facet is
 * counted without its own filter (disjunctive faceting), so unchosen values keep their counts.
 */
export const searchFacetKeys = ['side', 'type', 'category', 'municipality', 'priceModel', 'hazardous'] as const;
export type SearchFacetKey = (typeof searchFacetKeys)[number];

/** What the query chose for each facet, as strings (hazardous as 'true' / 'false'). */
export function chosenFacetValues(query: SearchListingsQuery): Record<SearchFacetKey, string[]> {
  return {
    side: query.side,
    type: query.type,
    category: query.categories,
    municipality: query.municipalities,
    priceModel: query.priceModel,
    hazardous: query.hazardous.map(String),
  };
}

/** What the search box has so far; the last word, if it is still being typed, gets completions. */
export const SearchSuggestSchema = z.strictObject({
  q: singleLineText().max(200, { message: 'validation.queryTooLong' }),
});
export const maxSuggestions = 8;
