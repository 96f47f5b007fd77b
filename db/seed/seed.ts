// Writes the generated demo region into a database: companies with their sites and a contact
// person each, the listings, and two IUC staff accounts, all signing in with one demo password.
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import { isHazardousEwcCode, listingLifetimeDays } from '../../shared/listings/schemas';
import { annualQuantity } from '../../shared/listings/units';
import { categorySearchTerms } from '../../shared/search/category-terms';
import type { Database } from '../client';
import {
  account,
  auditEvents,
  companies,
  companyMembers,
  companySites,
  conversationParties,
  conversations,
  introductionResponses,
  introductions,
  listings,
  matchEvents,
  matches,
  matchNotes,
  messages,
  outcomeRevisions,
  user,
} from '../schema/index';
import { demoCompanies } from './demo-data';
import { type DemoListing, generateDemoRegion } from './generate';
import { buildDemoHistory } from './history';

/** Every demo account signs in with this; documented in the README. Not a secret: demo data only. */
export const DEMO_PASSWORD = 'sidestream-demo-2026';
export const DEMO_BROKER_EMAIL = 'broker@sidestream.demo';
export const DEMO_ADMIN_EMAIL = 'admin@sidestream.demo';
export const DEMO_DEFAULT_LISTINGS = 300;

export interface SeedDemoOptions {
  seed?: number;
  listings?: number;
  /** "Now" for the demo: listings are published in the 90 days before it. Default: the current time. */
  referenceDate?: Date;
  log?: (line: string) => void;
}

export interface SeedDemoResult {
  companies: number;
  people: number;
  /** The current listings (closed listings of the history not counted). */
  listings: number;
  /** Brokered matches of the past year, and how many became deals with an outcome. */
  historyMatches: number;
  historyDeals: number;
}

const DAY_MS = 86_400_000;
const lifetimeMs = listingLifetimeDays * DAY_MS;
const CHUNK_ROWS = 1000;

type Executor = Pick<Database, 'execute'>;

/**
 * Inserts rows 1,000 at a time, each chunk sent as one JSON parameter that Postgres unpacks with
 * jsonb_to_recordset. drizzle's own multi-row insert spends about 0.3 ms per listing building the
 * statement, four times what this whole path takes; the column types still come from the schema.
 */
