import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth';

export const companies = pgTable('companies', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** Normalised NNNNNN-NNNN; one company per number. */
  orgNumber: text().notNull().unique(),
  /** SNI 2007 section letter (A–U) or two-digit division. */
  sniCode: text().notNull(),
  employeesBand: text({ enum: ['1-9', '10-49', '50-249', '250+'] }).notNull(),
  website: text(),
  description: text(),
  contactUserId: text().references(() => user.id, { onDelete: 'set null' }),
  contactPhone: text(),
  /** The company asked IUC for help: brokers may then create and edit its listings. */
  brokerAssistance: boolean().notNull().default(false),
  status: text({ enum: ['active', 'closed'] })
    .notNull()
    .default('active'),
  closedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const companySites = pgTable(
  'company_sites',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    streetAddress: text().notNull(),
    postalCode: text(),
    municipalityCode: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.companyId)],
);

export const companyMembers = pgTable(
  'company_members',
  {
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text({ enum: ['owner', 'admin', 'member'] }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.companyId, table.userId] }), index().on(table.userId)],
);

export const companyInvitations = pgTable(
  'company_invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    role: text({ enum: ['owner', 'admin', 'member'] }).notNull(),
    /** SHA-256 of the token in the emailed link; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    status: text({ enum: ['pending', 'accepted', 'revoked'] })
      .notNull()
      .default('pending'),
    invitedByUserId: text().references(() => user.id, { onDelete: 'set null' }),
    acceptedByUserId: text().references(() => user.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.companyId),
    // One open invitation per company and address; a new one replaces the old.
    uniqueIndex('company_invitations_pending_email')
      .on(table.companyId, table.email)
      .where(sql`${table.status} = 'pending'`),
  ],
);
