import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { seedDemoRegion } from '../../../db/seed/seed';
import { searchSettingsSql, searchStatement, typoCorrections } from '../../../server/search/postgres-engine';
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

async function plan(input: SearchListingsInput, corrections = new Map<string, string[]>()): Promise<string> {
  const query = SearchListingsSchema.parse(input);
  const statement = searchStatement(
    query,
    { signedIn: true, exactDistances: { kind: 'named-and-own', companyIds: [] } },
    corrections,
  );
  return database.db.transaction(async (tx) => {
    await tx.execute(searchSettingsSql());
    const rows = rowsOf<Record<string, string>>(await tx.execute(sql`explain ${statement}`));
    return rows.map((row) => Object.values(row)[0]).join('\n');
  });
}

const södertälje = { lat: 59.1955, lon: 17.6253 };

test('a misspelt word is corrected from the lexicon, and the corrected search uses the full-text index', async () => {
  const corrections = await typoCorrections(database.db, ['aluminiumspåm']);
  expect(corrections.get('aluminiumspåm')).toContain('aluminiumspån');
  const text = await plan({ q: 'aluminiumspåm' }, corrections);
  expect(text).toMatch(/listings_search_vector_idx/);
  expect(text).not.toMatch(/Seq Scan on listings/);
});

test.each<[string, SearchListingsInput, RegExp]>([
  ['text', { q: 'aluminiumspån' }, /listings_search_vector_idx/],
  ['prefix', { q: 'alumin' }, /listings_search_vector_idx/],
  ['text + radius', { q: 'pallar', near: { ...södertälje, radiusKm: 15 } }, /listings_(search_vector|position)_idx/],
  ['radius only', { near: { ...södertälje, radiusKm: 5 }, sort: 'distance' }, /listings_position_idx/],
  ['category + text', { q: 'mässingsspån', categories: ['brass-swarf'] }, /listings_search_vector_idx/],
  [
    'two facets + text',
    { q: 'aluminiumspån', categories: ['metals'], municipalities: ['0180', '0181'] },
    /listings_search_vector_idx/,
  ],
])('the %s query uses an index on listings', async (_shape, input, index) => {
  const text = await plan(input);
  expect(text).toMatch(index);
  expect(text).not.toMatch(/Seq Scan on listings/);
});

test('a facet chosen without words reads the listings once, for the hits and every facet count', async () => {
  // Disjunctive faceting: the category facet is counted without its own filter, so every visible
  // listing is read; but once (one scan feeds the page and all the counts), never once per facet.
  const text = await plan({ categories: ['aluminium-swarf'], municipalities: ['0180'] });
  const scans = text.split('\n').filter((line) => /Scan .*on listings l\b/.test(line));
  expect(scans).toHaveLength(1);
});
