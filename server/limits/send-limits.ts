import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';
import { consumeAccountRateLimit, type WindowRule } from '../auth/rate-limits';
import type { AppContext, SessionUser } from '../context';
import { RateLimitedError } from '../errors';

/**
 * How much one person, one company and one address may send, in fixed windows (seconds). The
 * numbers are far above what a firm ever does in a day of real work, and low enough that a script
 * hits them within minutes (README, "Limits on what one account can send"). IUC staff are not held to
 * the per-person numbers: they post and write on behalf of many companies.
 */
export const sendLimits = {
  /** Messages in conversations (an inquiry's first message counts too). */
  message: { perPerson: { window: 3600, max: 200 }, perCompany: { window: 3600, max: 500 } },
  /** New inquiry conversations about other companies' listings. */
  inquiry: { perPerson: { window: 86_400, max: 50 }, perCompany: { window: 86_400, max: 100 } },
  /** Invitations, each an email to an address outside Sidestream's control. */
  invitation: { perPerson: { window: 86_400, max: 50 }, perCompany: { window: 86_400, max: 100 } },
  /** New listings (drafts too). */
  listing: { perPerson: { window: 86_400, max: 100 }, perCompany: { window: 86_400, max: 300 } },
} as const satisfies Record<string, { perPerson: WindowRule; perCompany: WindowRule }>;

export type SendAction = keyof typeof sendLimits;

/** Saved searches with immediate alerts are asked on every published listing, so their number is capped. */
export const immediateAlertQuota = { perPerson: 50, perCompany: 200 } as const;

/** Reports of pages that crashed in a browser, per client address. */
export const clientErrorReportLimit = { window: 3600, max: 60 } as const;

export const sendLimitKeys = {
  perPerson: (action: SendAction, userId: string) => `send:${action}|person:${userId}`,
  perCompany: (action: SendAction, companyId: string) => `send:${action}|company:${companyId}`,
  clientErrorReport: (ip: string) => `client-error|ip:${ip}`,
};

const isStaff = (user: SessionUser) => user.platformRole === 'broker' || user.platformRole === 'admin';

/**
 * Counts one send against the person's and the company's limits, or refuses it with 429. Call it
 * inside the transaction that writes what is sent: a refusal rolls everything back (nothing is
 * written, nothing counted), and concurrent sends of one person or company queue on the counter row.
 */
export async function consumeSendLimit(
  tx: Pick<Database, 'execute'>,
  action: SendAction,
  sender: { user: SessionUser; companyId: string | null },
): Promise<void> {
  const rules = sendLimits[action];
  if (!isStaff(sender.user)) {
    const person = await consumeAccountRateLimit(tx, sendLimitKeys.perPerson(action, sender.user.id), rules.perPerson);
    if (!person.allowed) throw limitReached(action, person.retryAfterSeconds);
  }
  if (sender.companyId) {
    const company = await consumeAccountRateLimit(
      tx,
      sendLimitKeys.perCompany(action, sender.companyId),
      rules.perCompany,
    );
    if (!company.allowed) throw limitReached(action, company.retryAfterSeconds);
  }
}

/**
 * Refuses a new immediate saved search past the quota, counting the person's own and those of
 * everyone in their companies. Call it inside the writing transaction; the advisory lock makes two
 * saves at once count one after the other.
 */
export async function checkImmediateAlertQuota(
  tx: Pick<Database, 'execute'>,
  user: SessionUser,
  exceptAlertId: string | null = null,
): Promise<void> {
  if (isStaff(user)) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('immediate-alerts'), hashtext(${user.id}))`);
  const [row] = rowsOf<{ own: number; company: number }>(
    await tx.execute(sql`
      select
        (select count(*)::int from alerts a
          where a.user_id = ${user.id} and a.kind = 'saved_search' and a.frequency = 'immediate'
            and a.id is distinct from ${exceptAlertId}) as own,
        coalesce((select max(n) from (
          select count(distinct a.id)::int as n
          from company_members mine
          join company_members colleague on colleague.company_id = mine.company_id
          join alerts a on a.user_id = colleague.user_id
          where mine.user_id = ${user.id} and a.kind = 'saved_search' and a.frequency = 'immediate'
            and a.id is distinct from ${exceptAlertId}
          group by mine.company_id) per_company), 0) as company`),
  );
  if (Number(row?.own ?? 0) >= immediateAlertQuota.perPerson) {
    throw new RateLimitedError('limits.immediateAlerts', {
      field: 'frequency',
      params: { max: String(immediateAlertQuota.perPerson) },
    });
  }
  if (Number(row?.company ?? 0) >= immediateAlertQuota.perCompany) {
    throw new RateLimitedError('limits.immediateAlertsCompany', {
      field: 'frequency',
      params: { max: String(immediateAlertQuota.perCompany) },
    });
  }
}

/** Counts one client-error report from the caller's address, or refuses it. */
export async function consumeClientErrorReport(ctx: Pick<AppContext, 'db' | 'clientIp'>): Promise<void> {
  const verdict = await consumeAccountRateLimit(
    ctx.db,
    sendLimitKeys.clientErrorReport(ctx.clientIp ?? 'unknown'),
    clientErrorReportLimit,
  );
  if (!verdict.allowed) throw limitReached('clientErrorReport', verdict.retryAfterSeconds);
}

function limitReached(action: SendAction | 'clientErrorReport', retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(`limits.${action}`, {
    params: { minutes: String(Math.max(1, Math.ceil(retryAfterSeconds / 60))) },
  });
}
