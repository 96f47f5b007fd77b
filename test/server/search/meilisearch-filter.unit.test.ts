import { expect, test } from 'vitest';
import { listingIndexSettings, meiliFilter, quoteFilterValue } from '../../../server/search/meilisearch-engine';
import { type SearchListingsQuery, SearchListingsSchema } from '../../../shared/search/schemas';
import { synonymGroups } from '../../../shared/search/synonyms';

/**
 * Splits a Meilisearch filter into its quoted string values and the syntax around them, the way
 * Meilisearch reads it: a double-quoted string runs to the next unescaped quote.
 */
function scan(filter: string): { values: string[]; syntax: string } {
  const values: string[] = [];
  let syntax = '';
  for (let index = 0; index < filter.length; index++) {
    const char = filter[index] as string;
    if (char !== '"') {
      syntax += char;
      continue;
    }
    let value = '';
    for (index++; index < filter.length && filter[index] !== '"'; index++) {
      if (filter[index] === '\\') index++;
      value += filter[index];
    }
    if (index >= filter.length) throw new Error(`unterminated string in ${filter}`);
    values.push(value);
    syntax += '""';
  }
  return { values, syntax };
}

const hostile = [
  'x") OR (side = "need',
  "0180' OR '1'='1",
  'a" AND _geoRadius(0, 0, 100000000) OR "b',
  'back\\slash\\" OR status = "draft',
  '(visibility = "members")',
  'NOT status = active',
];

test('quoted values come back exactly as they went in, whatever they hold', () => {
  for (const value of hostile) expect(scan(quoteFilterValue(value)).values).toEqual([value]);
});

test('hostile category and municipality values stay inside their quotes: no operator reaches the filter', () => {
  // Built without the schema, as if a value had slipped past validation.
  const query = {
    ...SearchListingsSchema.parse({}),
    categories: hostile,
    municipalities: hostile,
  } as SearchListingsQuery;
  const now = new Date('2026-11-29T12:00:00Z');
  const filters = meiliFilter(query, { signedIn: false }, now);
  const scanned = filters.map(scan);
  expect(scanned.map((part) => part.syntax)).toEqual([
    'status = ""',
    'companyStatus = ""',
    `expiresAt > ${now.getTime() / 1000}`,
    'visibility = ""',
    `categoryId IN [${hostile.map(() => '""').join(', ')}]`,
    `municipalityCode IN [${hostile.map(() => '""').join(', ')}]`,
  ]);
  expect(scanned[4]?.values).toEqual(hostile);
  expect(scanned[5]?.values).toEqual(hostile);
});

test('the schema refuses such values before any engine sees them', () => {
  for (const value of hostile) {
    expect(SearchListingsSchema.safeParse({ categories: [value] }).success).toBe(false);
    expect(SearchListingsSchema.safeParse({ municipalities: [value] }).success).toBe(false);
  }
});

test('every filter a valid query can produce is built from our attribute names and quoted values only', () => {
  const query = SearchListingsSchema.parse({
    q: 'stål OR _geoRadius(1, 2, 3)',
    side: 'offer',
    type: 'material',
    categories: ['metals'],
    municipalities: ['0180', '0181'],
    near: { lat: 59.2, lon: 17.6, radiusKm: 30 },
    minAnnualQuantity: 5,
    maxAnnualQuantity: 500,
    frequency: 'monthly',
    priceModel: 'free',
    hazardous: false,
  });
  const filters = meiliFilter(query, { signedIn: true }, new Date('2026-11-29T12:00:00Z'));
  const syntax = filters.map((part) => scan(part).syntax);
  expect(syntax).toContain('_geoRadius(59.2, 17.6, 30000)');
  expect(syntax).toContain('annualQuantity >= 5');
  expect(syntax).toContain('hazardous = false');
  // The free text is never part of the filter.
  expect(filters.join(' ')).not.toContain('OR _geoRadius(1, 2, 3)');
  for (const part of syntax) {
    expect(part).toMatch(/^(\w+ (=|>|>=|<=|IN) (""|-?[\d.]+|true|false|\[("", )*""\])|_geoRadius\([\d., -]+\))$/);
  }
});

test('the index settings carry every synonym group both ways, and typos only on words of five letters or more', () => {
  const synonyms = listingIndexSettings.synonyms as Record<string, string[]>;
  for (const group of synonymGroups) {
    for (const word of group) expect(new Set(synonyms[word])).toEqual(new Set(group.filter((w) => w !== word)));
  }
  expect(listingIndexSettings.typoTolerance?.minWordSizeForTypos?.oneTypo).toBe(5);
  expect(listingIndexSettings.filterableAttributes).toEqual(expect.arrayContaining(['_geo', 'status', 'expiresAt']));
});
