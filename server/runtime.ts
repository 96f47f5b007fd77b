import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, databaseUnavailableReason, openDatabase } from '../db/client';
import { seedDemoIfEmpty } from '../db/seed/seed';
import { startDigestScheduler } from './alerts/digests';
import { type Auth, createAuth } from './auth/auth';
import type { AppContext } from './context';
import { searchEngineFor, sessionUserFrom } from './context';
import type { Config } from './env';
import { ServiceUnavailableError } from './errors';
import { createLocalFileStore, type FileStore } from './files/file-store';
import { jobHandlers } from './jobs/handlers';
import { enqueueListingJobs } from './jobs/queue';
import { startWorker, type Worker } from './jobs/worker';
import { createMailer, type Mailer } from './mail/mailer';
import { applyListingIndexSettings, meilisearchClient, meilisearchOptions } from './search/meilisearch-engine';

type Logger = AppContext['log'];

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * The server's long-lived parts and their state. The HTTP server listens before the
 * database is up, so /readyz can say why it is not ready while we connect and migrate.
 */
export type Runtime = {
  config: Config;
  /** The open database; throws ServiceUnavailableError until start-up has finished. */
  database: () => DatabaseHandle;
  readiness: () => Promise<Readiness>;
  /** Connects (retrying a server for DATABASE_CONNECT_TIMEOUT_SECONDS) and applies migrations. */
  start: (log: Logger) => Promise<void>;
  stop: () => Promise<void>;
  /** better-auth, once the database is open. */
  auth: () => Auth;
  /** The context for one request: the session is read from its cookie headers. */
  contextFor: (request: { headers: Headers; log: Logger; clientIp?: string }) => Promise<AppContext>;
  /** Uploaded files (listing photos), in DATA_DIR/files, once started. */
  fileStore: () => FileStore;
};

/** `database` lets tests hand in a database they opened; otherwise start() opens the configured one. */
export function createRuntime(config: Config, options: { database?: DatabaseHandle } = {}): Runtime {
  let database: DatabaseHandle | undefined = options.database;
  let ready = false;
  let services: { auth: Auth; mailer: Mailer; fileStore: FileStore } | undefined;
  let worker: Worker | undefined;
  let scheduler: { stop: () => void } | undefined;
  let notReadyReason = 'starting: connecting to the database';

  const current = (): DatabaseHandle => {
    if (!database || !ready) throw new ServiceUnavailableError(notReadyReason);
    return database;
  };

  return {
    config,
    database: current,
    async readiness() {
      if (!database || !ready) return { ready: false, reason: notReadyReason };
      try {
        await database.checkReady();
        return { ready: true };
      } catch (error) {
        const unavailable = databaseUnavailableReason(error);
        if (unavailable) {
          return {
            ready: false,
            reason: unavailable.startsWith('database refuses connections')
              ? unavailable
              : `database unavailable: ${rootMessage(error)}`,
          };
        }
        return { ready: false, reason: `database not ready: ${rootMessage(error)}` };
      }
    },
    async start(log) {
      database ??= config.DATABASE_URL
        ? await connectWithRetry(config, log, (reason) => {
            notReadyReason = reason;
          })
        : await openDatabase({ kind: 'embedded', dataDir: path.join(config.DATA_DIR, 'pglite') });
      notReadyReason = 'starting: applying migrations';
      await database.migrate();
      await database.checkReady();
      // Only the embedded database this runtime opened from DATA_DIR: never a DATABASE_URL, never a test's database.
      if (!options.database && !config.DATABASE_URL && config.SEED_DEMO) {
        notReadyReason = 'starting: adding the demo data';
        try {
          const seeded = await seedDemoIfEmpty(database.db, { log: (line) => log.info(line) });
          // The seed writes listings in bulk, without jobs: the worker then computes their matches.
          if (seeded) await enqueueListingJobs(database.db, 'every-listing');
        } catch (error) {
          // The seed runs in one transaction, so nothing half-done is left; the next start tries again.
          log.error({ err: error }, 'could not add the demo data; starting without it');
        }
      }
      const mailer = createMailer({ db: database.db, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
      const filesDir = path.join(config.DATA_DIR, 'files');
      await mkdir(filesDir, { recursive: true });
      const fileStore = createLocalFileStore(filesDir);
      services = { mailer, auth: createAuth({ config, db: database.db, mailer }), fileStore };
      if (config.MEILI_URL) {
        // Not awaited: Meilisearch being down must not keep the site from starting. Searches then
        // answer that the engine is unavailable, and the index jobs wait and apply the settings first.
        const options = meilisearchOptions(config);
        applyListingIndexSettings(meilisearchClient(options), options.indexUid).catch((error: Error) =>
          log.warn({ err: error }, 'could not apply the Meilisearch index settings; the index jobs will retry'),
        );
      }
      // The job worker runs inside the server unless it runs on its own (`npm run worker`).
      if (config.WORKER_IN_PROCESS && !options.database) {
        worker = startWorker({
          db: database.db,
          handlers: jobHandlers(config, database.db, mailer),
          log,
        });
        scheduler = startDigestScheduler(database.db, log);
      }
      ready = true;
    },
    async stop() {
      ready = false;
      notReadyReason = 'shutting down';
      scheduler?.stop();
      await worker?.stop();
      worker = undefined;
      await services?.mailer.close();
      services = undefined;
      await database?.close();
      database = undefined;
    },
    auth: () => {
      current();
      return (services as { auth: Auth }).auth;
    },
    fileStore: () => {
      current();
      return (services as { fileStore: FileStore }).fileStore;
    },
    contextFor: async ({ headers, log: requestLog, clientIp }) => {
      const handle = current();
      const { auth, mailer } = services as { auth: Auth; mailer: Mailer };
      return {
        config,
        db: handle.db,
        databaseKind: handle.kind,
        searchEngine: searchEngineFor(config),
        auth,
        mailer,
        user: await sessionUserFrom(auth, headers),
        ...(clientIp ? { clientIp } : {}),
        log: requestLog,
      };
    },
  };
}

async function connectWithRetry(
  config: Config,
  log: Logger,
  setReason: (reason: string) => void,
): Promise<DatabaseHandle> {
  const url = config.DATABASE_URL as string;
  const deadline = Date.now() + config.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000;
  const handle = await openDatabase({ kind: 'server', url });
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      await handle.db.execute(sql`select 1`);
      return handle;
    } catch (error) {
      const reason = `database unreachable at ${describeUrl(url)}: ${rootMessage(error)}`;
      setReason(reason);
      if (Date.now() + delay > deadline) {
        await handle.close().catch(() => {});
        throw new DatabaseUnreachableError(
          `${reason} (gave up after ${config.DATABASE_CONNECT_TIMEOUT_SECONDS} s and ${attempt} attempts)`,
        );
      }
      log.warn({ attempt, retryInMs: delay }, reason);
      await sleep(delay);
      delay = Math.min(delay * 2, 4000);
    }
  }
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** host:port/database without credentials, for messages and logs. */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/** drizzle wraps driver errors in "Failed query: …"; the driver's own message says what is wrong. */
function rootMessage(error: unknown): string {
  let current = error as { message?: string; cause?: unknown; code?: string };
  while (current.cause && typeof current.cause === 'object') current = current.cause as typeof current;
  const message = current.message || current.code || String(current);
  return message.replace(/\s+/g, ' ').trim();
}
