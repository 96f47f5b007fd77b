import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { alertFrequencies, alertKinds, notificationKinds } from '../../shared/alerts/schemas';
import { user } from './auth';
import { companies } from './companies';
import { listings } from './listings';

/**
 * Something a person wants to be told about: a saved search, new matches of a company's listings
 * above a score, or (IUC staff) the daily brokering digest. `frequency` decides when; an email
 * unsubscribe stops the emails of this alert only, the in-app notifications go on.
 */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text({ enum: alertKinds }).notNull(),
    name: text().notNull(),
    /** The saved search page state (SearchListingsSchema) for 'saved_search'. */
    query: jsonb().$type<Record<string, unknown>>(),
    companyId: uuid().references(() => companies.id, { onDelete: 'cascade' }),
    minScore: integer(),
    frequency: text({ enum: alertFrequencies }).notNull(),
    emailUnsubscribedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.userId),
    index().on(table.kind, table.frequency),
    // One match alert per person and company, one staff digest per person.
    uniqueIndex('alerts_company_matches_unique')
      .on(table.userId, table.companyId)
      .where(sql`${table.kind} = 'company_matches'`),
    uniqueIndex('alerts_broker_digest_unique').on(table.userId).where(sql`${table.kind} = 'broker_digest'`),
  ],
);

/**
 * The bell: one row per thing a person was told about. `dedupeKey` makes telling idempotent (a
 * listing edited twice, a job retried); `emailedAt` is set when an email carried it.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    alertId: uuid().references(() => alerts.id, { onDelete: 'set null' }),
    kind: text({ enum: notificationKinds }).notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** The facts an introduction notice is worded from (titles, a company revealed, an answer); null for alerts. */
    params: jsonb().$type<Record<string, string>>(),
    link: text().notNull(),
    /** The listing it is about (the other listing, for a match): nothing is emailed once it is closed. */
    listingId: uuid().references(() => listings.id, { onDelete: 'cascade' }),
    dedupeKey: text().notNull(),
    readAt: timestamp({ withTimezone: true }),
    emailedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex().on(table.userId, table.dedupeKey), index().on(table.userId, table.createdAt)],
);

/** A digest sent to one person for one period: the unique key is what makes digests exactly-once. */
export const digestSends = pgTable(
  'digest_sends',
  {
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    periodKey: text().notNull(),
    items: integer().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.periodKey] })],
);

/** Periodic work already put on the job queue (a digest period): however many schedulers tick, once. */
export const scheduledRuns = pgTable('scheduled_runs', {
  key: text().primaryKey(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Staff-wide settings an admin can change (the digest threshold). */
export const platformSettings = pgTable('platform_settings', {
  key: text().primaryKey(),
  value: jsonb().$type<unknown>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
