import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { companies, companyMembers, companySites, listingPhotos, listings, user } from '../../db/schema/index';
import { municipalityLabelPoint } from '../../shared/geo/public-distance';
import {
  type CloseListingSchema,
  type CompanyListingsSchema,
  type CreateListingSchema,
  isHazardousEwcCode,
  type ListingActionSchema,
  type ListingFields,
  type ListingStatus,
  listingLifetimeDays,
  type UpdateListingSchema,
} from '../../shared/listings/schemas';
import { roundForTeaser } from '../../shared/listings/teaser';
import { annualQuantity } from '../../shared/listings/units';
import { categorySearchTerms } from '../../shared/search/category-terms';
import { recordAudit } from '../audit/service';
import type { AppContext, SessionUser } from '../context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { enqueueListingJobs } from '../jobs/queue';
import { consumeSendLimit } from '../limits/send-limits';
import type { CompanyActor } from '../trpc';

type ActorContext = AppContext & { user: SessionUser; company: CompanyActor };

const lifetimeMs = listingLifetimeDays * 24 * 60 * 60 * 1000;

/** Active listings past their expiry date count as expired everywhere, before any sweep has run. */
const effectiveStatus = sql<ListingStatus>`case when ${listings.status} = 'active' and ${listings.expiresAt} < now() then 'expired' else ${listings.status} end`;

/** The site must be the company's own; its position is copied onto the listing for distance search. */
async function siteOfCompany(ctx: AppContext, companyId: string, siteId: string) {
  const [site] = await ctx.db
    .select({ lat: companySites.lat, lon: companySites.lon })
    .from(companySites)
    .where(and(eq(companySites.id, siteId), eq(companySites.companyId, companyId)));
  if (!site) throw new ValidationError('validation.site', { field: 'siteId' });
  return site;
}

/** The stored form of the fields: derived quantity, and hazardous whenever the EWC code says so. */
function listingValues(fields: ListingFields) {
  const annual = annualQuantity({ quantity: fields.quantity, unit: fields.unit, frequency: fields.frequency });
  const ewcCode = fields.ewcCode ?? null;
  const pricePayable = fields.priceModel === 'fixed' || fields.priceModel === 'pays_for_removal';
  return {
    side: fields.side,
    type: fields.type,
    categoryId: fields.categoryId,
    title: fields.title,
    description: fields.description,
    language: fields.language,
    quantity: fields.quantity,
    unit: fields.unit,
    frequency: fields.frequency,
    annualQuantity: annual.value,
    quantityDimension: annual.dimension,
    availableFrom: fields.availableFrom,
    availableUntil: fields.availableUntil ?? null,
    siteId: fields.siteId,
    priceModel: fields.priceModel,
    priceSek: pricePayable ? (fields.priceSek ?? null) : null,
    condition: fields.condition ?? null,
    specs: fields.specs,
    ewcCode,
    hazardous: fields.hazardous || (ewcCode !== null && isHazardousEwcCode(ewcCode)),
    acceptsHazardous: fields.side === 'need' ? fields.acceptsHazardous : false,
    maxDistanceKm: fields.side === 'need' ? (fields.maxDistanceKm ?? null) : null,
    visibility: fields.visibility,
    anonymous: fields.anonymous,
    categoryTerms: categorySearchTerms(fields.categoryId),
  };
}

export async function createListing({
  ctx,
  input,
}: {
  ctx: ActorContext;
  input: z.output<typeof CreateListingSchema>;
}) {
  const { companyId, publish, ...fields } = input;
  const site = await siteOfCompany(ctx, companyId, fields.siteId);
  const now = new Date();
  return ctx.db.transaction(async (tx) => {
    await consumeSendLimit(tx, 'listing', { user: ctx.user, companyId });
    const [created] = await tx
      .insert(listings)
      .values({
        companyId,
        createdByUserId: ctx.user.id,
        ...listingValues(fields),
        lat: site.lat,
        lon: site.lon,
        status: publish ? 'active' : 'draft',
        publishedAt: publish ? now : null,
        expiresAt: publish ? new Date(now.getTime() + lifetimeMs) : null,
      })
      .returning({ id: listings.id, status: listings.status, version: listings.version });
    if (!created) throw new Error('insert returned no listing');
    await enqueueListingJobs(tx, { listingId: created.id });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId,
      actingAs: ctx.company.actingAs,
      action: publish ? 'listing.published' : 'listing.created',
      entityType: 'listing',
      entityId: created.id,
    });
    return created;
  });
}

async function ownListing(ctx: ActorContext, listingId: string) {
  const [listing] = await ctx.db
    .select({
      id: listings.id,
      companyId: listings.companyId,
      status: effectiveStatus,
      version: listings.version,
    })
    .from(listings)
    .where(eq(listings.id, listingId));
  if (!listing) throw new NotFoundError('validation.listingUnknown', { field: 'listingId' });
  if (listing.companyId !== ctx.company.id)
    throw new ForbiddenError('validation.notYourListing', { field: 'listingId' });
  return listing;
}

