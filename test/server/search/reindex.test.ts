import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { listings } from '../../../db/schema/index';
import { seedDemoRegion } from '../../../db/seed/seed';
import { createPostgresSearchEngine } from '../../../server/search/postgres-engine';
import { reindexSearch } from '../../../server/search/reindex';
import { SearchListingsSchema } from '../../../shared/search/schemas';
import { createTestDatabase } from '../../helpers/database';
import { testConfig } from '../../helpers/test-app';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegion(database.db, { listings: 200 });
});
afterAll(async () => {
  await database?.close();
});

const search = (q: string) =>
  createPostgresSearchEngine(database.db).search(SearchListingsSchema.parse({ q, pageSize: 50 }), {
    signedIn: true,
    exactDistances: { kind: 'all' },
  });

test('a reindex rewrites out-of-date category words, drops words no listing has, and reports its progress', async () => {
  const [listing] = await database.db
    .select({ id: listings.id, title: listings.title })
    .from(listings)
    .where(eq(listings.categoryId, 'cardboard'))
    .limit(1);
  if (!listing) throw new Error('the demo region has no cardboard listing');
  // As if the taxonomy's words had changed since the listing was written.
  await database.db.update(listings).set({ categoryTerms: '' }).where(eq(listings.id, listing.id));
  await database.db.execute(sql`insert into search_lexicon (word) values ('zzzföråldrat')`);
  const before = await search('corrugated');
  expect(before.hits.map((hit) => hit.id)).not.toContain(listing.id);

  const progress: number[] = [];
  let announced = 0;
  const summary = await reindexSearch(database.db, testConfig(), {
    onStart: (total) => {
      announced = total;
    },
    onProgress: (done) => progress.push(done),
  });
  expect(summary).toMatchObject({ engine: 'postgres', listings: announced, changed: 1 });
  expect(progress.at(-1)).toBe(announced);
  expect((await search('corrugated')).hits.map((hit) => hit.id)).toContain(listing.id);
  const stale = rowsOf(await database.db.execute(sql`select 1 from search_lexicon where word = 'zzzföråldrat'`));
  expect(stale).toHaveLength(0);
  expect(summary.lexiconWords).toBeGreaterThan(50);
});
