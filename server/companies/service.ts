import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { companies, companyMembers, companySites, listings, user } from '../../db/schema/index';
import type {
  AddSiteSchema,
  CloseCompanySchema,
  CreateCompanySchema,
  RemoveSiteSchema,
  SiteFields,
  UpdateCompanySchema,
  UpdateSiteSchema,
} from '../../shared/companies/schemas';
import { getMunicipality } from '../../shared/geo/municipalities';
import { recordAudit } from '../audit/service';
import type { AppContext, SessionUser } from '../context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { enqueueListingJobs } from '../jobs/queue';
import type { CompanyActor, CompanyRole } from '../trpc';

type SignedIn = AppContext & { user: SessionUser };
type ActorContext = SignedIn & { company: CompanyActor };
type MemberContext = SignedIn & { company: { id: string; role: CompanyRole } };

export function siteValues(site: SiteFields) {
  const municipality = getMunicipality(site.municipalityCode);
  if (!municipality) throw new ValidationError('validation.municipality', { field: 'municipalityCode' });
  return {
    name: site.name,
    streetAddress: site.streetAddress,
    postalCode: site.postalCode ?? null,
    municipalityCode: site.municipalityCode,
    // A new site sits at the municipality seat until its owner moves the pin.
    lat: site.lat ?? municipality.lat,
    lon: site.lon ?? municipality.lon,
  };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current = error as { code?: string; constraint_name?: string; constraint?: string; cause?: unknown } | undefined;
  while (current) {
    if (current.code === '23505' && (current.constraint_name ?? current.constraint ?? '').includes(constraint))
      return true;
    current = current.cause as typeof current;
  }
  return false;
}

export async function createCompany({ ctx, input }: { ctx: SignedIn; input: z.output<typeof CreateCompanySchema> }) {
  const [taken] = await ctx.db
    .select({ id: companies.id })
    .from(companies)
    .where(eq(companies.orgNumber, input.orgNumber))
    .limit(1);
  if (taken) throw new ConflictError('validation.orgNumberTaken', { field: 'orgNumber' });
  try {
    return await ctx.db.transaction(async (tx) => {
      const [company] = await tx
        .insert(companies)
        .values({
          name: input.name,
          orgNumber: input.orgNumber,
          sniCode: input.sniCode,
          employeesBand: input.employeesBand,
          website: input.website ?? null,
          description: input.description ?? null,
          contactPhone: input.contactPhone ?? null,
          contactUserId: ctx.user.id,
        })
        .returning({ id: companies.id, name: companies.name, orgNumber: companies.orgNumber });
      if (!company) throw new Error('insert returned no company');
      await tx.insert(companyMembers).values({ companyId: company.id, userId: ctx.user.id, role: 'owner' });
      await tx.insert(companySites).values({ companyId: company.id, ...siteValues(input.firstSite) });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        companyId: company.id,
        actingAs: 'member',
        action: 'company.created',
        entityType: 'company',
        entityId: company.id,
      });
      return company;
    });
  } catch (error) {
    // Two sign-ups with the same number at once: the unique index decides.
    if (isUniqueViolation(error, 'org_number'))
      throw new ConflictError('validation.orgNumberTaken', { field: 'orgNumber' });
    throw error;
  }
}

