import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { seedDemoRegion } from '../../../db/seed/seed';
import { searchStatements, typoThresholdSql } from '../../../server/search/postgres-engine';
import { type SearchListingsInput, SearchListingsSchema } from '../../../shared/search/schemas';
import { createTestDatabase } from '../../helpers/database';

/**
 * The main query shapes must use the search indexes, not read every listing. 20,000 listings are
 * enough for the planner to prefer an index when one fits; `npm run bench:search` checks 100,000.
 */
const listingCount = 20_000;
let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegion(database.db, { listings: listingCount });
  await database.db.execute(sql`analyze`);
}, 180_000);
afterAll(async () => {
  await database?.close();
});

async function plan(input: SearchListingsInput, typos = false): Promise<string> {
  const statements = searchStatements(SearchListingsSchema.parse(input), { signedIn: true }, typos);
  return database.db.transaction(async (tx) => {
    await tx.execute(typoThresholdSql);
    const rows = rowsOf<Record<string, string>>(await tx.execute(sql`explain ${statements.hits}`));
    return rows.map((row) => Object.values(row)[0]).join('\n');
  });
}

const södertälje = { lat: 59.1955, lon: 17.6253 };

test('the typo query, when the words as written find nothing, uses the trigram index', async () => {
  expect(await plan({ q: 'aluminiumspåm' }, true)).toMatch(/listings_search_words_idx/);
});

// Not asserted: a bare prefix ("wellp", "alumin"). The planner estimates a prefix tsquery at about
// 30 % of the rows whatever the prefix, and then prefers a sequential scan; see the README.
test.each<[string, SearchListingsInput, RegExp]>([
  ['text', { q: 'aluminiumspån' }, /listings_search_(vector|words)_idx/],
  [
    'text + radius',
    { q: 'pallar', near: { ...södertälje, radiusKm: 15 } },
    /listings_(search_vector|search_words|position)_idx/,
  ],
  ['radius only', { near: { ...södertälje, radiusKm: 5 }, sort: 'distance' }, /listings_position_idx/],
  ['one category', { categories: ['aluminium-swarf'] }, /listings_category_id_index/],
])('the %s query uses an index on listings', async (_shape, input, index) => {
  const text = await plan(input);
  expect(text).toMatch(index);
  expect(text).not.toMatch(/Seq Scan on listings/);
});
