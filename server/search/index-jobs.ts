import type { Database } from '../../db/client';
import type { Config } from '../env';
import type { JobHandler } from '../jobs/worker';
import { isSearchable, listingDocuments } from './listing-documents';
import {
  applyListingIndexSettings,
  deleteDocuments,
  meilisearchClient,
  meilisearchOptions,
  upsertDocuments,
} from './meilisearch-engine';

/**
 * Applies a 'search.index-listing' job. The Postgres engine reads the listings table itself
 * (its tsvector columns are generated on write), so there is nothing to push; Meilisearch is
 * updated from these jobs, which is why every write that changes what search shows adds one.
 * The job reads the listing as it is now, so jobs applied late or twice still leave the index right.
 */
export function searchIndexHandler(
  config: Pick<Config, 'MEILI_URL' | 'MEILI_MASTER_KEY' | 'MEILI_INDEX'>,
  db: Database,
): JobHandler {
  if (!config.MEILI_URL) return async () => {};
  const options = meilisearchOptions(config);
  const client = meilisearchClient(options);
  // Settings go first, so an index the first job creates is never left without its filterable fields.
  let settingsApplied = false;
  return async (job) => {
    if (!settingsApplied) {
      await applyListingIndexSettings(client, options.indexUid);
      settingsApplied = true;
    }
    const listingId = String(job.payload.listingId);
    const [document] = await listingDocuments(db, [listingId]);
    if (document && isSearchable(document)) await upsertDocuments(client, options.indexUid, [document]);
    else await deleteDocuments(client, options.indexUid, [listingId]);
  };
}
