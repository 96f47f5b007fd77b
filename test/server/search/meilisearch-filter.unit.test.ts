import { expect, test } from 'vitest';
import {
  coarseDistanceOrder,
  facetSearches,
  listingIndexSettings,
  meiliFilter,
  quoteFilterValue,
} from '../../../server/search/meilisearch-engine';
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
  const filters = meiliFilter(query, { signedIn: false, exactDistances: { kind: 'none' } }, now);
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
  const filters = meiliFilter(
    query,
    { signedIn: true, exactDistances: { kind: 'all' } },
    new Date('2026-11-29T12:00:00Z'),
  );
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

const at = new Date('2026-11-29T12:00:00Z');
const member = { signedIn: true, exactDistances: { kind: 'named-and-own' as const, companyIds: ['c-own'] } };

test('each chosen facet gets a search without its own filter, counting only that facet; the main one counts the rest', () => {
  const query = SearchListingsSchema.parse({ municipalities: ['0180', '0181'], categories: ['metals'], side: 'offer' });
  const { main, perFacet } = facetSearches(query, member, at);
  expect(main.facets).toEqual(['type', 'priceModel', 'hazardous']);
  expect(main.filter).toEqual(expect.arrayContaining(['municipalityCode IN ["0180", "0181"]', 'side IN ["offer"]']));
  expect(perFacet.map((search) => search.key)).toEqual(['side', 'category', 'municipality']);
  const municipality = perFacet.find((search) => search.key === 'municipality');
  expect(municipality?.filter.join(' ')).not.toContain('municipalityCode');
  expect(municipality?.filter).toContain('side IN ["offer"]');
  expect(municipality?.filter.some((part) => part.startsWith('categoryId IN ['))).toBe(true);
});

test('both hazard values are OR-ed, one stays a plain comparison', () => {
  const filterOf = (hazardous: boolean[]) => meiliFilter(SearchListingsSchema.parse({ hazardous }), member, at).at(-1);
  expect(filterOf([false])).toBe('hazardous = false');
  expect(filterOf([true, false])).toBe('(hazardous = true OR hazardous = false)');
});

test('a radius is exact for named and own listings, and by the rounded distance for other anonymous ones', () => {
  const query = SearchListingsSchema.parse({ near: { lat: 59.2, lon: 17.6, radiusKm: 7.3 } });
  expect(meiliFilter(query, { signedIn: false, exactDistances: { kind: 'none' } }, at)).toContain(
    '_geoRadius(59.2, 17.6, 7500)',
  );
  expect(meiliFilter(query, member, at)).toContain(
    '(((anonymous = false OR companyId IN ["c-own"]) AND _geoRadius(59.2, 17.6, 7300)) OR (NOT (anonymous = false OR companyId IN ["c-own"]) AND _geoRadius(59.2, 17.6, 7500)))',
  );
  // Under 5 km every listing is "< 5 km": a radius of 2 cannot tell 1 km from 4.
  const small = SearchListingsSchema.parse({ near: { lat: 59.2, lon: 17.6, radiusKm: 2 } });
  expect(meiliFilter(small, { signedIn: false, exactDistances: { kind: 'none' } }, at)).toContain(
    '_geoRadius(59.2, 17.6, 5000)',
  );
});

test('distance order ranks rounded listings by their rounded distance, ties by id, never by the exact one', () => {
  const place = (id: string, km: number, anonymous: boolean, companyId = 'c-other') => ({
    id,
    anonymous,
    companyId,
    _geo: { lat: 0, lng: 0 },
    _geoDistance: km * 1000,
  });
  const order = coarseDistanceOrder(
    [
      place('z-anon-6.6', 6.6, true),
      place('b-named-6.9', 6.9, false),
      place('a-anon-7.4', 7.4, true),
      place('y-anon-1', 1, true),
      place('x-anon-4.9', 4.9, true),
      place('c-own-0.2', 0.2, true, 'c-own'),
    ],
    { lat: 0, lon: 0 },
    member.exactDistances,
  );
  // Under 5 km sorts as 0 (ids decide among them); 6.6 and 7.4 both show 7 km and sort by id.
  expect(order.map((hit) => hit.id)).toEqual([
    'x-anon-4.9',
    'y-anon-1',
    'c-own-0.2',
    'b-named-6.9',
    'a-anon-7.4',
    'z-anon-6.6',
  ]);
});
