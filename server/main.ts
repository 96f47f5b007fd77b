import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { ConfigError, loadConfig } from './env';
import { createRuntime, DatabaseUnreachableError } from './runtime';

/** Start-up problems a user can fix get one line and exit code 1, never a stack trace. */
function fail(message: string): never {
  console.error(`sidestream: ${message}`);
  process.exit(1);
}

function loadConfigOrFail() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

const config = loadConfigOrFail();

let lock: DataDirLock | undefined;
if (!config.DATABASE_URL) {
  try {
    lock = lockDataDir(config.DATA_DIR);
  } catch (error) {
    fail((error as Error).message);
  }
}

const runtime = createRuntime(config);
const app = await buildApp({ runtime });

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  // Stop accepting and finish in-flight requests, then close the database cleanly.
  await app.close();
  await runtime.stop();
  lock?.release();
});

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  lock?.release();
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    fail(`port ${config.PORT} is already in use; stop what runs there or set PORT to another port`);
  if (code === 'EACCES') fail(`no permission to listen on port ${config.PORT}; set PORT to 1024 or above`);
  throw error;
}

try {
  await runtime.start(app.log);
  app.log.info({ database: runtime.database().kind, url: config.publicUrl }, 'Sidestream is ready');
} catch (error) {
  const message =
    error instanceof DatabaseUnreachableError
      ? error.message
      : `could not open the database: ${(error as Error).message}`;
  app.log.error({ err: error }, 'start-up failed');
  await app.close();
  await runtime.stop().catch(() => {});
  lock?.release();
  fail(message);
}
