import type { JobHandler } from '../jobs/worker';

/**
 * Applies a 'search.index-listing' job. The Postgres engine reads the listings table itself
 * (its tsvector columns are generated on write), so there is nothing to push; an engine outside
 * the database (Meilisearch) is updated from these jobs, which is why every listing write adds one.
 */
export function searchIndexHandler(engine: 'postgres' | 'meilisearch'): JobHandler {
  return async () => {
    if (engine === 'meilisearch') throw new Error('the Meilisearch engine is not built yet; the job waits for it');
  };
}