function staleVersion(): ConflictError {
  return new ConflictError('validation.staleVersion', { field: 'version' });
}

export async function updateListing({
  ctx,
  input,
}: {
  ctx: ActorContext;
  input: z.output<typeof UpdateListingSchema>;
}) {
  const { companyId, listingId, version, ...fields } = input;
  const current = await ownListing(ctx, listingId);
  if (current.status === 'closed') throw new ConflictError('validation.listingClosed', { field: 'listingId' });
  const site = await siteOfCompany(ctx, companyId, fields.siteId);
  const values = { ...listingValues(fields), lat: site.lat, lon: site.lon };
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(listings).where(eq(listings.id, listingId)).for('update');
    if (!before || before.version !== version) throw staleVersion();
    const [updated] = await tx
      .update(listings)
      .set({ ...values, version: sql`${listings.version} + 1`, updatedAt: new Date() })
      .where(and(eq(listings.id, listingId), eq(listings.version, version)))
      .returning({ id: listings.id, version: listings.version });
    if (!updated) throw staleVersion();
    await enqueueListingJobs(tx, { listingId });
    const changed = Object.keys(values).filter(
      (key) =>
        JSON.stringify((before as Record<string, unknown>)[key]) !==
        JSON.stringify((values as Record<string, unknown>)[key]),
    );
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId,
      actingAs: ctx.company.actingAs,
      action: 'listing.updated',
      entityType: 'listing',
      entityId: listingId,
      details: {
        changes: Object.fromEntries(
          changed.map((key) => [
            key,
            { from: (before as Record<string, unknown>)[key], to: (values as Record<string, unknown>)[key] },
          ]),
        ),
      },
    });
    return updated;
  });
}

type Transition = 'publish' | 'pause' | 'resume' | 'renew' | 'close';

const allowedFrom: Record<Transition, ListingStatus[]> = {
  publish: ['draft'],
  pause: ['active'],
  resume: ['paused'],
  renew: ['active', 'paused', 'expired'],
  close: ['draft', 'active', 'paused', 'expired'],
};

/** Moves a listing through its lifecycle; a renewal starts a new 90-day period. */
export async function changeListingStatus({
  ctx,
  input,
  transition,
}: {
  ctx: ActorContext;
  input: z.output<typeof ListingActionSchema> & { reason?: z.output<typeof CloseListingSchema>['reason'] };
  transition: Transition;
}) {
  const current = await ownListing(ctx, input.listingId);
  if (current.version !== input.version) throw staleVersion();
  if (!allowedFrom[transition].includes(current.status)) {
    throw new ConflictError('validation.statusTransition', { field: 'listingId' });
  }
  const now = new Date();
  const freshPeriod = { publishedAt: now, expiresAt: new Date(now.getTime() + lifetimeMs) };
  const changes = {
    publish: { status: 'active' as const, ...freshPeriod },
    pause: { status: 'paused' as const },
    resume: { status: 'active' as const },
    renew: { status: 'active' as const, expiresAt: freshPeriod.expiresAt },
    close: { status: 'closed' as const, closedReason: input.reason ?? 'withdrawn' },
  }[transition];
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(listings)
      .set({ ...changes, version: sql`${listings.version} + 1`, updatedAt: now })
      .where(and(eq(listings.id, input.listingId), eq(listings.version, input.version)))
      .returning({
        id: listings.id,
        status: listings.status,
        version: listings.version,
        expiresAt: listings.expiresAt,
      });
    if (!updated) throw staleVersion();
    await enqueueListingJobs(tx, { listingId: input.listingId });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: ctx.company.id,
      actingAs: ctx.company.actingAs,
      action: `listing.${transition}`,
      entityType: 'listing',
      entityId: input.listingId,
      details: transition === 'close' ? { reason: changes.status === 'closed' ? input.reason : undefined } : {},
    });
    return updated;
  });
}

/** The company's own listings with their effective status, and how many there are of each. */
export async function listCompanyListings({
  ctx,
  input,
}: {
  ctx: ActorContext;
  input: z.output<typeof CompanyListingsSchema>;
}) {
  const rows = await ctx.db
    .select({
      id: listings.id,
      side: listings.side,
      type: listings.type,
      title: listings.title,
      categoryId: listings.categoryId,
      quantity: listings.quantity,
      unit: listings.unit,
      frequency: listings.frequency,
      status: effectiveStatus,
      anonymous: listings.anonymous,
      visibility: listings.visibility,
      version: listings.version,
      expiresAt: listings.expiresAt,
      updatedAt: listings.updatedAt,
    })
    .from(listings)
    .where(
      and(eq(listings.companyId, ctx.company.id), input.status ? sql`${effectiveStatus} = ${input.status}` : undefined),
    )
    .orderBy(desc(listings.updatedAt));
  const counts = await ctx.db
    .select({ status: effectiveStatus, count: count() })
    .from(listings)
    .where(eq(listings.companyId, ctx.company.id))
    .groupBy(effectiveStatus);
  return {
    listings: rows,
    counts: Object.fromEntries(counts.map((row) => [row.status, Number(row.count)])) as Partial<
      Record<ListingStatus, number>
    >,
  };
}

