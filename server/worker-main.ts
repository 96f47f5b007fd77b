import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { openDatabase } from '../db/client';
import { startDigestScheduler } from './alerts/digests';
import { ConfigError, loadConfig } from './env';
import { jobHandlers } from './jobs/handlers';
import { startWorker } from './jobs/worker';
import { createMailer } from './mail/mailer';

/**
 * The job worker as its own process, for scaling out beside stateless app servers
 * (set WORKER_IN_PROCESS=false on those). It needs a Postgres server: PGlite is one process.
 */
function fail(message: string): never {
  console.error(`sidestream worker: ${message}`);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
if (!config.DATABASE_URL) {
  fail('DATABASE_URL is not set; with the embedded database the worker runs inside the server (npm start)');
}

const log = pino({ level: config.LOG_LEVEL });
const database = await openDatabase({ kind: 'server', url: config.DATABASE_URL, maxConnections: 2 });
await database
  .checkReady()
  .catch((error: Error) => fail(`${error.message}; start the server or run npm run db:migrate first`));
const mailer = createMailer({ db: database.db, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
const worker = startWorker({
  db: database.db,
  handlers: jobHandlers(config, database.db, mailer),
  log,
});
const scheduler = startDigestScheduler(database.db, log);
log.info({ worker: worker.id }, 'job worker started');

closeWithGrace({ delay: 10_000 }, async () => {
  scheduler.stop();
  await worker.stop();
  await mailer.close();
  await database.close();
});
