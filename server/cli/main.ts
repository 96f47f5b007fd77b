import path from 'node:path';
import { Command } from 'commander';
import { type DatabaseHandle, openDatabase } from '../../db/client';
import { lockDataDir } from '../data-dir-lock';
import { type Config, ConfigError, loadConfig } from '../env';

/** Operator commands: `npm run cli -- <command>`. Each opens the configured database like the server does. */
const program = new Command('sidestream').description('Sidestream operator commands');

async function withDatabase(work: (database: DatabaseHandle, config: Config) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const lock = config.DATABASE_URL ? undefined : lockDataDir(config.DATA_DIR);
  const database = config.DATABASE_URL
    ? await openDatabase({ kind: 'server', url: config.DATABASE_URL, maxConnections: 2 })
    : await openDatabase({ kind: 'embedded', dataDir: path.join(config.DATA_DIR, 'pglite') });
  try {
    await work(database, config);
  } finally {
    await database.close();
    lock?.release();
  }
}

program
  .command('db:migrate')
  .description('apply pending database migrations (the server also does this at start)')
  .action(() =>
    withDatabase(async (database) => {
      await database.migrate();
      await database.checkReady();
      console.log(`migrations applied to the ${database.kind} database`);
    }),
  );

try {
  await program.parseAsync();
} catch (error) {
  // Mistakes a user can fix get one line; anything else keeps its stack for the bug report.
  if (error instanceof ConfigError || (error as Error).name === 'DataDirLockedError') {
    console.error(`sidestream: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
