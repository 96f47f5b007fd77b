import { verifyPassword } from 'better-auth/crypto';
import { and, desc, eq, or } from 'drizzle-orm';
import type { z } from 'zod';
import {
  account,
  auditEvents,
  companies,
  companyInvitations,
  companyMembers,
  session,
  user,
} from '../../db/schema/index';
import type { DeleteAccountSchema, UpdateProfileSchema } from '../../shared/accounts/schemas';
import { companiesOnlyOwnedBy } from '../companies/service';
import type { AppContext, SessionUser } from '../context';
import { ConflictError, ValidationError } from '../errors';

type SignedIn = AppContext & { user: SessionUser };

/** Who is signed in (or null) and where they belong: what the client needs to draw its navigation. */
export async function getMe({ ctx }: { ctx: AppContext }) {
  if (!ctx.user) return null;
  const memberships = await ctx.db
    .select({ companyId: companies.id, companyName: companies.name, role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(and(eq(companyMembers.userId, ctx.user.id), eq(companies.status, 'active')))
    .orderBy(companies.name);
  const { id, name, email, platformRole, language } = ctx.user;
  return { id, name, email, platformRole, language, memberships };
}

export async function updateProfile({ ctx, input }: { ctx: SignedIn; input: z.output<typeof UpdateProfileSchema> }) {
  const values = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  if (Object.keys(values).length > 0) {
    await ctx.db
      .update(user)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(user.id, ctx.user.id));
  }
  return getMe({ ctx: { ...ctx, user: { ...ctx.user, ...values } } });
}

/** Everything Sidestream holds about the signed-in person (GDPR art. 15 and 20), as JSON. */
export async function exportMyData({ ctx }: { ctx: SignedIn }) {
  const userId = ctx.user.id;
  const [profile] = await ctx.db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      language: user.language,
      platformRole: user.platformRole,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    })
    .from(user)
    .where(eq(user.id, userId));
  const sessions = await ctx.db
    .select({
      createdAt: session.createdAt,
      expiresAt: session.expiresAt,
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
    })
    .from(session)
    .where(eq(session.userId, userId));
  const logins = await ctx.db
    .select({ provider: account.providerId, createdAt: account.createdAt, updatedAt: account.updatedAt })
    .from(account)
    .where(eq(account.userId, userId));
  const memberships = await ctx.db
    .select({
      companyId: companies.id,
      companyName: companies.name,
      role: companyMembers.role,
      since: companyMembers.createdAt,
    })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, userId));
  const contactFor = await ctx.db
    .select({ companyId: companies.id, companyName: companies.name, phone: companies.contactPhone })
    .from(companies)
    .where(eq(companies.contactUserId, userId));
  const invitations = await ctx.db
    .select({
      companyId: companyInvitations.companyId,
      email: companyInvitations.email,
      role: companyInvitations.role,
      status: companyInvitations.status,
      createdAt: companyInvitations.createdAt,
      sentByMe: eq(companyInvitations.invitedByUserId, userId),
    })
    .from(companyInvitations)
    .where(
      or(
        eq(companyInvitations.email, ctx.user.email.toLowerCase()),
        eq(companyInvitations.invitedByUserId, userId),
        eq(companyInvitations.acceptedByUserId, userId),
      ),
    );
  const actions = await ctx.db
    .select({
      at: auditEvents.at,
      companyId: auditEvents.companyId,
      actingAs: auditEvents.actingAs,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
    })
    .from(auditEvents)
    .where(eq(auditEvents.actorUserId, userId))
    .orderBy(desc(auditEvents.at));
  return {
    exportedAt: new Date().toISOString(),
    format: 'sidestream-personal-data/1',
    profile,
    passwordLogins: logins,
    sessions,
    memberships,
    contactPersonFor: contactFor,
    invitations,
    actions,
  };
}

/**
 * Deletes the person and everything that is only theirs (sessions, logins, memberships).
 * Records of what they did stay, without their name (the actor becomes null).
 */
export async function deleteMyAccount({ ctx, input }: { ctx: SignedIn; input: z.output<typeof DeleteAccountSchema> }) {
  const [credential] = await ctx.db
    .select({ hash: account.password })
    .from(account)
    .where(and(eq(account.userId, ctx.user.id), eq(account.providerId, 'credential')));
  if (!credential?.hash || !(await verifyPassword({ hash: credential.hash, password: input.password }))) {
    throw new ValidationError('validation.wrongPassword', { field: 'password' });
  }
  const soleOwned = await companiesOnlyOwnedBy(ctx, ctx.user.id);
  if (soleOwned.length > 0) {
    throw new ConflictError('validation.lastOwnerOfCompanies', {
      field: 'password',
      params: { companies: soleOwned.map((company) => company.name).join(', ') },
    });
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(companies).set({ contactUserId: null }).where(eq(companies.contactUserId, ctx.user.id));
    await tx.delete(user).where(eq(user.id, ctx.user.id));
  });
}
