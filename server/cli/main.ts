import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { eq } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '../../db/client';
import { user } from '../../db/schema/index';
import { DEMO_DEFAULT_LISTINGS, seedDemoRegion } from '../../db/seed/seed';
import { recordAudit } from '../audit/service';
import { lockDataDir } from '../data-dir-lock';
import { type Config, ConfigError, loadConfig } from '../env';
import { enqueueListingJobs } from '../jobs/queue';
import { recomputeAllMatches } from '../matching/compute';
import { reindexSearch } from '../search/reindex';

/** Operator commands: `npm run cli -- <command>`. Each opens the configured database like the server does. */
const program = new Command('sidestream').description('Sidestream operator commands');

async function withDatabase(work: (database: DatabaseHandle, config: Config) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const lock = config.DATABASE_URL ? undefined : lockDataDir(config.DATA_DIR);
  const database = config.DATABASE_URL
    ? // Operator commands (reindex, seed) may run statements longer than a request's deadline.
      await openDatabase({ kind: 'server', url: config.DATABASE_URL, maxConnections: 2, statementTimeoutMs: 0 })
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

program
  .command('db:seed')
  .description('migrate, then add the demo region: companies, people, listings and two IUC staff accounts')
  .option(
    '--listings <n>',
    'how many listings (companies grow with them above 300)',
    wholeNumber,
    DEMO_DEFAULT_LISTINGS,
  )
  .option('--seed <n>', 'the generator seed: the same seed gives the same region', wholeNumber, 1)
  .action(({ listings, seed }: { listings: number; seed: number }) =>
    withDatabase(async (database) => {
      await database.migrate();
      // seedDemoRegion prints the one-line summary (or that the demo was already there).
      const seeded = await seedDemoRegion(database.db, { listings, seed, log: (line) => console.log(line) });
      // Listings written in bulk get their jobs here: the worker computes matches (and a search index).
      if (seeded.listings > 0) await enqueueListingJobs(database.db, 'every-listing');
    }),
  );

program
  .command('search:reindex')
  .description(
    'rebuild the search index of the configured engine (Postgres, or Meilisearch with MEILI_URL) from the database',
  )
  .action(() =>
    withDatabase(async (database, config) => {
      await database.migrate();
      const bar = new SingleBar(
        {
          format: 'search:reindex [{bar}] {percentage}% | {value}/{total} listings | {eta_formatted} left',
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      const summary = await reindexSearch(database.db, config, {
        onStart: (total) => bar.start(total, 0),
        onProgress: (done) => bar.update(done),
      });
      bar.stop();
      console.log(
        `search:reindex: ${summary.engine} index rebuilt from ${summary.listings} listings in ${summary.seconds} s; ` +
          (summary.engine === 'postgres'
            ? `${summary.changed} had out-of-date category words`
            : `${summary.changed} searchable listings indexed`) +
          `; lexicon of ${summary.lexiconWords} words`,
      );
    }),
  );

program
  .command('matches:recompute')
  .description(
    'recompute the suggested matches of every active listing (matches someone acted on are kept as they are)',
  )
  .action(() =>
    withDatabase(async (database) => {
      await database.migrate();
      const bar = new SingleBar(
        {
          format: 'matches:recompute [{bar}] {percentage}% | {value}/{total} listings | {eta_formatted} left',
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      const summary = await recomputeAllMatches(database.db, {
        onStart: (total) => bar.start(total, 0),
        onProgress: (done) => bar.update(done),
      });
      bar.stop();
      console.log(
        `matches:recompute: ${summary.listings} active listings in ${summary.seconds} s; ` +
          `${summary.stored} suggestions stored, ${summary.removed} that no longer qualify removed`,
      );
    }),
  );

program
  .command('user:role')
  .description('give or take a platform role (IUC staff): broker or admin; "none" removes it')
  .requiredOption('--email <email>', 'the person, who must have signed up')
  .addOption(
    new Option('--role <role>', 'the platform role').choices(['broker', 'admin', 'none']).makeOptionMandatory(),
  )
  .action(({ email, role }: { email: string; role: 'broker' | 'admin' | 'none' }) =>
    withDatabase(async (database) => {
      await database.migrate();
      const platformRole = role === 'none' ? null : role;
      const updated = await database.db.transaction(async (tx) => {
        const [person] = await tx
          .update(user)
          .set({ platformRole, updatedAt: new Date() })
          .where(eq(user.email, email.trim().toLowerCase()))
          .returning({ id: user.id, name: user.name });
        if (person) {
          await recordAudit(tx, {
            actorUserId: null,
            companyId: null,
            actingAs: 'system',
            action: 'user.platform_role_set',
            entityType: 'user',
            entityId: person.id,
            details: { role: platformRole, via: 'cli' },
          });
        }
        return person;
      });
      if (!updated) throw new CliError(`no person with the email ${email} has signed up`);
      console.log(`${updated.name} <${email}> now has the platform role ${role}`);
    }),
  );

function wholeNumber(value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed)) throw new InvalidArgumentError('expected a whole number');
  return parsed;
}

class CliError extends Error {
  override name = 'CliError';
}

try {
  await program.parseAsync();
} catch (error) {
  // Mistakes a user can fix get one line; anything else keeps its stack for the bug report.
  if (error instanceof ConfigError || error instanceof CliError || (error as Error).name === 'DataDirLockedError') {
    console.error(`sidestream: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
