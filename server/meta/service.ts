import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client';
import type { ClientErrorReport } from '../../shared/meta/schemas';
import type { AppContext } from '../context';
import { consumeClientErrorReport } from '../limits/send-limits';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export type AppInfo = {
  version: string;
  database: { kind: 'embedded' | 'server'; serverVersion: string; migrationsApplied: number };
  searchEngine: 'postgres' | 'meilisearch';
};

/** What is running: asks the database itself, so the answer proves the whole path works. */
export async function getAppInfo({ ctx }: { ctx: AppContext }): Promise<AppInfo> {
  const [row] = rowsOf<{ server_version: string; migrations_applied: number }>(
    await ctx.db.execute(sql`
      select current_setting('server_version') as server_version,
             (select count(*)::int from drizzle.__drizzle_migrations) as migrations_applied`),
  );
  return {
    version: packageJson.version,
    database: {
      kind: ctx.databaseKind,
      serverVersion: row?.server_version ?? 'unknown',
      migrationsApplied: row?.migrations_applied ?? 0,
    },
    searchEngine: ctx.searchEngine,
  };
}

/** A page that crashed in someone's browser is logged here, so we hear about it without being told. */
export async function recordClientError({ ctx, input }: { ctx: AppContext; input: ClientErrorReport }): Promise<void> {
  // A script could otherwise fill the log through this open door.
  await consumeClientErrorReport(ctx);
  ctx.log.warn({ clientError: input }, 'a page failed to render in the browser');
}
