import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { companies, companySites } from './companies';

export type ListingSpec = { key: string; value: string };

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** One weighted document for the Postgres search engine: title A, category words B, description C,
 * each in Swedish and English stemming and as unstemmed, accent-folded words (see migration 0003). */
const searchVectorSql = sql.raw(
  ['title', 'category_terms', 'description']
    .map((column, index) => {
      const weight = ['A', 'B', 'C'][index];
      return `setweight(to_tsvector('swedish', ${column}), '${weight}') || setweight(to_tsvector('english', ${column}), '${weight}') || setweight(to_tsvector('simple', sidestream_unaccent(${column})), '${weight}')`;
    })
    .join(' || '),
);

export const listings = pgTable(
  'listings',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    siteId: uuid()
      .notNull()
      .references(() => companySites.id, { onDelete: 'restrict' }),
    /** The site's position, copied so distance filters use one index on this table; kept in step when a site moves. */
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    createdByUserId: text().references(() => user.id, { onDelete: 'set null' }),
    side: text({ enum: ['offer', 'need'] }).notNull(),
    type: text({ enum: ['material', 'capacity'] }).notNull(),
    categoryId: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    /** The language the listing is written in, for stemming in search. */
    language: text({ enum: ['sv', 'en'] })
      .notNull()
      .default('sv'),
    quantity: doublePrecision().notNull(),
    unit: text().notNull(),
    frequency: text({ enum: ['once', 'weekly', 'monthly', 'quarterly', 'yearly', 'continuous'] }).notNull(),
    /** quantity × occurrences per year, in the base unit of its dimension (kg, l, pcs, pallets, hours, kWh). */
    annualQuantity: doublePrecision().notNull(),
    quantityDimension: text().notNull(),
    availableFrom: date({ mode: 'string' }).notNull(),
    availableUntil: date({ mode: 'string' }),
    priceModel: text({ enum: ['free', 'negotiable', 'fixed', 'pays_for_removal'] }).notNull(),
    /** SEK per unit for 'fixed'; the amount paid for removal for 'pays_for_removal'. */
    priceSek: doublePrecision(),
    condition: text(),
    specs: jsonb().$type<ListingSpec[]>().notNull().default([]),
    ewcCode: text(),
    hazardous: boolean().notNull().default(false),
    /** Needs: whether hazardous material is acceptable. */
    acceptsHazardous: boolean().notNull().default(false),
    /** Needs: how far away an offer may be. */
    maxDistanceKm: integer(),
    visibility: text({ enum: ['public', 'members'] })
      .notNull()
      .default('public'),
    anonymous: boolean().notNull().default(false),
    status: text({ enum: ['draft', 'active', 'paused', 'closed', 'expired'] })
      .notNull()
      .default('draft'),
    closedReason: text({ enum: ['matched_sidestream', 'matched_elsewhere', 'withdrawn'] }),
    publishedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    /** Category names and trade words in both languages (shared/search/category-terms.ts). */
    categoryTerms: text().notNull().default(''),
    searchVector: tsvector().generatedAlwaysAs(searchVectorSql),
    /** Optimistic concurrency: an edit must carry the version it was made from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.companyId, table.status),
    index().on(table.categoryId).where(sql`${table.status} = 'active'`),
    index().on(table.status, table.expiresAt),
    index('listings_search_vector_idx').using('gin', table.searchVector).where(sql`${table.status} = 'active'`),
    index('listings_position_idx')
      .using('gist', sql`ll_to_earth(${table.lat}, ${table.lon})`)
      .where(sql`${table.status} = 'active'`),
  ],
);

export const listingPhotos = pgTable(
  'listing_photos',
  {
    id: uuid().primaryKey().defaultRandom(),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    /** FileStore keys of the resized images; the original upload is not kept (it may carry EXIF). */
    displayKey: text().notNull(),
    thumbnailKey: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    bytes: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.listingId, table.position)],
);

/**
 * Every word of every listing's title and category words, lower-case as written, kept by a trigger
 * on listings (migration 0005). A misspelt word is looked up here by trigram similarity — among a
 * few thousand words, not every listing — and the spellings found are searched with full text;
 * the same words complete the last word as the user types. Both lookups fold accents.
 */
export const searchLexicon = pgTable('search_lexicon', { word: text().primaryKey() }, (table) => [
  index('search_lexicon_word_trgm_idx').using('gin', sql`sidestream_unaccent(${table.word}) gin_trgm_ops`),
  index('search_lexicon_word_prefix_idx').using('btree', sql`sidestream_unaccent(${table.word}) text_pattern_ops`),
]);
