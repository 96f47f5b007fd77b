import { type SQL, sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';
import { coarseRadiusKm, nearDistanceKm } from '../../shared/geo/public-distance';
import { type QueryTerm, queryTerms } from '../../shared/search/query-terms';
import { type SearchFacetKey, type SearchListingsQuery, searchFacetKeys } from '../../shared/search/schemas';
import { descendantLeafIds, topLevelOf } from '../../shared/taxonomy/taxonomy';
import type { EngineResult, SearchAudience, SearchEngine, SearchFacets, SearchHitRow } from './engine';

/** Words this long or longer may be misspelt; shorter ones must match as written (or as a prefix). */
const typoMinLength = 5;
/**
 * pg_trgm's default word similarity of 0.6 misses one-letter slips in short words ("kartonng");
 * 0.45 catches them. (The word_similarity operator <% is used: in PGlite 0.5, % finds nothing.)
 */
const similarityThreshold = 0.45;
/** At most this many spellings from the lexicon stand in for one misspelt word. */
const correctionsPerWord = 4;

/**
 * One word as a tsquery: the word stemmed as Swedish and as English and folded as a plain word,
 * and its synonyms (and, on the typo pass, close spellings) the same way. Only the last word is
 * also matched as a prefix, as the word being typed: a prefix on every word and synonym made the
 * planner expect most listings to match and read them all. Words are letters and digits only
 * (queryTerms), so nothing the user typed is ever parsed as tsquery syntax.
 */
function termQuery(term: QueryTerm, isLast: boolean): SQL {
  const variants = term.variants.map((parts, index) => {
    const text = parts.join(' <-> ');
    const prefix = isLast && index === 0 ? sql` || to_tsquery('simple', sidestream_unaccent(${`${text}:*`}))` : sql``;
    return sql`(to_tsquery('swedish', ${text}) || to_tsquery('english', ${text}) || to_tsquery('simple', sidestream_unaccent(${text}))${prefix})`;
  });
  return sql.join(variants, sql` || `);
}

/** An IN list of values as parameters; nothing the caller sent becomes SQL. */
function inList(values: readonly (string | boolean)[]): SQL {
  return sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
}

/** The caller knows this row's distance exactly (ExactDistances), as an SQL condition. */
function exactDistanceCondition(audience: SearchAudience): SQL {
  const exact = audience.exactDistances;
  if (exact.kind === 'all') return sql`true`;
  if (exact.kind === 'none') return sql`false`;
  if (exact.companyIds.length === 0) return sql`not l.anonymous`;
  return sql`(not l.anonymous or l.company_id in (${sql.join(
    exact.companyIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}))`;
}

/** Everything a search filters on except the facets: who may see a listing, the words, the radius, the quantities. */
function baseFilters(query: SearchListingsQuery, audience: SearchAudience, terms: QueryTerm[]): SQL {
  const conditions: SQL[] = [
    // The same rule as the listing page: only active, unexpired listings of active companies.
    sql`l.status = 'active'`,
    sql`l.expires_at > now()`,
    sql`c.status = 'active'`,
  ];
  if (!audience.signedIn) conditions.push(sql`l.visibility = 'public'`);
  if (audience.onlyListingIds) {
    conditions.push(
      audience.onlyListingIds.length === 0
        ? sql`false`
        : sql`l.id in (${sql.join(
            audience.onlyListingIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
  }
  terms.forEach((term, index) => {
    conditions.push(sql`l.search_vector @@ (${termQuery(term, index === terms.length - 1)})`);
  });
  if (query.near?.radiusKm !== undefined) {
    const exactMeters = query.near.radiusKm * 1000;
    const coarseMeters = coarseRadiusKm(query.near.radiusKm) * 1000;
    const origin = sql`ll_to_earth(${query.near.lat}, ${query.near.lon})`;
    const distance = sql`earth_distance(${origin}, ll_to_earth(l.lat, l.lon))`;
    const exact = audience.exactDistances.kind;
    // The box finds candidates through the GiST index; the distance decides at the border: the exact
    // one where the caller may know it, the rounded one (coarseRadiusKm) elsewhere.
    const boxMeters =
      exact === 'all' ? exactMeters : exact === 'none' ? coarseMeters : Math.max(exactMeters, coarseMeters);
    conditions.push(sql`earth_box(${origin}, ${boxMeters}) @> ll_to_earth(l.lat, l.lon)`);
    if (exact === 'all') conditions.push(sql`${distance} <= ${exactMeters}`);
    else if (exact === 'none') conditions.push(sql`${distance} < ${coarseMeters}`);
    else {
      const known = exactDistanceCondition(audience);
      conditions.push(
        sql`((${known} and ${distance} <= ${exactMeters}) or (not ${known} and ${distance} < ${coarseMeters}))`,
      );
    }
  }
  if (query.minAnnualQuantity !== undefined) conditions.push(sql`l.annual_quantity >= ${query.minAnnualQuantity}`);
  if (query.maxAnnualQuantity !== undefined) conditions.push(sql`l.annual_quantity <= ${query.maxAnnualQuantity}`);
  if (query.frequency) conditions.push(sql`l.frequency = ${query.frequency}`);
  return sql.join(conditions, sql` and `);
}

/** Each facet the query chose values for, as the condition a listing meets (the values OR-ed). */
function facetConditions(query: SearchListingsQuery): Partial<Record<SearchFacetKey, SQL>> {
  const conditions: Partial<Record<SearchFacetKey, SQL>> = {};
  if (query.side.length > 0) conditions.side = sql`l.side in (${inList(query.side)})`;
  if (query.type.length > 0) conditions.type = sql`l.type in (${inList(query.type)})`;
  if (query.categories.length > 0) {
    const leaves = [...new Set(query.categories.flatMap((id) => descendantLeafIds(id)))];
    conditions.category = leaves.length > 0 ? sql`l.category_id in (${inList(leaves)})` : sql`false`;
  }
  if (query.municipalities.length > 0) {
    conditions.municipality = sql`s.municipality_code in (${inList(query.municipalities)})`;
  }
  if (query.priceModel.length > 0) conditions.priceModel = sql`l.price_model in (${inList(query.priceModel)})`;
  if (query.hazardous.length > 0) conditions.hazardous = sql`l.hazardous in (${inList(query.hazardous)})`;
  return conditions;
}

const facetColumns: Record<SearchFacetKey, string> = {
  side: 'side',
  type: 'type',
  category: 'category_id',
  municipality: 'municipality_code',
  priceModel: 'price_model',
  hazardous: 'hazardous',
};

function fullQuery(terms: QueryTerm[]): SQL | null {
  if (terms.length === 0) return null;
  return sql.join(
    terms.map((term, index) => sql`(${termQuery(term, index === terms.length - 1)})`),
    sql` && `,
  );
}

/** The order of a page, over the columns of the matched rows (ties broken by id, so pages never overlap). */
function orderBy(query: SearchListingsQuery, hasDistance: boolean): SQL {
  switch (query.sort) {
    case 'distance':
      return hasDistance ? sql`m.sort_km asc, m.id` : sql`m.published_at desc, m.id`;
    case 'newest':
      return sql`m.published_at desc, m.id`;
    case 'quantity':
      return sql`m.annual_quantity desc, m.id`;
    default:
      return sql`m.rank desc, m.published_at desc, m.id`;
  }
}

/**
 * The one statement a search runs, apart from running it, so tests can EXPLAIN exactly this.
 * The listings are matched once; the page and the facet counts are both taken from that match.
 * `corrections` gives, for a misspelt word, the spellings from the lexicon to search as well.
 */
export function searchStatement(
  query: SearchListingsQuery,
  audience: SearchAudience,
  corrections: ReadonlyMap<string, readonly string[]> = new Map(),
): SQL {
  const terms = queryTerms(query.q).map((term) => ({
    ...term,
    variants: [...term.variants, ...(corrections.get(term.word) ?? []).map((word) => [word])],
  }));
  const where = baseFilters(query, audience, terms);
  const chosen = facetConditions(query);
  const chosenKeys = searchFacetKeys.filter((key) => chosen[key] !== undefined);
  const flag = (key: SearchFacetKey) => sql.raw(`f_${key}`);
  /** All chosen facets hold, except `except`'s: the rows a facet is counted over. */
  const allChosen = (except?: SearchFacetKey): SQL | null => {
    const keys = chosenKeys.filter((key) => key !== except);
    return keys.length === 0
      ? null
      : sql.join(
          keys.map((key) => sql`${flag(key)}`),
          sql` and `,
        );
  };
  const countWhere = (condition: SQL | null) => (condition ? sql`count(*) filter (where ${condition})` : sql`count(*)`);
  const tsquery = fullQuery(terms);
  // ts_rank weighs title (A) over category words (B) over description (C); it costs about half of
  // ts_rank_cd per matching row, which decides the time of broad searches. It is computed only
  // when relevance orders the page.
  const rank = tsquery && query.sort === 'relevance' ? sql`ts_rank(l.search_vector, ${tsquery})` : sql`0::real`;
  const distanceKm = query.near
    ? sql`(earth_distance(ll_to_earth(${query.near.lat}, ${query.near.lon}), ll_to_earth(l.lat, l.lon)) / 1000.0)`
    : null;
  const distance = distanceKm ?? sql`null::float8`;
  // Where the caller is told a rounded distance, the order is by that rounded value (ties by id), so
  // a listing's place among others says no more than the distance shown (roundedDistanceKm).
  const sortKm = distanceKm
    ? audience.exactDistances.kind === 'all'
      ? distanceKm
      : sql`case when ${exactDistanceCondition(audience)} then ${distanceKm}
          when ${distanceKm} < ${nearDistanceKm} then 0 else floor(${distanceKm} + 0.5) end`
    : sql`null::float8`;
  // Only for the rows of the page: a headline parses the whole text.
  const snippet = tsquery
    ? sql`ts_headline('swedish', case when l.description = '' then l.title else l.description end, ${tsquery},
        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=10, MaxFragments=1')`
    : sql`null`;
  // Disjunctive facets: a listing that misses one chosen facet still counts for that facet's other
  // values; one that misses two counts nowhere, so it is not matched at all.
  const flags = chosenKeys.map((key) => sql`, ${chosen[key]} as ${flag(key)}`);
  const missesAtMostOne =
    chosenKeys.length >= 2
      ? sql` and (${sql.join(
          chosenKeys.map((key) => sql`(not ${chosen[key]})::int`),
          sql` + `,
        )}) <= 1`
      : sql``;
  const hitCondition = allChosen();
  const facetCount = sql.join(
    searchFacetKeys.map(
      (key) => sql`when grouping(${sql.raw(facetColumns[key])}) = 0 then ${countWhere(allChosen(key))}`,
    ),
    sql` `,
  );
  return sql`
    with matched as materialized (
      select l.id, l.side, l.type, l.category_id, s.municipality_code, l.price_model, l.hazardous,
             l.published_at, l.annual_quantity, ${rank} as rank, ${distance} as distance_km, ${sortKm} as sort_km
             ${sql.join(flags, sql``)}
      from listings l
      join companies c on c.id = l.company_id
      join company_sites s on s.id = l.site_id
      where ${where}${missesAtMostOne}
    ),
    page as (
      -- Numbered after the limit: a window ordered over every match would sort them all, where the
      -- limit needs only a top-N; the rows come out of the subquery in its order.
      select p.id, p.distance_km, row_number() over () as position
      from (
        select m.id, m.distance_km from matched m
        ${hitCondition ? sql`where ${hitCondition}` : sql``}
        order by ${orderBy(query, query.near !== undefined)}
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
      ) p
    ),
    facet_counts as (
      -- One pass over the matches for all six facets and the total (grouping sets), not one pass per
      -- facet; each facet's count leaves out its own filter.
      select case
               when grouping(side) = 0 then 'side'
               when grouping(type) = 0 then 'type'
               when grouping(category_id) = 0 then 'category'
               when grouping(municipality_code) = 0 then 'municipality'
               when grouping(price_model) = 0 then 'priceModel'
               when grouping(hazardous) = 0 then 'hazardous'
               else 'total'
             end as facet,
             coalesce(side, type, category_id, municipality_code, price_model, hazardous::text) as value,
             (case ${facetCount} else ${countWhere(hitCondition)} end)::int as count
      from matched
      group by grouping sets (${sql.raw(searchFacetKeys.map((key) => `(${facetColumns[key]})`).join(', '))}, ())
    )
    select
      (select coalesce(json_agg(f), '[]'::json) from facet_counts f where f.count > 0 or f.facet = 'total') as facets,
      (select coalesce(json_agg(h order by h.position), '[]'::json) from (
        select p.position, l.id, l.company_id, c.name as company_name, l.side, l.type, l.category_id, l.title,
               l.description, l.quantity, l.unit, l.frequency, l.annual_quantity, l.quantity_dimension,
               l.price_model, l.price_sek, l.hazardous, l.anonymous, l.visibility, s.municipality_code,
               l.published_at, p.distance_km, ${snippet} as snippet
        from page p
        join listings l on l.id = p.id
        join companies c on c.id = l.company_id
        join company_sites s on s.id = l.site_id
      ) h) as hits`;
}

/**
 * Settings for a search's transaction. The listings a search reads are in memory (PGlite always,
 * a server after the first searches), so a random page costs about what a sequential one does;
 * at the default of 4 the planner reads every listing rather than use the full-text index.
 */
export function searchSettingsSql(): SQL {
  return sql`select set_config('pg_trgm.word_similarity_threshold', ${String(similarityThreshold)}, true),
    set_config('random_page_cost', '1.1', true)`;
}

/**
 * Spellings in the lexicon close to each word of five letters or more, closest first: the
 * trigram index finds them among the distinct words of all listings, not in the listings.
 */
export async function typoCorrections(db: Database, words: readonly string[]): Promise<Map<string, string[]>> {
  const corrections = new Map<string, string[]>();
  const candidates = [...new Set(words.filter((word) => word.length >= typoMinLength))];
  if (candidates.length === 0) return corrections;
  await db.transaction(async (tx) => {
    await tx.execute(searchSettingsSql());
    for (const word of candidates) {
      const folded = sql`sidestream_unaccent(${word})`;
      const rows = rowsOf<{ word: string; similarity: number }>(
        await tx.execute(sql`
          select word, similarity(sidestream_unaccent(word), ${folded}) as similarity from search_lexicon
          where ${folded} <% sidestream_unaccent(word) and sidestream_unaccent(word) <> ${folded}
            and similarity(sidestream_unaccent(word), ${folded}) >= ${similarityThreshold}
          order by 2 desc, word
          limit ${correctionsPerWord}`),
      );
      // The closest spellings only: "aluminiumspåm" means aluminiumspån, not every aluminium word.
      const best = Number(rows[0]?.similarity ?? 0);
      const close = rows.filter((row) => Number(row.similarity) >= best - 0.1).map((row) => row.word);
      if (close.length > 0) corrections.set(word, close);
    }
  });
  return corrections;
}

export function createPostgresSearchEngine(db: Database): SearchEngine {
  return {
    name: 'postgres',
    async search(query, audience): Promise<EngineResult> {
      const words = queryTerms(query.q).map((term) => term.word);
      const exact = await run(db, searchStatement(query, audience));
      // Misspellings are looked for only when the words as written find nothing: it keeps the
      // common case to one pass and spares exact matches the noise of near-misses.
      if (exact.total > 0) return exact;
      const corrections = await typoCorrections(db, words);
      if (corrections.size === 0) return exact;
      return run(db, searchStatement(query, audience, corrections));
    },
  };
}

async function run(db: Database, statement: SQL): Promise<EngineResult> {
  return db.transaction(async (tx) => {
    await tx.execute(searchSettingsSql());
    const [row] = rowsOf<{ facets: unknown; hits: unknown }>(await tx.execute(statement));
    // postgres.js parses json columns; PGlite may hand them over as text.
    const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
    const facetRows = parse<{ facet: string; value: string; count: number }[]>(row?.facets ?? '[]');
    const hits = parse<Record<string, unknown>[]>(row?.hits ?? '[]');
    const facets: SearchFacets = { side: {}, type: {}, category: {}, municipality: {}, priceModel: {}, hazardous: {} };
    let total = 0;
    for (const facetRow of facetRows) {
      if (facetRow.facet === 'total') {
        total = Number(facetRow.count);
        continue;
      }
      const key = facetRow.facet as keyof SearchFacets;
      // Categories are counted per top-level group, the level a sidebar shows.
      const value = key === 'category' ? (topLevelOf(facetRow.value) ?? facetRow.value) : facetRow.value;
      facets[key][value] = (facets[key][value] ?? 0) + Number(facetRow.count);
    }
    return { hits: hits.map(toHitRow), total, facets };
  });
}

function toHitRow(row: Record<string, unknown>): SearchHitRow {
  return {
    id: String(row.id),
    companyId: String(row.company_id),
    companyName: String(row.company_name),
    side: row.side as SearchHitRow['side'],
    type: row.type as SearchHitRow['type'],
    categoryId: String(row.category_id),
    title: String(row.title),
    description: String(row.description),
    quantity: Number(row.quantity),
    unit: String(row.unit),
    frequency: String(row.frequency),
    annualQuantity: Number(row.annual_quantity),
    quantityDimension: String(row.quantity_dimension),
    priceModel: String(row.price_model),
    priceSek: row.price_sek === null ? null : Number(row.price_sek),
    hazardous: row.hazardous === true || row.hazardous === 't',
    anonymous: row.anonymous === true || row.anonymous === 't',
    visibility: row.visibility as SearchHitRow['visibility'],
    municipalityCode: String(row.municipality_code),
    publishedAt: row.published_at ? new Date(String(row.published_at)) : null,
    distanceKm: row.distance_km === null || row.distance_km === undefined ? null : Number(row.distance_km),
    snippet: row.snippet === null || row.snippet === undefined ? null : String(row.snippet),
  };
}
