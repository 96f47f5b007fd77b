import { sql } from 'drizzle-orm';
import {
  boolean,
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
    /** Optimistic concurrency: an edit must carry the version it was made from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.companyId, table.status),
    index().on(table.categoryId).where(sql`${table.status} = 'active'`),
    index().on(table.status, table.expiresAt),
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
