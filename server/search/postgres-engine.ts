import { type SQL, sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';
import { type QueryTerm, queryTerms } from '../../shared/search/query-terms';
import type { SearchListingsQuery } from '../../shared/search/schemas';
import { descendantLeafIds, topLevelOf } from '../../shared/taxonomy/taxonomy';
import type { EngineResult, SearchAudience, SearchEngine, SearchFacets, SearchHitRow } from './engine';

/** Words this long or longer may be misspelt (pg_trgm word similarity); shorter ones must match. */
const typoMinLength = 5;
/** pg_trgm's default of 0.6 misses one-letter slips in short words ("kartonng"). */
const wordSimilarityThreshold = 0.45;

/**
 * One word as a tsquery: the word and its synonyms, each stemmed as Swedish and as English and
 * folded as plain words, with prefix matching on the last part. Words are letters and digits
 * only (queryTerms), so nothing the user typed is ever parsed as tsquery syntax.
 */
function termQuery(term: QueryTerm): SQL {
  const variants = term.variants.map((parts) => {
    const text = parts.map((part, index) => (index === parts.length - 1 ? `${part}:*` : part)).join(' <-> ');
    return sql`(to_tsquery('swedish', ${text}) || to_tsquery('english', ${text}) || to_tsquery('simple', sidestream_unaccent(${text})))`;
  });
  return sql.join(variants, sql` || `);
}

function termCondition(term: QueryTerm, typos: boolean): SQL {
  const matches = sql`l.search_vector @@ (${termQuery(term)})`;
  if (!typos || term.word.length < typoMinLength) return matches;
  return sql`(${matches} or sidestream_unaccent(${term.word}) <% l.search_words)`;
}

function filters(query: SearchListingsQuery, audience: SearchAudience, terms: QueryTerm[], typos: boolean): SQL {
  const conditions: SQL[] = [
    // The same rule as the listing page: only active, unexpired listings of active companies.
    sql`l.status = 'active'`,
    sql`l.expires_at > now()`,
    sql`c.status = 'active'`,
  ];
  if (!audience.signedIn) conditions.push(sql`l.visibility = 'public'`);
  for (const term of terms) conditions.push(termCondition(term, typos));
  if (query.side) conditions.push(sql`l.side = ${query.side}`);
  if (query.type) conditions.push(sql`l.type = ${query.type}`);
  if (query.categories.length > 0) {
    const leaves = [...new Set(query.categories.flatMap((id) => descendantLeafIds(id)))];
    conditions.push(
      sql`l.category_id in (${sql.join(
        leaves.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  }
  if (query.municipalities.length > 0) {
    conditions.push(
      sql`s.municipality_code in (${sql.join(
        query.municipalities.map((code) => sql`${code}`),
        sql`, `,
      )})`,
    );
  }
  if (query.near?.radiusKm !== undefined) {
    const meters = query.near.radiusKm * 1000;
    const origin = sql`ll_to_earth(${query.near.lat}, ${query.near.lon})`;
    // The box finds candidates through the GiST index; the exact distance decides at the border.
    conditions.push(sql`earth_box(${origin}, ${meters}) @> ll_to_earth(l.lat, l.lon)`);
    conditions.push(sql`earth_distance(${origin}, ll_to_earth(l.lat, l.lon)) <= ${meters}`);
  }
  if (query.minAnnualQuantity !== undefined) conditions.push(sql`l.annual_quantity >= ${query.minAnnualQuantity}`);
  if (query.maxAnnualQuantity !== undefined) conditions.push(sql`l.annual_quantity <= ${query.maxAnnualQuantity}`);
  if (query.frequency) conditions.push(sql`l.frequency = ${query.frequency}`);
  if (query.priceModel) conditions.push(sql`l.price_model = ${query.priceModel}`);
  if (query.hazardous !== undefined) conditions.push(sql`l.hazardous = ${query.hazardous}`);
  return sql.join(conditions, sql` and `);
}

function fullQuery(terms: QueryTerm[]): SQL | null {
  if (terms.length === 0) return null;
  return sql.join(
    terms.map((term) => sql`(${termQuery(term)})`),
    sql` && `,
  );
}

function orderBy(query: SearchListingsQuery, rank: SQL, distance: SQL | null): SQL {
  switch (query.sort) {
    case 'distance':
      return distance ? sql`${distance} asc, l.id` : sql`l.published_at desc, l.id`;
    case 'newest':
      return sql`l.published_at desc, l.id`;
    case 'quantity':
      return sql`l.annual_quantity desc, l.id`;
    default:
      return sql`${rank} desc, l.published_at desc, l.id`;
  }
}

/**
 * The statements a search runs, apart from running them, so tests can EXPLAIN exactly these.
 * With `typos`, words of five letters or more may also match by trigram similarity.
 */
export function searchStatements(
  query: SearchListingsQuery,
  audience: SearchAudience,
  typos = false,
): { hits: SQL; facets: SQL } {
  const terms = queryTerms(query.q);
  const where = filters(query, audience, terms, typos);
  const tsquery = fullQuery(terms);
  // Word similarity joins the rank so that, for a misspelt word, the closest spelling comes first.
  const typoTerms = typos ? terms.filter((term) => term.word.length >= typoMinLength) : [];
  const similarity = typoTerms.map((term) => sql`word_similarity(sidestream_unaccent(${term.word}), l.search_words)`);
  // A bare 0 in ORDER BY would mean "column 0"; a typed constant is just a constant.
  const rank = tsquery
    ? sql`(ts_rank_cd(l.search_vector, ${tsquery})${similarity.length ? sql` + ${sql.join(similarity, sql` + `)}` : sql``})`
    : sql`0::real`;
  const distance = query.near
    ? sql`(earth_distance(ll_to_earth(${query.near.lat}, ${query.near.lon}), ll_to_earth(l.lat, l.lon)) / 1000.0)`
    : null;
  const snippet = tsquery
    ? sql`ts_headline('swedish', case when l.description = '' then l.title else l.description end, ${tsquery},
        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=10, MaxFragments=1')`
    : sql`null`;
  const from = sql`from listings l
    join companies c on c.id = l.company_id
    join company_sites s on s.id = l.site_id`;
  return {
    hits: sql`
      select l.id, l.company_id, c.name as company_name, l.side, l.type, l.category_id, l.title, l.description,
             l.quantity, l.unit, l.frequency, l.annual_quantity, l.quantity_dimension, l.price_model, l.price_sek,
             l.hazardous, l.anonymous, l.visibility, s.municipality_code, l.published_at,
             ${distance ?? sql`null`} as distance_km, ${snippet} as snippet
      ${from}
      where ${where}
      order by ${orderBy(query, rank, distance)}
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
    facets: sql`
      with matched as (select l.side, l.type, l.category_id, s.municipality_code, l.price_model, l.hazardous ${from} where ${where})
      select 'side' as facet, side as value, count(*)::int as count from matched group by side
      union all select 'type', type, count(*)::int from matched group by type
      union all select 'category', category_id, count(*)::int from matched group by category_id
      union all select 'municipality', municipality_code, count(*)::int from matched group by municipality_code
      union all select 'priceModel', price_model, count(*)::int from matched group by price_model
      union all select 'hazardous', hazardous::text, count(*)::int from matched group by hazardous`,
  };
}

/** Typo matching needs a lower word-similarity threshold than pg_trgm's default, set per transaction. */
export const typoThresholdSql = sql`select set_config('pg_trgm.word_similarity_threshold', ${String(wordSimilarityThreshold)}, true)`;

export function createPostgresSearchEngine(db: Database): SearchEngine {
  return {
    name: 'postgres',
    async search(query, audience): Promise<EngineResult> {
      const exact = await run(db, searchStatements(query, audience));
      // Misspellings are looked for only when the words as written find nothing: it keeps the
      // common case on the full-text index and spares exact matches the noise of near-misses.
      const mayBeTypo = queryTerms(query.q).some((term) => term.word.length >= typoMinLength);
      if (exact.total > 0 || !mayBeTypo) return exact;
      return run(db, searchStatements(query, audience, true));
    },
  };
}

async function run(db: Database, statements: { hits: SQL; facets: SQL }): Promise<EngineResult> {
  return db.transaction(async (tx) => {
    await tx.execute(typoThresholdSql);
    const hits = rowsOf<Record<string, unknown>>(await tx.execute(statements.hits));
    const facetRows = rowsOf<{ facet: string; value: string; count: number }>(await tx.execute(statements.facets));
    const facets: SearchFacets = { side: {}, type: {}, category: {}, municipality: {}, priceModel: {}, hazardous: {} };
    for (const row of facetRows) {
      const key = row.facet as keyof SearchFacets;
      // Categories are counted per top-level group, the level a sidebar shows.
      const value = key === 'category' ? (topLevelOf(row.value) ?? row.value) : row.value;
      facets[key][value] = (facets[key][value] ?? 0) + Number(row.count);
    }
    const total = Object.values(facets.side).reduce((sum, count) => sum + count, 0);
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
