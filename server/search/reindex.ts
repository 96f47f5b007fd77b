import { asc, count, gt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { listings, searchLexicon } from '../../db/schema/index';
import { categorySearchTerms } from '../../shared/search/category-terms';
import type { Config } from '../env';
import { searchableDocumentPages } from './listing-documents';
import {
  applyListingIndexSettings,
  meilisearchClient,
  meilisearchOptions,
  upsertDocuments,
  waitFor,
} from './meilisearch-engine';

export type ReindexProgress = { total: number; onStart: (total: number) => void; onProgress: (done: number) => void };
export type ReindexSummary = {
  engine: 'postgres' | 'meilisearch';
  listings: number;
  /** Postgres: listings whose category words were out of date; Meilisearch: listings indexed. */
  changed: number;
  lexiconWords: number;
  seconds: number;
};

const pageSize = 1000;

/**
 * Rebuilds the search index of the configured engine from the database. For Postgres that is the
 * category words of each listing (the taxonomy may have changed since they were written; the
 * tsvector is generated from them), the lexicon of words, and fresh planner statistics. For
 * Meilisearch it is a new index filled from the database and swapped in, so searches keep
 * answering from the old one until the new one is complete.
 */
export async function reindexSearch(
  db: Database,
  config: Pick<Config, 'MEILI_URL' | 'MEILI_MASTER_KEY' | 'MEILI_INDEX'>,
  progress: Pick<ReindexProgress, 'onStart' | 'onProgress'>,
): Promise<ReindexSummary> {
  const started = performance.now();
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(listings);
  progress.onStart(total);
  const lexiconWords = await rebuildLexicon(db);
  const changed = config.MEILI_URL
    ? await rebuildMeilisearch(db, config, progress)
    : await refreshCategoryTerms(db, progress);
  await db.execute(sql`analyze listings`);
  return {
    engine: config.MEILI_URL ? 'meilisearch' : 'postgres',
    listings: total,
    changed,
    lexiconWords,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

async function refreshCategoryTerms(db: Database, progress: Pick<ReindexProgress, 'onProgress'>): Promise<number> {
  let after: string | null = null;
  let done = 0;
  let changed = 0;
  for (;;) {
    const rows: { id: string; categoryId: string; categoryTerms: string }[] = await db
      .select({ id: listings.id, categoryId: listings.categoryId, categoryTerms: listings.categoryTerms })
      .from(listings)
      .where(after === null ? undefined : gt(listings.id, after))
      .orderBy(asc(listings.id))
      .limit(pageSize);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.id ?? null;
    const stale = rows
      .map((row) => ({ id: row.id, terms: categorySearchTerms(row.categoryId), current: row.categoryTerms }))
      .filter((row) => row.terms !== row.current);
    if (stale.length > 0) {
      // One statement per page; the listing's version is left alone, as its own content did not change.
      await db.execute(sql`
        update listings set category_terms = v.terms
        from (values ${sql.join(
          stale.map((row) => sql`(${row.id}::uuid, ${row.terms})`),
          sql`, `,
        )}) as v(id, terms)
        where listings.id = v.id`);
      changed += stale.length;
    }
    done += rows.length;
    progress.onProgress(done);
  }
  return changed;
}

/** The lexicon only ever grows as listings are written; a rebuild drops the words no listing has any more. */
async function rebuildLexicon(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.delete(searchLexicon);
    await tx.execute(sql`
      insert into search_lexicon (word)
      select distinct w from listings, regexp_split_to_table(lower(title || ' ' || category_terms), '[^[:alnum:]]+') as w
      where length(w) >= 3
      on conflict do nothing`);
    const [row] = await tx.select({ words: count() }).from(searchLexicon);
    return row?.words ?? 0;
  });
}

async function rebuildMeilisearch(
  db: Database,
  config: Pick<Config, 'MEILI_URL' | 'MEILI_MASTER_KEY' | 'MEILI_INDEX'>,
  progress: Pick<ReindexProgress, 'onProgress'>,
): Promise<number> {
  const options = meilisearchOptions(config);
  const client = meilisearchClient(options);
  const live = options.indexUid;
  const rebuild = `${live}_rebuild`;
  // A rebuild left by an interrupted run goes first; when there is none, the task fails harmlessly.
  await client.deleteIndex(rebuild).waitTask({ timeout: 60_000 });
  await applyListingIndexSettings(client, rebuild);
  // The live index must exist to be swapped; settings on a missing index create it.
  await applyListingIndexSettings(client, live);
  let done = 0;
  let indexed = 0;
  for await (const page of searchableDocumentPages(db, pageSize)) {
    await upsertDocuments(client, rebuild, page.documents);
    indexed += page.documents.length;
    done += page.scanned;
    progress.onProgress(done);
  }
  await waitFor(client.swapIndexes([{ indexes: [live, rebuild], rename: false }]), 'swapping in the new index');
  await waitFor(client.deleteIndex(rebuild), 'removing the old index');
  return indexed;
}
