import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { introductionAnswers, matchStages, offRampReasons } from '../../shared/brokering/schemas';
import { user } from './auth';
import { companies } from './companies';
import { matches } from './matches';

/**
 * A match's history: every stage change, assignment, introduction and answer, with who and when.
 * Append-only; the match page reads it in order.
 */
export const matchEvents = pgTable(
  'match_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    matchId: uuid()
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    kind: text({
      enum: [
        'created',
        'stage',
        'assigned',
        'next_step',
        'introduced',
        'introduction_accepted',
        'introduction_declined',
        'revealed',
        'outcome_recorded',
      ],
    }).notNull(),
    fromStage: text({ enum: matchStages }),
    toStage: text({ enum: matchStages }),
    reason: text({ enum: offRampReasons }),
    detail: text(),
    actorUserId: text().references(() => user.id, { onDelete: 'set null' }),
    /** The company an answer came from; null for staff actions. */
    companyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.matchId, table.createdAt)],
);

/** Staff's internal notes on a match; never shown to a company and never part of a conversation. */
export const matchNotes = pgTable(
  'match_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    matchId: uuid()
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    authorUserId: text().references(() => user.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.matchId)],
);

/**
 * A broker's double opt-in introduction of a match's two companies. Names and contacts are shown
 * to each other only once both have accepted (revealedAt), and that is when their conversation opens.
 */
export const introductions = pgTable(
  'introductions',
  {
    id: uuid().primaryKey().defaultRandom(),
    matchId: uuid()
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    note: text().notNull(),
    introducedByUserId: text().references(() => user.id, { onDelete: 'set null' }),
    revealedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex().on(table.matchId)],
);

/** One company's answer to an introduction. A decline and its reason are for the broker only. */
export const introductionResponses = pgTable(
  'introduction_answers',
  {
    introductionId: uuid()
      .notNull()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    side: text({ enum: ['need', 'offer'] }).notNull(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    answer: text({ enum: introductionAnswers }).notNull(),
    reason: text(),
    userId: text().references(() => user.id, { onDelete: 'set null' }),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex().on(table.introductionId, table.side), index().on(table.companyId)],
);
