import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf } from '../../db/client';
import { alerts, notifications, platformSettings } from '../../db/schema/index';
import {
  type AlertRefSchema,
  type BrokerDigestScoreSchema,
  type CompanyAlertSchema,
  defaultBrokerDigestScore,
  defaultMatchAlertScore,
  type NotificationsReadSchema,
  type SaveSearchSchema,
  type UpdateAlertSchema,
} from '../../shared/alerts/schemas';
import { SearchListingsSchema } from '../../shared/search/schemas';
import type { AppContext, SessionUser } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { checkImmediateAlertQuota } from '../limits/send-limits';
import type { CompanyRole } from '../trpc';

type SignedIn = AppContext & { user: SessionUser };
type MemberContext = SignedIn & { company: { id: string; role: CompanyRole } };

/** Saves the search page's state (without its page number) under a name, with a frequency. */
export async function saveSearch({ ctx, input }: { ctx: SignedIn; input: z.output<typeof SaveSearchSchema> }) {
  const parsed = SearchListingsSchema.safeParse({ ...input.query, page: 1 });
  if (!parsed.success) throw new ValidationError('validation.savedSearchQuery', { field: 'query' });
  const { page: _page, pageSize: _pageSize, ...query } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    if (input.frequency === 'immediate') await checkImmediateAlertQuota(tx, ctx.user);
    const [created] = await tx
      .insert(alerts)
      .values({ userId: ctx.user.id, kind: 'saved_search', name: input.name, query, frequency: input.frequency })
      .returning();
    return created as typeof alerts.$inferSelect;
  });
}

/**
 * The person's alerts: saved searches, one match alert per company they belong to (shown with
 * the defaults until they change it) and, for IUC staff, the daily digest.
 */
export async function listAlerts({ ctx }: { ctx: SignedIn }) {
  const own = await ctx.db.select().from(alerts).where(eq(alerts.userId, ctx.user.id)).orderBy(alerts.createdAt);
  const companies = rowsOf<{ id: string; name: string }>(
    await ctx.db.execute(sql`
      select c.id, c.name from company_members cm join companies c on c.id = cm.company_id
      where cm.user_id = ${ctx.user.id} and c.status = 'active' order by c.name`),
  );
  const staff = ctx.user.platformRole === 'broker' || ctx.user.platformRole === 'admin';
  return {
    savedSearches: own.filter((alert) => alert.kind === 'saved_search'),
    companyMatches: companies.map((company) => {
      const alert = own.find((candidate) => candidate.kind === 'company_matches' && candidate.companyId === company.id);
      return {
        companyId: company.id,
        companyName: company.name,
        alertId: alert?.id ?? null,
        frequency: alert?.frequency ?? 'daily',
        minScore: alert?.minScore ?? defaultMatchAlertScore,
        emailUnsubscribedAt: alert?.emailUnsubscribedAt ?? null,
      };
    }),
    brokerDigest: staff
      ? {
          alert: own.find((alert) => alert.kind === 'broker_digest') ?? null,
          minScore: await brokerDigestScore(ctx),
        }
      : null,
  };
}

async function ownAlert(ctx: SignedIn, alertId: string) {
  const [alert] = await ctx.db
    .select()
    .from(alerts)
    .where(and(eq(alerts.id, alertId), eq(alerts.userId, ctx.user.id)));
  // Not found rather than forbidden: someone else's alert ids reveal nothing.
  if (!alert) throw new NotFoundError('alerts.unknown', { field: 'alertId' });
  return alert;
}

export async function updateAlert({ ctx, input }: { ctx: SignedIn; input: z.output<typeof UpdateAlertSchema> }) {
  const alert = await ownAlert(ctx, input.alertId);
  if (input.frequency === 'immediate' && alert.kind === 'broker_digest') {
    throw new ValidationError('alerts.digestOnly', { field: 'frequency' });
  }
  return ctx.db.transaction(async (tx) => {
    if (input.frequency === 'immediate' && alert.kind === 'saved_search' && alert.frequency !== 'immediate') {
      await checkImmediateAlertQuota(tx, ctx.user, alert.id);
    }
    const [updated] = await tx
      .update(alerts)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.frequency !== undefined ? { frequency: input.frequency } : {}),
        ...(input.minScore !== undefined && alert.kind === 'company_matches' ? { minScore: input.minScore } : {}),
        ...(input.resumeEmail ? { emailUnsubscribedAt: null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(alerts.id, alert.id))
      .returning();
    return updated as typeof alerts.$inferSelect;
  });
}

/** Only saved searches are deleted; the other alerts are turned off instead. */
export async function deleteAlert({ ctx, input }: { ctx: SignedIn; input: z.output<typeof AlertRefSchema> }) {
  const alert = await ownAlert(ctx, input.alertId);
  if (alert.kind !== 'saved_search') throw new ValidationError('alerts.turnOffInstead', { field: 'alertId' });
  await ctx.db.delete(alerts).where(eq(alerts.id, alert.id));
  return { alertId: alert.id };
}

/** The member's own alert for new matches of their company's listings. */
export async function setCompanyAlert({
  ctx,
  input,
}: {
  ctx: MemberContext;
  input: z.output<typeof CompanyAlertSchema>;
}) {
  const rows = rowsOf<{ id: string }>(
    await ctx.db.execute(sql`
      insert into alerts (user_id, kind, name, company_id, min_score, frequency)
      select ${ctx.user.id}, 'company_matches', c.name, c.id, ${input.minScore}, ${input.frequency}
      from companies c where c.id = ${ctx.company.id}
      on conflict (user_id, company_id) where kind = 'company_matches'
      do update set min_score = excluded.min_score, frequency = excluded.frequency, updated_at = now()
      returning id`),
  );
  return { alertId: rows[0]?.id as string };
}

async function brokerDigestScore(ctx: AppContext) {
  const [row] = await ctx.db.select().from(platformSettings).where(eq(platformSettings.key, 'broker_digest_min_score'));
  return typeof row?.value === 'number' ? row.value : defaultBrokerDigestScore;
}

export async function setBrokerDigestScore({
  ctx,
  input,
}: {
  ctx: SignedIn;
  input: z.output<typeof BrokerDigestScoreSchema>;
}) {
  await ctx.db
    .insert(platformSettings)
    .values({ key: 'broker_digest_min_score', value: input.minScore })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: input.minScore, updatedAt: new Date() } });
  return { minScore: input.minScore };
}

export async function listNotifications({ ctx }: { ctx: SignedIn }) {
  return ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      params: notifications.params,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, ctx.user.id))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
}

export async function countUnreadNotifications({ ctx }: { ctx: SignedIn }) {
  const [row] = rowsOf<{ unread: number }>(
    await ctx.db.execute(
      sql`select count(*)::int as unread from notifications where user_id = ${ctx.user.id} and read_at is null`,
    ),
  );
  return { unread: Number(row?.unread ?? 0) };
}

export async function markNotificationsRead({
  ctx,
  input,
}: {
  ctx: SignedIn;
  input: z.output<typeof NotificationsReadSchema>;
}) {
  const conditions = [eq(notifications.userId, ctx.user.id), isNull(notifications.readAt)];
  if (input.notificationIds) conditions.push(inArray(notifications.id, input.notificationIds));
  const marked = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return { read: marked.length };
}
