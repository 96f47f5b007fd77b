import { asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { companies, companySites, listings } from '../../db/schema/index';
import { topLevelOf } from '../../shared/taxonomy/taxonomy';

/**
 * A listing as an engine outside the database (Meilisearch) stores it: what search filters,
 * sorts and shows, and the state (status, company status, expiry, visibility) that decides who
 * may find it. Dates are epoch numbers so they can be filtered and sorted on.
 */
export type ListingDocument = {
  id: string;
  companyId: string;
  companyName: string;
  companyStatus: string;
  status: string;
  side: 'offer' | 'need';
  type: 'material' | 'capacity';
  categoryId: string;
  topCategory: string;
  categoryTerms: string;
  title: string;
  description: string;
  quantity: number;
  unit: string;
  frequency: string;
  annualQuantity: number;
  quantityDimension: string;
  priceModel: string;
  priceSek: number | null;
  hazardous: boolean;
  anonymous: boolean;
  visibility: 'public' | 'members';
  municipalityCode: string;
  /** Epoch milliseconds. */
  publishedAt: number | null;
  /** Epoch seconds; a listing without an expiry never expires. */
  expiresAt: number;
  _geo: { lat: number; lng: number };
};

/** Far enough ahead to mean "never" and still a plain number for a filter. */
const neverExpires = 253_402_300_799; // 9999-12-31

function documentQuery(db: Database, where: SQL | undefined) {
  return db
    .select({
      id: listings.id,
      companyId: listings.companyId,
      companyName: companies.name,
      companyStatus: companies.status,
      status: listings.status,
      side: listings.side,
      type: listings.type,
      categoryId: listings.categoryId,
      categoryTerms: listings.categoryTerms,
      title: listings.title,
      description: listings.description,
      quantity: listings.quantity,
      unit: listings.unit,
      frequency: listings.frequency,
      annualQuantity: listings.annualQuantity,
      quantityDimension: listings.quantityDimension,
      priceModel: listings.priceModel,
      priceSek: listings.priceSek,
      hazardous: listings.hazardous,
      anonymous: listings.anonymous,
      visibility: listings.visibility,
      municipalityCode: companySites.municipalityCode,
      publishedAt: listings.publishedAt,
      expiresAt: listings.expiresAt,
      lat: listings.lat,
      lon: listings.lon,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .innerJoin(companySites, eq(companySites.id, listings.siteId))
    .where(where)
    .orderBy(asc(listings.id));
}

type DocumentRow = Awaited<ReturnType<typeof documentQuery>>[number];

function toDocument(row: DocumentRow): ListingDocument {
  return {
    id: row.id,
    companyId: row.companyId,
    companyName: row.companyName,
    companyStatus: row.companyStatus,
    status: row.status,
    side: row.side,
    type: row.type,
    categoryId: row.categoryId,
    topCategory: topLevelOf(row.categoryId) ?? row.categoryId,
    categoryTerms: row.categoryTerms,
    title: row.title,
    description: row.description,
    quantity: Number(row.quantity),
    unit: row.unit,
    frequency: row.frequency,
    annualQuantity: Number(row.annualQuantity),
    quantityDimension: row.quantityDimension,
    priceModel: row.priceModel,
    priceSek: row.priceSek === null ? null : Number(row.priceSek),
    hazardous: row.hazardous,
    anonymous: row.anonymous,
    visibility: row.visibility,
    municipalityCode: row.municipalityCode,
    publishedAt: row.publishedAt ? row.publishedAt.getTime() : null,
    expiresAt: row.expiresAt ? Math.floor(row.expiresAt.getTime() / 1000) : neverExpires,
    _geo: { lat: Number(row.lat), lng: Number(row.lon) },
  };
}

/** Only listings someone could find are indexed; anything else is removed from the index. */
export function isSearchable(document: ListingDocument): boolean {
  return document.status === 'active' && document.companyStatus === 'active';
}

export async function listingDocuments(db: Database, ids: readonly string[]): Promise<ListingDocument[]> {
  if (ids.length === 0) return [];
  return (await documentQuery(db, inArray(listings.id, [...ids]))).map(toDocument);
}

/** Pages through every searchable listing in id order, for a full rebuild of an index. */
export async function* searchableDocumentPages(
  db: Database,
  pageSize: number,
): AsyncGenerator<{ scanned: number; documents: ListingDocument[] }> {
  let after: string | null = null;
  for (;;) {
    const rows: DocumentRow[] = await documentQuery(db, after === null ? undefined : gt(listings.id, after)).limit(
      pageSize,
    );
    if (rows.length === 0) return;
    after = rows[rows.length - 1]?.id ?? null;
    yield { scanned: rows.length, documents: rows.map(toDocument).filter(isSearchable) };
    if (rows.length < pageSize) return;
  }
}