/** What anyone may see of a company; contact details and street addresses only for signed-in people. */
export async function getCompany({ ctx, input }: { ctx: AppContext; input: { companyId: string } }) {
  const [company] = await ctx.db
    .select({
      id: companies.id,
      name: companies.name,
      orgNumber: companies.orgNumber,
      sniCode: companies.sniCode,
      employeesBand: companies.employeesBand,
      website: companies.website,
      description: companies.description,
      brokerAssistance: companies.brokerAssistance,
      contactName: user.name,
      contactEmail: user.email,
      contactPhone: companies.contactPhone,
      createdAt: companies.createdAt,
    })
    .from(companies)
    .leftJoin(user, eq(user.id, companies.contactUserId))
    .where(and(eq(companies.id, input.companyId), eq(companies.status, 'active')))
    .limit(1);
  if (!company) throw new NotFoundError('No such company', { field: 'companyId' });
  const sites = await ctx.db
    .select({
      id: companySites.id,
      name: companySites.name,
      streetAddress: companySites.streetAddress,
      postalCode: companySites.postalCode,
      municipalityCode: companySites.municipalityCode,
      lat: companySites.lat,
      lon: companySites.lon,
    })
    .from(companySites)
    .where(eq(companySites.companyId, company.id))
    .orderBy(asc(companySites.createdAt));
  const signedIn = ctx.user !== null;
  const { contactName, contactEmail, contactPhone, ...profile } = company;
  const role = ctx.user ? await roleIn(ctx, ctx.user.id, company.id) : null;
  return {
    ...profile,
    myRole: role,
    contact: signedIn ? { name: contactName, email: contactEmail, phone: contactPhone } : null,
    sites: sites.map((site) =>
      signedIn
        ? site
        : {
            id: site.id,
            name: site.name,
            municipalityCode: site.municipalityCode,
            streetAddress: null,
            postalCode: null,
            lat: null,
            lon: null,
          },
    ),
  };
}

async function roleIn(ctx: AppContext, userId: string, companyId: string): Promise<CompanyRole | null> {
  const [row] = await ctx.db
    .select({ role: companyMembers.role })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)))
    .limit(1);
  return row?.role ?? null;
}

export async function listMyCompanies({ ctx }: { ctx: SignedIn }) {
  return ctx.db
    .select({ id: companies.id, name: companies.name, orgNumber: companies.orgNumber, role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(and(eq(companyMembers.userId, ctx.user.id), eq(companies.status, 'active')))
    .orderBy(asc(companies.name));
}

/** IUC staff see every active company, with how many members each has. */
export async function listAllCompanies({ ctx }: { ctx: SignedIn }) {
  return ctx.db
    .select({
      id: companies.id,
      name: companies.name,
      orgNumber: companies.orgNumber,
      brokerAssistance: companies.brokerAssistance,
      members: count(companyMembers.userId),
    })
    .from(companies)
    .leftJoin(companyMembers, eq(companyMembers.companyId, companies.id))
    .where(eq(companies.status, 'active'))
    .groupBy(companies.id)
    .orderBy(asc(companies.name));
}

export async function updateCompany({
  ctx,
  input,
}: {
  ctx: ActorContext;
  input: z.output<typeof UpdateCompanySchema>;
}) {
  const { companyId, ...changes } = input;
  if (changes.contactUserId !== undefined && !(await roleIn(ctx, changes.contactUserId, companyId))) {
    throw new ValidationError('validation.contactNotMember', { field: 'contactUserId' });
  }
  // Asking IUC for help is the company's own decision, not a broker's.
  if (changes.brokerAssistance !== undefined && ctx.company.actingAs === 'broker') {
    throw new ValidationError('validation.brokerAssistanceByCompany', { field: 'brokerAssistance' });
  }
  const values = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(companies)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(companies.id, companyId));
    if (values.name !== undefined) await enqueueListingJobs(tx, { companyId });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId,
      actingAs: ctx.company.actingAs,
      action: 'company.updated',
      entityType: 'company',
      entityId: companyId,
      details: { fields: Object.keys(values) },
    });
  });
  return getCompany({ ctx, input: { companyId } });
}

export async function addSite({ ctx, input }: { ctx: ActorContext; input: z.output<typeof AddSiteSchema> }) {
  return ctx.db.transaction(async (tx) => {
    const [site] = await tx
      .insert(companySites)
      .values({ companyId: input.companyId, ...siteValues(input.site) })
      .returning({ id: companySites.id });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: input.companyId,
      actingAs: ctx.company.actingAs,
      action: 'site.added',
      entityType: 'site',
      entityId: site?.id,
    });
    return site;
  });
}

