import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { companies } from './companies';

/**
 * Who did what, for whom. A broker acting for a company is recorded with actingAs 'broker',
 * so the company can see which changes were made on its behalf.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: text().references(() => user.id, { onDelete: 'set null' }),
    companyId: uuid().references(() => companies.id, { onDelete: 'cascade' }),
    actingAs: text({ enum: ['member', 'broker', 'admin', 'system'] }).notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index().on(table.companyId, table.at), index().on(table.actorUserId)],
);
