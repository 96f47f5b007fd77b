import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client';
import { defaultBrokerDigestScore } from '../../shared/alerts/schemas';
import { enqueueJob } from '../jobs/queue';
import { type AlertItem, digestEmail } from './emails';
import type { AlertDeps } from './evaluate';
import { unsubscribeLinks } from './unsubscribe';

export type DigestKind = 'daily' | 'weekly';
/** A digest period: local Stockholm dates, the first day and the number of days. */
export type DigestPeriod = { kind: DigestKind; key: string; firstDay: string; days: number };

/** Digests go out after this hour, Stockholm time, for the day (or the Monday-to-Sunday week) before. */
export const digestHour = 7;

function stockholmNow(now: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday: parts.weekday };
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The periods whose digests are due at `now`: yesterday after 07:00, last week on Mondays after 07:00. */
export function duePeriods(now: Date): DigestPeriod[] {
  const local = stockholmNow(now);
  if (local.hour < digestHour) return [];
  const yesterday = addDays(local.date, -1);
  const due: DigestPeriod[] = [{ kind: 'daily', key: `daily:${yesterday}`, firstDay: yesterday, days: 1 }];
  if (local.weekday === 'Mon') {
    const monday = addDays(local.date, -7);
    due.push({ kind: 'weekly', key: `weekly:${monday}`, firstDay: monday, days: 7 });
  }
  return due;
}

/**
 * Puts due digest periods on the job queue, each once however many servers and workers tick
 * (the scheduled_runs key and the job are written in one transaction).
 */
export async function scheduleDigests(db: AlertDeps['db'], now = new Date()): Promise<string[]> {
  const scheduled: string[] = [];
  for (const period of duePeriods(now)) {
    await db.transaction(async (tx) => {
      const inserted = rowsOf<{ key: string }>(
        await tx.execute(
          sql`insert into scheduled_runs (key) values (${period.key}) on conflict do nothing returning key`,
        ),
      );
      if (inserted.length > 0) {
        await enqueueJob(tx, 'alerts.digest', period);
        scheduled.push(period.key);
      }
    });
  }
  return scheduled;
}

/** The period's bounds as SQL timestamps: Stockholm midnight to midnight. */
const bounds = (period: DigestPeriod) => ({
  from: sql`(${period.firstDay}::date::timestamp at time zone 'Europe/Stockholm')`,
  to: sql`((${period.firstDay}::date + ${period.days}::int)::timestamp at time zone 'Europe/Stockholm')`,
});

type Pending = {
  notification_id: string;
  user_id: string;
  alert_id: string;
  alert_name: string;
  title: string;
  body: string;
  link: string;
};

/**
 * Builds one period's digests. Each recipient is handled in a transaction that claims
 * (user, period) in digest_sends and writes the email job, so a rerun — after a crash, or by a
 * second worker at the same time — skips everyone already done and never sends anyone two.
 * `afterRecipient` lets tests stop the run part-way, as a worker dying would.
 */
export async function runDigest(
  deps: AlertDeps,
  period: DigestPeriod,
  afterRecipient?: (userId: string) => Promise<void> | void,
): Promise<{ sent: number; skipped: number }> {
  const { from, to } = bounds(period);
  // Notifications of the period's alerts that no email has carried, about listings still open.
  const pending = rowsOf<Pending>(
    await deps.db.execute(sql`
      select n.id as notification_id, n.user_id, a.id as alert_id, a.name as alert_name, n.title, n.body, n.link
      from notifications n join alerts a on a.id = n.alert_id
      where a.frequency = ${period.kind} and a.email_unsubscribed_at is null and n.emailed_at is null
        and n.created_at >= ${from} and n.created_at < ${to}
        and (n.listing_id is null or exists (
              select 1 from listings l where l.id = n.listing_id and l.status = 'active' and l.expires_at > now()))
      order by n.user_id, a.name, n.created_at`),
  );
  const staffItems = period.kind === 'daily' ? await brokerDigestItems(deps, period) : new Map();
  const recipients = [...new Set([...pending.map((row) => row.user_id), ...staffItems.keys()])].sort();

  let sent = 0;
  let skipped = 0;
  for (const userId of recipients) {
    const mine = pending.filter((row) => row.user_id === userId);
    const groups = new Map<string, { alertName: string; items: AlertItem[] }>();
    for (const row of mine) {
      const group = groups.get(row.alert_id) ?? { alertName: row.alert_name, items: [] };
      group.items.push({ title: row.title, body: row.body, url: `${deps.config.publicUrl}${row.link}` });
      groups.set(row.alert_id, group);
    }
    const staff = staffItems.get(userId);
    if (staff) groups.set(staff.alertId, { alertName: staff.alertName, items: staff.items });

    const done = await deps.db.transaction(async (tx) => {
      const claimed = rowsOf<{ user_id: string }>(
        await tx.execute(sql`
          insert into digest_sends (user_id, period_key, items)
          values (${userId}, ${period.key}, ${[...groups.values()].reduce((total, group) => total + group.items.length, 0)})
          on conflict do nothing returning user_id`),
      );
      if (claimed.length === 0) return false;
      const [person] = rowsOf<{ email: string; language: string | null }>(
        await tx.execute(sql`select email, language from "user" where id = ${userId}`),
      );
      if (!person) return false;
      const alertIds = [...groups.keys()];
      await enqueueJob(
        tx,
        'mail.send',
        digestEmail({
          to: person.email,
          language: person.language === 'en' ? 'en' : 'sv',
          period: period.kind,
          groups: [...groups.entries()].map(([alertId, group]) => ({
            ...group,
            unsubscribePageUrl: unsubscribeLinks(deps.config, [alertId]).pageUrl,
          })),
          unsubscribe: unsubscribeLinks(deps.config, alertIds),
        }),
      );
      if (mine.length > 0) {
        await tx.execute(
          sql`update notifications set emailed_at = now() where id in (${sql.join(
            mine.map((row) => sql`${row.notification_id}::uuid`),
            sql`, `,
          )})`,
        );
      }
      return true;
    });
    if (done) sent++;
    else skipped++;
    await afterRecipient?.(userId);
  }
  return { sent, skipped };
}

