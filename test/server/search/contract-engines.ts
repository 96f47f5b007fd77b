import { randomBytes } from 'node:crypto';
import type { DatabaseHandle } from '../../../db/client';
import { startWorker } from '../../../server/jobs/worker';
import { searchIndexHandler } from '../../../server/search/index-jobs';
import { testDatabaseKind } from '../../helpers/database';
import { silentLog, testConfig } from '../../helpers/test-app';

/**
 * The engines the search contract runs against: the Postgres engine always (on PGlite, and on the
 * server in the server project); Meilisearch when MEILI_URL is set, on an index of its own that is
 * dropped afterwards (dropEngineIndex).
 */
export type EngineCase = { engine: 'postgres' | 'meilisearch'; env: Record<string, string> };

export function contractEngines(suite: string): EngineCase[] {
  const meiliUrl = process.env.MEILI_URL;
  const engines: EngineCase[] = [{ engine: 'postgres', env: {} }];
  if (meiliUrl && testDatabaseKind === 'pglite') {
    engines.push({
      engine: 'meilisearch',
      env: {
        MEILI_URL: meiliUrl,
        ...(process.env.MEILI_MASTER_KEY ? { MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY } : {}),
        MEILI_INDEX: `sidestream_test_${randomBytes(6).toString('hex')}`,
      },
    });
  }
  if (!meiliUrl && testDatabaseKind === 'pglite') {
    console.info(
      `[${suite}] Meilisearch engine skipped: MEILI_URL is not set (no Meilisearch server to test against).`,
    );
  }
  return engines;
}

/** Applies the index jobs the writes left, as the worker would; a no-op for the Postgres engine. */
export async function applyIndexJobs(database: DatabaseHandle, env: Record<string, string>) {
  const worker = startWorker({
    db: database.db,
    handlers: { 'search.index-listing': searchIndexHandler(testConfig(env), database.db) },
    log: silentLog,
    autoStart: false,
  });
  while ((await worker.runOnce()) > 0) {}
}

export async function dropEngineIndex({ engine, env }: EngineCase) {
  if (engine !== 'meilisearch' || !env.MEILI_URL) return;
  const { Meilisearch } = await import('meilisearch');
  await new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY })
    .deleteIndex(env.MEILI_INDEX as string)
    .waitTask();
}

// earthdistance's sphere: ll_to_earth uses earth() = 6,378,168 m.
const earthRadiusM = 6_378_168;
/** A latitude this many km north of `lat` along a meridian, on earthdistance's sphere. */
export const northOf = (lat: number, km: number) => lat + ((km * 1000) / earthRadiusM) * (180 / Math.PI);
