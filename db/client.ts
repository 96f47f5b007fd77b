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
  | { kind: 'server'; url: string; maxConnections?: number; statementTimeoutMs?: number };

/**
 * Every statement on a server pool ends within this (Postgres cancels it), so a request never
 * waits on the database longer than its own deadline; 0 turns it off (long operator commands).
 */
export const defaultStatementTimeoutMs = 10_000;
/**
 * A transaction that has not got a connection by then gives up. postgres.js can leave a `begin`
 * waiting forever after its connections were killed while new ones are refused (seen with
 * ALLOW_CONNECTIONS false); its body then never runs, even when the database comes back.
 */
export const transactionStartDeadlineMs = 8_000;

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

async function openServer(options: {
  url: string;
  maxConnections?: number;
  statementTimeoutMs?: number;
}): Promise<DatabaseHandle> {
  const statementTimeoutMs = options.statementTimeoutMs ?? defaultStatementTimeoutMs;
  const client = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connect_timeout: 5,
    connection: {
      application_name: 'sidestream',
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    },
  });
  withTransactionStartDeadline(client);
  const db = drizzlePostgres({ client, schema, casing: 'snake_case' });
  return {
    kind: 'server',
    db: db as unknown as Database,
    migrate: async () => {
      // Migrations run on a connection of their own without the statement timeout: building an
      // index over many listings may take longer than any request should. A session-level advisory
      // lock lets several app instances start at once: one migrates, the rest wait.
      const migrationClient = postgres(options.url, {
        max: 1,
        onnotice: () => {},
        connect_timeout: 5,
        connection: { application_name: 'sidestream-migrate' },
      });
      try {
        await migrationClient`select pg_advisory_lock(hashtext('sidestream:migrations'))`;
        await migratePostgres(drizzlePostgres({ client: migrationClient, schema, casing: 'snake_case' }), {
          migrationsFolder,
        });
      } finally {
        await migrationClient`select pg_advisory_unlock(hashtext('sidestream:migrations'))`.catch(() => {});
        await migrationClient.end({ timeout: 5 });
      }
    },
    checkReady: () => checkMigrationsApplied(db as unknown as Database),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Thrown when the database cannot be reached in time; requests answer it with 503 "try again". */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * Wraps postgres.js `begin` so a transaction that gets no connection within the deadline fails
 * with DatabaseUnavailableError, and its body, should the connection come later, never runs.
 */
function withTransactionStartDeadline(client: postgres.Sql): void {
  const begin = client.begin.bind(client) as (options: string, body: (tx: unknown) => unknown) => Promise<unknown>;
  const wrapped = (...args: unknown[]): Promise<unknown> => {
    const body = args.at(-1) as (tx: unknown) => unknown;
    const options = args.length > 1 ? (args[0] as string) : '';
    let started = false;
    let abandoned = false;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (started) return;
        abandoned = true;
        reject(new DatabaseUnavailableError('the database gave no connection in time'));
      }, transactionStartDeadlineMs);
      begin(options, (tx) => {
        if (abandoned) throw new DatabaseUnavailableError('transaction abandoned after its deadline');
        started = true;
        clearTimeout(timer);
        return body(tx);
      }).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  };
  (client as unknown as { begin: typeof wrapped }).begin = wrapped;
}

/** SQLSTATEs and driver codes that mean "the database is not there right now", not "this request is wrong". */
const unavailableCodes = new Set([
  '57P01', // admin_shutdown (our backend was terminated)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  '57014', // query_canceled: the statement timeout ran out
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/** Why the database is unavailable, in a few words, or null when the error is something else. */
export function databaseUnavailableReason(error: unknown): string | null {
  for (let current = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined; current; ) {
    if (current instanceof DatabaseUnavailableError) return current.message;
    const code = typeof current.code === 'string' ? current.code : '';
    const message = typeof current.message === 'string' ? current.message : '';
    if (code.startsWith('08') || unavailableCodes.has(code)) return message || code;
    // 55000 is a broad class; only this message means ALLOW_CONNECTIONS false.
    if (code === '55000' && message.includes('not currently accepting connections')) {
      return `database refuses connections: ${message}`;
    }
    current = current.cause as typeof current;
  }
  return null;
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
    .catch((error: unknown) => {
      // No migrations table yet means nothing is applied; any other failure is the real reason.
      if (sqlStateOf(error) === '42P01' || sqlStateOf(error) === '3F000') return null;
      throw error;
    });
  const appliedUpTo = Number(result ? (rowsOf<{ created_at: string | null }>(result)[0]?.created_at ?? 0) : 0);
  if (appliedUpTo < latest.when) {
    throw new MigrationsPendingError(`migrations pending: the database is not yet at ${latest.tag}`);
  }
}

function sqlStateOf(error: unknown): string | undefined {
  for (let current = error as { code?: unknown; cause?: unknown } | undefined; current; ) {
    if (typeof current.code === 'string') return current.code;
    current = current.cause as typeof current;
  }
  return undefined;
}

/** Rows from db.execute, which postgres.js returns as an array and PGlite as { rows }. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
