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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { outcomeBases, transportModes } from '../../shared/impact/schemas';
import { user } from './auth';
import { companies } from './companies';
import { matches } from './matches';

/**
 * What a deal moved, one row per revision (a correction adds a revision; none is overwritten).
 * The computed figures are stored with the factor values, factor-set names and versions and the
 * formula they came from, so a reported figure can be explained after the factors change.
 * The companies, category and municipality are copied in so reports need no joins and say what
 * was true when the outcome was recorded.
 */
export const outcomeRevisions = pgTable(
  'outcome_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    matchId: uuid()
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    revision: integer().notNull(),
    quantity: doublePrecision().notNull(),
    unit: text().notNull(),
    basis: text({ enum: outcomeBases }).notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    valueSek: doublePrecision(),
    distanceKm: doublePrecision().notNull(),
    transportMode: text({ enum: transportModes }).notNull(),
    notes: text(),
    type: text({ enum: ['material', 'capacity'] }).notNull(),
    categoryId: text().notNull(),
    /** Where the material or capacity comes from: the offer's site. */
    municipalityCode: text().notNull(),
    needCompanyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    offerCompanyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    status: text({ enum: ['computed', 'no_factor', 'no_mass', 'capacity'] }).notNull(),
    tonnes: doublePrecision(),
    hours: doublePrecision(),
    hazardous: boolean().notNull(),
    avoidedKgCo2e: doublePrecision(),
    transportKgCo2e: doublePrecision(),
    netKgCo2e: doublePrecision(),
    factors: jsonb().$type<Record<string, unknown>>().notNull(),
    formula: text().notNull(),
    recordedByUserId: text().references(() => user.id, { onDelete: 'set null' }),
    /** The company a member recorded it for; null when IUC staff recorded it. */
    recordedForCompanyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex().on(table.matchId, table.revision),
    index().on(table.startDate),
    index().on(table.needCompanyId),
    index().on(table.offerCompanyId),
  ],
);