type Viewer = 'owner' | 'staff' | 'member' | 'anonymous';

async function viewerOf(ctx: AppContext, companyId: string): Promise<Viewer> {
  if (!ctx.user) return 'anonymous';
  const [membership] = await ctx.db
    .select({ role: companyMembers.role })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, ctx.user.id)));
  if (membership) return 'owner';
  if (ctx.user.platformRole === 'broker' || ctx.user.platformRole === 'admin') return 'staff';
  return 'member';
}

/**
 * A listing as this caller may see it. Drafts, paused, closed and expired listings only for the
 * company and staff; a teaser for anonymous visitors (nothing for members-only listings); the
 * company hidden on anonymous listings from everyone but the company itself and staff.
 */
export async function getListing({ ctx, input }: { ctx: AppContext; input: { listingId: string } }) {
  const [row] = await ctx.db
    .select({
      listing: listings,
      status: effectiveStatus,
      companyName: companies.name,
      companyStatus: companies.status,
      contactName: user.name,
      contactEmail: user.email,
      contactPhone: companies.contactPhone,
      siteName: companySites.name,
      municipalityCode: companySites.municipalityCode,
      lat: companySites.lat,
      lon: companySites.lon,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .innerJoin(companySites, eq(companySites.id, listings.siteId))
    .leftJoin(user, eq(user.id, companies.contactUserId))
    .where(eq(listings.id, input.listingId));
  const notFound = new NotFoundError('validation.listingUnknown', { field: 'listingId' });
  if (!row || row.companyStatus !== 'active') throw notFound;
  const viewer = await viewerOf(ctx, row.listing.companyId);
  const privileged = viewer === 'owner' || viewer === 'staff';
  if (!privileged && row.status !== 'active') throw notFound;
  const { listing } = row;
  const photos = await ctx.db
    .select({ id: listingPhotos.id, width: listingPhotos.width, height: listingPhotos.height })
    .from(listingPhotos)
    .where(eq(listingPhotos.listingId, listing.id))
    .orderBy(asc(listingPhotos.position));

  if (viewer === 'anonymous') {
    if (listing.visibility === 'members')
      throw new NotFoundError('validation.listingMembersOnly', { field: 'listingId' });
    return {
      view: 'teaser' as const,
      id: listing.id,
      side: listing.side,
      type: listing.type,
      title: listing.title,
      categoryId: listing.categoryId,
      municipalityCode: row.municipalityCode,
      approximateQuantity: roundForTeaser(listing.quantity),
      unit: listing.unit,
      frequency: listing.frequency,
      photoCount: photos.length,
    };
  }
  const showCompany = !listing.anonymous || privileged;
  // An anonymous listing's site is as telling as its name (it is on the company's public profile):
  // others get the municipality's label point instead.
  const exactPosition = showCompany;
  const position = exactPosition
    ? { lat: row.lat, lon: row.lon }
    : (municipalityLabelPoint(row.municipalityCode) ?? {
        // A municipality outside the list (never written by our forms): a point rounded to about 10 km.
        lat: Math.round(row.lat * 10) / 10,
        lon: Math.round(row.lon * 10) / 10,
      });
  return {
    view: 'full' as const,
    viewer,
    id: listing.id,
    side: listing.side,
    type: listing.type,
    title: listing.title,
    description: listing.description,
    language: listing.language,
    categoryId: listing.categoryId,
    quantity: listing.quantity,
    unit: listing.unit,
    frequency: listing.frequency,
    annualQuantity: listing.annualQuantity,
    quantityDimension: listing.quantityDimension,
    availableFrom: listing.availableFrom,
    availableUntil: listing.availableUntil,
    priceModel: listing.priceModel,
    priceSek: listing.priceSek,
    condition: listing.condition,
    specs: listing.specs,
    ewcCode: listing.ewcCode,
    hazardous: listing.hazardous,
    acceptsHazardous: listing.acceptsHazardous,
    maxDistanceKm: listing.maxDistanceKm,
    visibility: listing.visibility,
    anonymous: listing.anonymous,
    municipalityCode: row.municipalityCode,
    position,
    /** 'site' for the exact pin; 'municipality' when only the municipality may be known. */
    positionPrecision: exactPosition ? ('site' as const) : ('municipality' as const),
    photos,
    company: showCompany
      ? {
          id: listing.companyId,
          name: row.companyName,
          contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
        }
      : null,
    // What only the company and staff need: the lifecycle and the version to edit from.
    own: privileged
      ? {
          companyId: listing.companyId,
          siteId: listing.siteId,
          siteName: row.siteName,
          status: row.status,
          closedReason: listing.closedReason,
          version: listing.version,
          publishedAt: listing.publishedAt,
          expiresAt: listing.expiresAt,
          createdAt: listing.createdAt,
          updatedAt: listing.updatedAt,
        }
      : null,
  };
}