export async function updateSite({ ctx, input }: { ctx: ActorContext; input: z.output<typeof UpdateSiteSchema> }) {
  return ctx.db.transaction(async (tx) => {
    const [site] = await tx
      .update(companySites)
      .set(siteValues(input.site))
      .where(and(eq(companySites.id, input.siteId), eq(companySites.companyId, input.companyId)))
      .returning({ id: companySites.id, lat: companySites.lat, lon: companySites.lon });
    if (!site) throw new NotFoundError('No such site in this company', { field: 'siteId' });
    // Listings carry their site's position for distance search; a moved pin moves them too.
    await tx.update(listings).set({ lat: site.lat, lon: site.lon }).where(eq(listings.siteId, site.id));
    await enqueueListingJobs(tx, { siteId: site.id });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: input.companyId,
      actingAs: ctx.company.actingAs,
      action: 'site.updated',
      entityType: 'site',
      entityId: site.id,
    });
    return site;
  });
}

export async function removeSite({ ctx, input }: { ctx: ActorContext; input: z.output<typeof RemoveSiteSchema> }) {
  await ctx.db.transaction(async (tx) => {
    const sites = await tx
      .select({ id: companySites.id })
      .from(companySites)
      .where(eq(companySites.companyId, input.companyId))
      .for('update');
    if (!sites.some((site) => site.id === input.siteId))
      throw new NotFoundError('No such site in this company', { field: 'siteId' });
    if (sites.length === 1) throw new ConflictError('validation.lastSite', { field: 'siteId' });
    // Listings keep their site for their whole life, closed ones too: they are the record of what was offered where.
    const [used] = await tx
      .select({ id: listings.id })
      .from(listings)
      .where(eq(listings.siteId, input.siteId))
      .limit(1);
    if (used) throw new ConflictError('validation.siteHasListings', { field: 'siteId' });
    await tx
      .delete(companySites)
      .where(and(eq(companySites.id, input.siteId), eq(companySites.companyId, input.companyId)));
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: input.companyId,
      actingAs: ctx.company.actingAs,
      action: 'site.removed',
      entityType: 'site',
      entityId: input.siteId,
    });
  });
}

/** Closing ends the company's presence: it disappears from listings and search; its data stays for the records. */
export async function closeCompany({ ctx, input }: { ctx: MemberContext; input: z.output<typeof CloseCompanySchema> }) {
  if (ctx.company.role !== 'owner') throw new ForbiddenError('validation.onlyOwnerCloses');
  const [company] = await ctx.db
    .select({ name: companies.name })
    .from(companies)
    .where(eq(companies.id, input.companyId));
  if (!company || company.name.trim().toLowerCase() !== input.confirmName.toLowerCase()) {
    throw new ValidationError('validation.confirmName', { field: 'confirmName' });
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(companies).set({ status: 'closed', closedAt: new Date() }).where(eq(companies.id, input.companyId));
    await enqueueListingJobs(tx, { companyId: input.companyId });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: input.companyId,
      actingAs: 'member',
      action: 'company.closed',
      entityType: 'company',
      entityId: input.companyId,
    });
  });
}

/** Companies in which this person is the only owner: they must hand over or close before leaving. */
export async function companiesOnlyOwnedBy(ctx: AppContext, userId: string) {
  const owned = await ctx.db
    .select({ companyId: companyMembers.companyId, name: companies.name })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(and(eq(companyMembers.userId, userId), eq(companyMembers.role, 'owner'), eq(companies.status, 'active')));
  if (owned.length === 0) return [];
  const ownerCounts = await ctx.db
    .select({ companyId: companyMembers.companyId, owners: count() })
    .from(companyMembers)
    .where(
      and(
        inArray(
          companyMembers.companyId,
          owned.map((row) => row.companyId),
        ),
        eq(companyMembers.role, 'owner'),
      ),
    )
    .groupBy(companyMembers.companyId);
  const soleOwned = new Set(ownerCounts.filter((row) => Number(row.owners) === 1).map((row) => row.companyId));
  return owned.filter((row) => soleOwned.has(row.companyId));
}
