import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';

export type WindowRule = { window: number; max: number };

/**
 * A fixed-window counter in Postgres, so every app server shares it. One atomic upsert
 * counts the attempt and tells whether it is still within the limit. Inside a transaction the
 * count is rolled back with it, and the row lock makes concurrent callers of one key wait their turn.
 */
export async function consumeAccountRateLimit(
  db: Pick<Database, 'execute'>,
  key: string,
  rule: WindowRule,
): Promise<{ allowed: boolean; count: number; retryAfterSeconds: number }> {
  const [row] = rowsOf<{ count: number; seconds_left: number }>(
    await db.execute(sql`
      insert into account_rate_limit (key, count, window_started_at) values (${key}, 1, now())
      on conflict (key) do update set
        count = case when account_rate_limit.window_started_at < now() - make_interval(secs => ${rule.window})
                     then 1 else account_rate_limit.count + 1 end,
        window_started_at = case when account_rate_limit.window_started_at < now() - make_interval(secs => ${rule.window})
                     then now() else account_rate_limit.window_started_at end
      returning count,
        ceil(extract(epoch from (window_started_at + make_interval(secs => ${rule.window}) - now())))::int as seconds_left`),
  );
  const count = Number(row?.count ?? 1);
  return {
    allowed: count <= rule.max,
    count,
    retryAfterSeconds: Math.max(1, Number(row?.seconds_left ?? rule.window)),
  };
}

/**
 * Sign-in guessing limits (docs/decisions/008). The hard limit counts attempts per account *and*
 * address, so a stranger's wrong passwords never lock the owner out from their own address. The
 * account-wide ceiling, over every address, only slows each further attempt down: a botnet's
 * guesses cost it seconds each, the owner waits once and gets in.
 */
export const signInLimits = {
  perAccountAndAddress: { window: 900, max: 10 },
  perAccount: { window: 900, max: 50 },
  slowdownMs: 3000,
} as const;

export const signInKeys = {
  perAccountAndAddress: (email: string, ip: string) => `/sign-in/email|${normalisedEmail(email)}|${ip}`,
  perAccount: (email: string) => `/sign-in/email|${normalisedEmail(email)}`,
};

export function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Counts one sign-in attempt; refuses past the per-address limit, and waits past the account-wide ceiling. */
export async function checkSignInAttempt(
  db: Database,
  attempt: { email: string; ip: string },
  rules: typeof signInLimits = signInLimits,
): Promise<{ allowed: boolean; retryAfterSeconds: number; slowedDown: boolean }> {
  const fromAddress = await consumeAccountRateLimit(
    db,
    signInKeys.perAccountAndAddress(attempt.email, attempt.ip),
    rules.perAccountAndAddress,
  );
  if (!fromAddress.allowed)
    return { allowed: false, retryAfterSeconds: fromAddress.retryAfterSeconds, slowedDown: false };
  const overall = await consumeAccountRateLimit(db, signInKeys.perAccount(attempt.email), rules.perAccount);
  if (!overall.allowed) await sleep(rules.slowdownMs);
  return { allowed: true, retryAfterSeconds: 0, slowedDown: !overall.allowed };
}
