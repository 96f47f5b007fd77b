import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';

/**
 * A fixed-window counter in Postgres, so every app server shares it. One atomic upsert
 * counts the attempt and tells whether it is still within the limit.
 */
export async function consumeAccountRateLimit(
  db: Database,
  key: string,
  rule: { window: number; max: number },
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
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
  return { allowed: count <= rule.max, retryAfterSeconds: Math.max(1, Number(row?.seconds_left ?? rule.window)) };
}