/**
 * IUC staff's part of the daily digest: suggested matches of the day at or above the staff-wide
 * score, and conversations whose last word is a company's and that wait on staff (routed
 * inquiries, or ones the person takes part in). Every broker and admin has this alert unless
 * they turned it off or unsubscribed.
 */
async function brokerDigestItems(deps: AlertDeps, period: DigestPeriod) {
  await deps.db.execute(sql`
    insert into alerts (user_id, kind, name, frequency)
    select u.id, 'broker_digest', 'IUC', 'daily' from "user" u where u.platform_role in ('broker', 'admin')
    on conflict (user_id) where kind = 'broker_digest' do nothing`);
  const [setting] = rowsOf<{ value: unknown }>(
    await deps.db.execute(sql`select value from platform_settings where key = 'broker_digest_min_score'`),
  );
  const minScore = typeof setting?.value === 'number' ? setting.value : defaultBrokerDigestScore;
  const { from, to } = bounds(period);
  const staff = rowsOf<{ user_id: string; alert_id: string; alert_name: string; language: string | null }>(
    await deps.db.execute(sql`
      select a.user_id, a.id as alert_id, a.name as alert_name, u.language from alerts a join "user" u on u.id = a.user_id
      where a.kind = 'broker_digest' and a.frequency = 'daily' and a.email_unsubscribed_at is null
        and u.platform_role in ('broker', 'admin')`),
  );
  if (staff.length === 0) return new Map();
  const suggested = rowsOf<{ id: string; score: number; need_title: string; offer_title: string }>(
    await deps.db.execute(sql`
      select m.id, m.score, n.title as need_title, o.title as offer_title
      from matches m join listings n on n.id = m.need_listing_id join listings o on o.id = m.offer_listing_id
      where m.stage = 'suggested' and m.score >= ${minScore} and m.created_at >= ${from} and m.created_at < ${to}
        and n.status = 'active' and o.status = 'active'
      order by m.score desc limit 50`),
  );
  const waiting = rowsOf<{ id: string; subject: string; via_staff: boolean; staff_ids: string[] | string | null }>(
    await deps.db.execute(sql`
      select c.id, c.subject, c.via_staff,
             (select coalesce(jsonb_agg(p.staff_user_id), '[]'::jsonb) from conversation_parties p
              where p.conversation_id = c.id and p.staff_user_id is not null) as staff_ids
      from conversations c
      join lateral (select m.author_company_id from messages m where m.conversation_id = c.id
                    order by m.created_at desc limit 1) last on true
      where last.author_company_id is not null`),
  );
  const items = new Map<string, { alertId: string; alertName: string; items: AlertItem[] }>();
  for (const person of staff) {
    const en = person.language === 'en';
    const list: AlertItem[] = suggested.map((match) => ({
      title: en ? `Suggested match (${match.score})` : `Föreslagen matchning (${match.score})`,
      body: `${match.need_title} ↔ ${match.offer_title}`,
      url: `${deps.config.publicUrl}/broker/matches/${match.id}`,
    }));
    for (const conversation of waiting) {
      const ids = (
        typeof conversation.staff_ids === 'string' ? JSON.parse(conversation.staff_ids) : conversation.staff_ids
      ) as string[] | null;
      const mine = ids?.includes(person.user_id) ?? false;
      if (!mine && !(conversation.via_staff && (ids?.length ?? 0) === 0)) continue;
      list.push({
        title: en ? 'Waiting for your answer' : 'Väntar på ditt svar',
        body: conversation.subject,
        url: `${deps.config.publicUrl}/conversations/${conversation.id}`,
      });
    }
    if (list.length > 0)
      items.set(person.user_id, { alertId: person.alert_id, alertName: person.alert_name, items: list });
  }
  return items;
}

/**
 * Ticks every minute beside a worker and puts due digest periods on the queue. Several of these
 * may run (several servers or workers); scheduleDigests makes that harmless.
 */
export function startDigestScheduler(
  db: AlertDeps['db'],
  log: { error: (...args: unknown[]) => void },
  everyMs = 60_000,
): { stop: () => void } {
  const tick = () =>
    scheduleDigests(db).catch((error: unknown) => log.error({ err: error }, 'could not schedule the digests'));
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
