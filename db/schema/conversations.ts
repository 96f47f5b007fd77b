import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { companies } from './companies';
import { listings } from './listings';
import { matches } from './matches';

/**
 * A thread between companies (and IUC staff): an inquiry about a listing, or the talk that opens
 * when both sides of an introduction accept. `viaStaff` inquiries (to an anonymous listing) go to
 * IUC staff instead of the listing's company.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text({ enum: ['inquiry', 'match'] }).notNull(),
    subject: text().notNull(),
    listingId: uuid().references(() => listings.id, { onDelete: 'set null' }),
    matchId: uuid().references(() => matches.id, { onDelete: 'cascade' }),
    viaStaff: boolean().notNull().default(false),
    startedByUserId: text().references(() => user.id, { onDelete: 'set null' }),
    lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex().on(table.matchId).where(sql`${table.matchId} is not null`)],
);

/** Who takes part: a company (all its members) or one IUC staff member who joined. */
export const conversationParties = pgTable(
  'conversation_parties',
  {
    id: uuid().primaryKey().defaultRandom(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    companyId: uuid().references(() => companies.id, { onDelete: 'cascade' }),
    staffUserId: text().references(() => user.id, { onDelete: 'cascade' }),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex().on(table.conversationId, table.companyId).where(sql`${table.companyId} is not null`),
    uniqueIndex().on(table.conversationId, table.staffUserId).where(sql`${table.staffUserId} is not null`),
    index().on(table.companyId),
    index().on(table.staffUserId),
  ],
);

/** Plain text, stored as written and escaped when shown. authorCompanyId is null for staff. */
export const messages = pgTable(
  'messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    authorUserId: text().references(() => user.id, { onDelete: 'set null' }),
    authorCompanyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.conversationId, table.createdAt)],
);

/** How far each person has read a conversation: the unread counts. */
export const conversationReads = pgTable(
  'conversation_reads',
  {
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.conversationId, table.userId] })],
);

/**
 * What each person was last emailed about a conversation: the batching (at most one email per
 * conversation per 15 minutes) and no message emailed twice.
 */
export const conversationEmailMarks = pgTable(
  'conversation_email_marks',
  {
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    emailedThrough: timestamp({ withTimezone: true }).notNull(),
    emailedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.conversationId, table.userId] })],
);
