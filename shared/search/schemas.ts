import { z } from 'zod';
import { MunicipalityCodeSchema } from '../companies/schemas';
import { listingSides, listingTypes, priceModels } from '../listings/schemas';
import { frequencies } from '../listings/units';
import { categoryIdSchema } from '../taxonomy/taxonomy';
import { singleLineText } from '../text';

export const searchSorts = ['relevance', 'distance', 'newest', 'quantity'] as const;
export const maxPageSize = 50;

/** The search page's whole state; the same object is kept in the URL and saved for alerts. */
export const SearchListingsSchema = z
  .strictObject({
    q: singleLineText().trim().max(200, { message: 'validation.queryTooLong' }).default(''),
    side: z.enum(listingSides).optional(),
    type: z.enum(listingTypes).optional(),
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
    priceModel: z.enum(priceModels).optional(),
    hazardous: z.boolean().optional(),
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

/** What the search box has so far; the last word, if it is still being typed, gets completions. */
export const SearchSuggestSchema = z.strictObject({
  q: singleLineText().max(200, { message: 'validation.queryTooLong' }),
});
export const maxSuggestions = 8;
