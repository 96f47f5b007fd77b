import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** What services use: the drizzle API common to PGlite and postgres.js. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'embedded' | 'server';

export type DatabaseHandle = {
  kind: DatabaseKind;
  db: Database;
  /** Applies pending migrations; safe to call from several processes at once on a server. */
  migrate: () => Promise<void>;
  /** Throws unless the database answers and every committed migration has been applied. */
  checkReady: () => Promise<void>;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'embedded'; dataDir?: string; loadDataDir?: Blob }
  | { kind: 'server'; url: string; maxConnections?: number };

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

const pgliteExtensions = { pg_trgm, unaccent, cube, earthdistance };

/** Opens PGlite (in memory when dataDir is absent) or a postgres.js pool. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.kind === 'embedded' ? openEmbedded(options) : openServer(options);
}

async function openEmbedded(options: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir, {
    extensions: pgliteExtensions,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' });
  return {
    kind: 'embedded',
    db: db as unknown as Database,
    migrate: () => migratePglite(db, { migrationsFolder }),
    checkReady: () => checkMigrationsApplied(db as unknown as Database),
    close: () => client.close(),
  };
}

async function openServer(options: { url: string; maxConnections?: number }): Promise<DatabaseHandle> {
  const client = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connect_timeout: 5,
    connection: { application_name: 'sidestream' },
  });
  const db = drizzlePostgres({ client, schema, casing: 'snake_case' });
  return {
    kind: 'server',
    db: db as unknown as Database,
    migrate: async () => {
      // A session-level advisory lock lets several app instances start at once: one migrates, the rest wait.
      const lockConnection = await client.reserve();
      try {
        await lockConnection`select pg_advisory_lock(hashtext('sidestream:migrations'))`;
        await migratePostgres(db, { migrationsFolder });
      } finally {
        await lockConnection`select pg_advisory_unlock(hashtext('sidestream:migrations'))`.catch(() => {});
        lockConnection.release();
      }
    },
    checkReady: () => checkMigrationsApplied(db as unknown as Database),
    close: () => client.end({ timeout: 5 }),
  };
}

type Journal = { entries: { tag: string; when: number }[] };

/** The migrations committed with this build, from drizzle-kit's journal. */
export function committedMigrations(): Journal['entries'] {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries;
}

export class MigrationsPendingError extends Error {
  override name = 'MigrationsPendingError';
}

async function checkMigrationsApplied(db: Database): Promise<void> {
  const expected = committedMigrations();
  const latest = expected.at(-1);
  if (!latest) return;
  const result = await db
    .execute(sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`)
    .catch(() => null);
  const appliedUpTo = Number(result ? (rowsOf<{ created_at: string | null }>(result)[0]?.created_at ?? 0) : 0);
  if (appliedUpTo < latest.when) {
    throw new MigrationsPendingError(`migrations pending: the database is not yet at ${latest.tag}`);
  }
}

/** Rows from db.execute, which postgres.js returns as an array and PGlite as { rows }. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