async function insertRows<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  onProgress: (inserted: number) => void = () => {},
) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const definitions = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${key} is not a column of this table`);
    return { key, name: column.keyAsName ? toSnakeCase(key) : column.name, type: column.getSQLType() };
  });
  // The record keeps the camelCase keys of the JSON; the insert names the snake_case columns.
  const target = sql.raw(definitions.map(({ name }) => `"${name}"`).join(', '));
  const source = sql.raw(definitions.map(({ key }) => `"${key}"`).join(', '));
  const record = sql.raw(definitions.map(({ key, type }) => `"${key}" ${type}`).join(', '));
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = JSON.stringify(rows.slice(start, start + CHUNK_ROWS));
    await db.execute(
      sql`insert into ${table} (${target}) select ${source} from jsonb_to_recordset(${chunk}::jsonb) as r(${record})`,
    );
    onProgress(Math.min(start + CHUNK_ROWS, rows.length));
  }
}

/** "Industrivägen 3, 155 30 Nykvarn" → street and postal code, the way the sign-up form stores a site. */
function splitAddress(address: string): { streetAddress: string; postalCode: string | null } {
  const match = /^(.*), (\d{3}) ?(\d{2}) .+$/.exec(address);
  return match
    ? { streetAddress: match[1] as string, postalCode: `${match[2]}${match[3]}` }
    : { streetAddress: address, postalCode: null };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function addDaysTo(day: string, days: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/**
 * The generator spreads publication over 180 days; a listing that old would already have expired.
 * Moving each listing's dates forward by whole days keeps its own timeline (publication,
 * availability window) but puts publication in the last 90 days and the window's end, if any,
 * not before today — so whenever the demo starts, its active listings are live.
 */
function listingTimeline(listing: DemoListing, referenceMs: number, referenceDay: string) {
  const daysLeft =
    listing.availableUntil === null
      ? 0
      : Math.round((Date.parse(listing.availableUntil) - Date.parse(referenceDay)) / DAY_MS);
  const published = listing.publishedDaysAgo;
  const shift = Math.max(published - (published % listingLifetimeDays), -daysLeft);
  const daysAgo = Math.max(0, published - shift);
  // A time of day that differs per listing; under 11 hours, so one published 89 days ago still expires after `now`.
  const minutesEarlier = (Number.parseInt(listing.ref.slice(-4), 10) * 37) % 660;
  const at = new Date(referenceMs - daysAgo * DAY_MS - minutesEarlier * 60_000);
  return {
    availableFrom: addDaysTo(listing.availableFrom, shift),
    availableUntil: listing.availableUntil === null ? null : addDaysTo(listing.availableUntil, shift),
    createdAt: at,
    publishedAt: listing.status === 'draft' ? null : at,
    expiresAt: listing.status === 'draft' ? null : new Date(at.getTime() + lifetimeMs),
  };
}

/**
 * Inserts the deterministic demo region in one transaction. Seeding a database that already holds
 * the demo companies adds nothing and returns zeros, so it is safe to run twice.
 */
export async function seedDemoRegion(db: Database, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const { seed = 1, listings: listingCount = DEMO_DEFAULT_LISTINGS, log = () => {} } = options;
  const reference = options.referenceDate ?? new Date();
  const referenceMs = reference.getTime();
  const referenceDay = isoDay(referenceMs);

  // The hand-written companies come first in every region, whatever its size or seed.
  const demoOrgNumbers = demoCompanies.map((company) => company.orgNumber);
  const [present] = await db
    .select({ orgNumber: companies.orgNumber })
    .from(companies)
    .where(inArray(companies.orgNumber, demoOrgNumbers))
    .limit(1);
  if (present) {
    log(`demo data already seeded (company ${present.orgNumber} exists); nothing added`);
    return { companies: 0, people: 0, listings: 0, historyMatches: 0, historyDeals: 0 };
  }

  const region = generateDemoRegion({ seed, listings: listingCount, referenceDate: referenceDay });
  // scrypt is deliberately slow: hash once, share the hash between all demo accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const userRows: (typeof user.$inferInsert)[] = [];
  const accountRows: (typeof account.$inferInsert)[] = [];
  const person = (values: { name: string; email: string; platformRole?: 'broker' | 'admin'; createdAt: Date }) => {
    const id = randomUUID();
    userRows.push({ id, emailVerified: true, language: 'sv', updatedAt: values.createdAt, ...values });
    accountRows.push({
      id: randomUUID(),
      accountId: id,
      providerId: 'credential',
      userId: id,
      password: passwordHash,
      createdAt: values.createdAt,
      updatedAt: values.createdAt,
    });
    return id;
  };
  const staffSince = new Date(referenceMs - 400 * DAY_MS);
  const brokerId = person({
    name: 'Birgitta Mäklare',
    email: DEMO_BROKER_EMAIL,
    platformRole: 'broker',
    createdAt: staffSince,
  });
  person({ name: 'Adam Administratör', email: DEMO_ADMIN_EMAIL, platformRole: 'admin', createdAt: staffSince });

  const companyRows: (typeof companies.$inferInsert)[] = [];
  const memberRows: (typeof companyMembers.$inferInsert)[] = [];
  const siteRows: (typeof companySites.$inferInsert)[] = [];
  const byRef = new Map<
    string,
    { companyId: string; contactId: string; siteIds: string[]; positions: { lat: number; lon: number }[] }
  >();
  region.companies.forEach((company, index) => {
    // Companies joined over the year and a half before the oldest listing.
    const createdAt = new Date(referenceMs - (180 + ((index * 37) % 540)) * DAY_MS);
    const contactId = person({ name: company.contact.name, email: company.contact.email, createdAt });
    const companyId = randomUUID();
    companyRows.push({
      id: companyId,
      name: company.name,
      orgNumber: company.orgNumber,
      sniCode: company.sniDivision ?? company.sniSection,
      employeesBand: company.employeesBand,
      website: company.website,
      description: company.description,
      contactUserId: contactId,
      contactPhone: company.contact.phone,
      createdAt,
      updatedAt: createdAt,
    });
    memberRows.push({ companyId, userId: contactId, role: 'owner', createdAt });
    const siteIds = company.sites.map((site) => {
      const id = randomUUID();
      siteRows.push({
        id,
        companyId,
        name: site.name,
        ...splitAddress(site.streetAddress),
        municipalityCode: site.municipalityCode,
        lat: site.lat,
        lon: site.lon,
        createdAt,
      });
      return id;
    });
    byRef.set(company.ref, {
      companyId,
      contactId,
      siteIds,
      positions: company.sites.map(({ lat, lon }) => ({ lat, lon })),
    });
  });

  const listingRows = region.listings.map((listing) => {
    const owner = byRef.get(listing.companyRef);
    const siteId = owner?.siteIds[listing.siteIndex];
    if (!owner || !siteId)
      throw new Error(`${listing.ref}: no company ${listing.companyRef} or site ${listing.siteIndex}`);
    const annual = annualQuantity(listing);
    const timeline = listingTimeline(listing, referenceMs, referenceDay);
    const pricePayable = listing.priceModel === 'fixed' || listing.priceModel === 'pays_for_removal';
    const position = owner.positions[listing.siteIndex] as { lat: number; lon: number };
    return {
      id: randomUUID(),
      companyId: owner.companyId,
      siteId,
      lat: position.lat,
      lon: position.lon,
      categoryTerms: categorySearchTerms(listing.categoryId),
      createdByUserId: owner.contactId,
      side: listing.side,
      type: listing.type,
      categoryId: listing.categoryId,
      title: listing.title,
      description: listing.description,
      language: 'sv',
      quantity: listing.quantity,
      unit: listing.unit,
      frequency: listing.frequency,
      annualQuantity: annual.value,
      quantityDimension: annual.dimension,
      availableFrom: timeline.availableFrom,
      availableUntil: timeline.availableUntil,
      priceModel: listing.priceModel,
      priceSek: pricePayable ? listing.priceSek : null,
      condition: listing.condition,
      specs: listing.specs,
      ewcCode: listing.ewcCode,
      hazardous: listing.hazardous || (listing.ewcCode !== null && isHazardousEwcCode(listing.ewcCode)),
      acceptsHazardous: listing.side === 'need' ? listing.acceptsHazardous : false,
      maxDistanceKm: listing.side === 'need' ? listing.maxDistanceKm : null,
      visibility: 'public',
      anonymous: listing.anonymous,
      status: listing.status,
      publishedAt: timeline.publishedAt,
      expiresAt: timeline.expiresAt,
      createdAt: timeline.createdAt,
      updatedAt: timeline.createdAt,
    } satisfies typeof listings.$inferInsert;
  });

  const history = buildDemoHistory({
    listings: listingRows,
    brokerId,
    referenceMs,
    municipalityOfSite: new Map(siteRows.map((site) => [site.id as string, site.municipalityCode])),
    firstCompanyId: companyRows[0]?.id,
  });

  await db.transaction(async (tx) => {
    await insertRows(tx, user, userRows);
    await insertRows(tx, account, accountRows);
    await insertRows(tx, companies, companyRows);
    await insertRows(tx, companyMembers, memberRows);
    await insertRows(tx, companySites, siteRows);
    await insertRows(tx, listings, listingRows, (inserted) => {
      // Large seeds take a while on PGlite; say how far they are every 10,000 listings.
      if (inserted % 10_000 === 0 && listingRows.length > 10_000)
        log(`demo listings: ${inserted} of ${listingRows.length}`);
    });
    // The year of brokering behind the dashboard and the reports (see history.ts).
    await insertRows(tx, listings, history.listings);
    await insertRows(tx, matches, history.matches);
    await insertRows(tx, matchEvents, history.matchEvents);
    await insertRows(tx, matchNotes, history.matchNotes);
    await insertRows(tx, introductions, history.introductions);
    await insertRows(tx, introductionResponses, history.introductionAnswers);
    await insertRows(tx, conversations, history.conversations);
    await insertRows(tx, conversationParties, history.conversationParties);
    await insertRows(tx, messages, history.messages);
    await insertRows(tx, outcomeRevisions, history.outcomes);
    await tx.insert(auditEvents).values({
      actorUserId: null,
      companyId: null,
      actingAs: 'system',
      action: 'demo.seeded',
      entityType: 'demo',
      details: {
        seed,
        listings: listingRows.length,
        companies: companyRows.length,
        historyMatches: history.matches.length,
        historyDeals: history.outcomes.length,
      },
    });
  });

  const result = {
    companies: companyRows.length,
    people: userRows.length,
    listings: listingRows.length,
    historyMatches: history.matches.length,
    historyDeals: history.outcomes.length,
  };
  log(
    `demo data seeded: ${result.companies} companies, ${result.people} people, ${result.listings} listings, ` +
      `a year of brokering (${result.historyMatches} matches, ${result.historyDeals} deals); ` +
      `sign in as ${DEMO_BROKER_EMAIL} (broker), ${DEMO_ADMIN_EMAIL} (admin) or a company contact, password ${DEMO_PASSWORD}`,
  );
  return result;
}

/** The first start of the embedded default: seed only a database nobody has used yet (no companies at all). */
export async function seedDemoIfEmpty(db: Database, options: SeedDemoOptions = {}): Promise<SeedDemoResult | null> {
  const [anyCompany] = await db.select({ id: companies.id }).from(companies).limit(1);
  if (anyCompany) return null;
  return seedDemoRegion(db, options);
}
