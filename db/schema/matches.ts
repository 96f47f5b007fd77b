import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { matchStages, offRampReasons } from '../../shared/brokering/schemas';
import type { MatchFactor } from '../../shared/matching/score';
import { user } from './auth';
import { companies } from './companies';
import { listings } from './listings';

/**
 * A need and an offer that could become a deal. The matcher writes 'suggested' rows with their
 * score, factors and the listing versions they were computed from; once a person acts on a match
 * (any other status) the matcher never changes or removes it.
 */
export const matches = pgTable(
  'matches',
  {
    id: uuid().primaryKey().defaultRandom(),
    needListingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    offerListingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    score: integer().notNull(),
    factors: jsonb().$type<MatchFactor[]>().notNull(),
    /** Where the match is on its way to a deal (see shared/brokering). */
    stage: text({ enum: matchStages }).notNull().default('suggested'),
    /** Set when a person first acts on the match (a reaction, a move, a note): the matcher leaves it alone from then on. */
    keptAt: timestamp({ withTimezone: true }),
    /** 'engine' for the matcher's suggestions, 'broker' for a match made by hand. */
    origin: text({ enum: ['engine', 'broker'] })
      .notNull()
      .default('engine'),
    createdByUserId: text().references(() => user.id, { onDelete: 'set null' }),
    assigneeId: text().references(() => user.id, { onDelete: 'set null' }),
    nextStep: text(),
    nextStepDue: date({ mode: 'string' }),
    stageReason: text({ enum: offRampReasons }),
    stageNote: text(),
    stageChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    needVersion: integer().notNull(),
    offerVersion: integer().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex().on(table.needListingId, table.offerListingId),
    index().on(table.offerListingId),
    index().on(table.stage, table.score).where(sql`${table.stage} <> 'suggested' or ${table.keptAt} is not null`),
    index().on(table.assigneeId).where(sql`${table.assigneeId} is not null`),
  ],
);

/** Every reaction a member gives a suggestion: the ground truth for judging and improving the matching. */
export const matchReactions = pgTable(
  'match_reactions',
  {
    id: uuid().primaryKey().defaultRandom(),
    matchId: uuid()
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: text().references(() => user.id, { onDelete: 'set null' }),
    reaction: text({ enum: ['interesting', 'not_relevant'] }).notNull(),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.matchId)],
);

/** When a company last opened a match: what makes the inbox's unread markers. */
export const matchReads = pgTable(
  'match_reads',
  {
    matchId: uuid()
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex().on(table.matchId, table.companyId)],
);
