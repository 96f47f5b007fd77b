import type { Database } from '../../db/client';
import { auditEvents } from '../../db/schema/index';

export type AuditEvent = {
  actorUserId: string | null;
  companyId: string | null;
  actingAs: 'member' | 'broker' | 'admin' | 'system';
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

type Writer = Pick<Database, 'insert'>;

/** Written in the same transaction as the change it describes, so the log never misses one. */
export async function recordAudit(db: Writer, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: event.actorUserId,
    companyId: event.companyId,
    actingAs: event.actingAs,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    details: event.details ?? {},
  });
}
