import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { companies, companyInvitations, companyMembers, user } from '../../db/schema/index';
import type {
  ChangeMemberRoleSchema,
  InviteMemberSchema,
  RemoveMemberSchema,
  RevokeInvitationSchema,
} from '../../shared/companies/schemas';
import { recordAudit } from '../audit/service';
import type { AppContext, SessionUser } from '../context';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { consumeSendLimit } from '../limits/send-limits';
import type { CompanyRole } from '../trpc';
import { invitationEmail } from './emails';

type SignedIn = AppContext & { user: SessionUser };
type MemberContext = SignedIn & { company: { id: string; role: CompanyRole } };

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function listMembers({ ctx }: { ctx: MemberContext }) {
  const members = await ctx.db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: companyMembers.role,
      since: companyMembers.createdAt,
    })
    .from(companyMembers)
    .innerJoin(user, eq(user.id, companyMembers.userId))
    .where(eq(companyMembers.companyId, ctx.company.id))
    .orderBy(asc(user.name));
  // Pending invitations are the admins' business; members see who is in the company.
  const invitations =
    ctx.company.role === 'member'
      ? []
      : await ctx.db
          .select({
            id: companyInvitations.id,
            email: companyInvitations.email,
            role: companyInvitations.role,
            expiresAt: companyInvitations.expiresAt,
            createdAt: companyInvitations.createdAt,
          })
          .from(companyInvitations)
          .where(and(eq(companyInvitations.companyId, ctx.company.id), eq(companyInvitations.status, 'pending')))
          .orderBy(asc(companyInvitations.createdAt));
  return { members, invitations, myRole: ctx.company.role };
}

export async function inviteMember({ ctx, input }: { ctx: MemberContext; input: z.output<typeof InviteMemberSchema> }) {
  if (input.role === 'owner' && ctx.company.role !== 'owner') {
    throw new ForbiddenError('validation.onlyOwnerGrantsOwner', { field: 'role' });
  }
  const [existing] = await ctx.db
    .select({ userId: companyMembers.userId })
    .from(companyMembers)
    .innerJoin(user, eq(user.id, companyMembers.userId))
    .where(and(eq(companyMembers.companyId, ctx.company.id), eq(user.email, input.email)))
    .limit(1);
  if (existing) throw new ConflictError('validation.alreadyMember', { field: 'email' });

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + invitationLifetimeMs);
  const [company] = await ctx.db
    .select({ name: companies.name })
    .from(companies)
    .where(eq(companies.id, ctx.company.id));
  const invitation = await ctx.db.transaction(async (tx) => {
    await consumeSendLimit(tx, 'invitation', { user: ctx.user, companyId: ctx.company.id });
    // A new invitation to the same address replaces the old one, so only the newest link works.
    await tx
      .update(companyInvitations)
      .set({ status: 'revoked' })
      .where(
        and(
          eq(companyInvitations.companyId, ctx.company.id),
          eq(companyInvitations.email, input.email),
          eq(companyInvitations.status, 'pending'),
        ),
      );
    const [created] = await tx
      .insert(companyInvitations)
      .values({
        companyId: ctx.company.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedByUserId: ctx.user.id,
        expiresAt,
      })
      .returning({ id: companyInvitations.id, email: companyInvitations.email, role: companyInvitations.role });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: ctx.company.id,
      actingAs: 'member',
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: created?.id,
      details: { email: input.email, role: input.role },
    });
    return created;
  });
  const [recipient] = await ctx.db.select({ language: user.language }).from(user).where(eq(user.email, input.email));
  await ctx.mailer.send(
    invitationEmail({
      to: input.email,
      url: `${ctx.config.publicUrl}/invitations/${token}`,
      companyName: company?.name ?? '',
      inviterName: ctx.user.name,
      role: input.role,
      expiresAt,
      language: recipient?.language ?? ctx.user.language,
    }),
  );
  return { ...invitation, expiresAt };
}

export async function revokeInvitation({
  ctx,
  input,
}: {
  ctx: MemberContext;
  input: z.output<typeof RevokeInvitationSchema>;
}) {
  const [revoked] = await ctx.db
    .update(companyInvitations)
    .set({ status: 'revoked' })
    .where(
      and(
        eq(companyInvitations.id, input.invitationId),
        eq(companyInvitations.companyId, ctx.company.id),
        eq(companyInvitations.status, 'pending'),
      ),
    )
    .returning({ id: companyInvitations.id });
  if (!revoked) throw new NotFoundError('No such pending invitation', { field: 'invitationId' });
}

async function findInvitation(ctx: AppContext, token: string) {
  const [invitation] = await ctx.db
    .select({
      id: companyInvitations.id,
      companyId: companyInvitations.companyId,
      companyName: companies.name,
      email: companyInvitations.email,
      role: companyInvitations.role,
      status: companyInvitations.status,
      expiresAt: companyInvitations.expiresAt,
      inviterName: user.name,
    })
    .from(companyInvitations)
    .innerJoin(companies, eq(companies.id, companyInvitations.companyId))
    .leftJoin(user, eq(user.id, companyInvitations.invitedByUserId))
    .where(and(eq(companyInvitations.tokenHash, hashToken(token)), eq(companies.status, 'active')))
    .limit(1);
  return invitation;
}

/** Anyone holding the link may see whom it invites to what; the token is the secret. */
export async function getInvitation({ ctx, input }: { ctx: AppContext; input: { token: string } }) {
  const invitation = await findInvitation(ctx, input.token);
  if (!invitation) throw new NotFoundError('validation.invitationUnknown', { field: 'token' });
  const state =
    invitation.status !== 'pending'
      ? invitation.status
      : invitation.expiresAt.getTime() < Date.now()
        ? 'expired'
        : 'pending';
  return {
    companyName: invitation.companyName,
    email: invitation.email,
    role: invitation.role,
    inviterName: invitation.inviterName,
    expiresAt: invitation.expiresAt,
    state,
  };
}

export async function acceptInvitation({ ctx, input }: { ctx: SignedIn; input: { token: string } }) {
  const invitation = await findInvitation(ctx, input.token);
  if (!invitation) throw new NotFoundError('validation.invitationUnknown', { field: 'token' });
  if (invitation.status === 'accepted') throw new ConflictError('validation.invitationUsed', { field: 'token' });
  if (invitation.status === 'revoked') throw new ConflictError('validation.invitationRevoked', { field: 'token' });
  if (invitation.expiresAt.getTime() < Date.now())
    throw new ConflictError('validation.invitationExpired', { field: 'token' });
  if (invitation.email !== ctx.user.email.toLowerCase()) {
    throw new ForbiddenError('validation.invitationOtherEmail', { field: 'token' });
  }
  await ctx.db.transaction(async (tx) => {
    // The status condition makes a second, simultaneous acceptance of the same link a no-op.
    const [claimed] = await tx
      .update(companyInvitations)
      .set({ status: 'accepted', acceptedAt: new Date(), acceptedByUserId: ctx.user.id })
      .where(
        and(
          eq(companyInvitations.id, invitation.id),
          eq(companyInvitations.status, 'pending'),
          gt(companyInvitations.expiresAt, sql`now()`),
        ),
      )
      .returning({ id: companyInvitations.id });
    if (!claimed) throw new ConflictError('validation.invitationUsed', { field: 'token' });
    const inserted = await tx
      .insert(companyMembers)
      .values({ companyId: invitation.companyId, userId: ctx.user.id, role: invitation.role })
      .onConflictDoNothing()
      .returning({ userId: companyMembers.userId });
    if (inserted.length === 0) throw new ConflictError('validation.alreadyMember', { field: 'token' });
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: invitation.companyId,
      actingAs: 'member',
      action: 'invitation.accepted',
      entityType: 'invitation',
      entityId: invitation.id,
    });
  });
  return { companyId: invitation.companyId, companyName: invitation.companyName, role: invitation.role };
}

async function ownerCount(db: AppContext['db'], companyId: string): Promise<number> {
  const [row] = await db
    .select({ owners: count() })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.role, 'owner')));
  return Number(row?.owners ?? 0);
}

async function memberRole(db: AppContext['db'], companyId: string, userId: string): Promise<CompanyRole | null> {
  const [row] = await db
    .select({ role: companyMembers.role })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)))
    .for('update');
  return row?.role ?? null;
}

export async function changeMemberRole({
  ctx,
  input,
}: {
  ctx: MemberContext;
  input: z.output<typeof ChangeMemberRoleSchema>;
}) {
  await ctx.db.transaction(async (tx) => {
    const current = await memberRole(tx, ctx.company.id, input.userId);
    if (!current) throw new NotFoundError('No such member', { field: 'userId' });
    // Owners are made and unmade only by owners.
    if ((current === 'owner' || input.role === 'owner') && ctx.company.role !== 'owner') {
      throw new ForbiddenError('validation.onlyOwnerGrantsOwner', { field: 'role' });
    }
    if (current === 'owner' && input.role !== 'owner' && (await ownerCount(tx, ctx.company.id)) === 1) {
      throw new ConflictError('validation.lastOwner', { field: 'userId' });
    }
    await tx
      .update(companyMembers)
      .set({ role: input.role })
      .where(and(eq(companyMembers.companyId, ctx.company.id), eq(companyMembers.userId, input.userId)));
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: ctx.company.id,
      actingAs: 'member',
      action: 'member.role_changed',
      entityType: 'member',
      entityId: input.userId,
      details: { from: current, to: input.role },
    });
  });
}

export async function removeMember({ ctx, input }: { ctx: MemberContext; input: z.output<typeof RemoveMemberSchema> }) {
  await removeMembership(ctx, input.userId, 'member.removed');
}

/** Leaving is removing oneself; any member may, except the last owner. */
export async function leaveCompany({ ctx }: { ctx: MemberContext }) {
  await removeMembership(ctx, ctx.user.id, 'member.left');
}

async function removeMembership(ctx: MemberContext, userId: string, action: string) {
  await ctx.db.transaction(async (tx) => {
    const current = await memberRole(tx, ctx.company.id, userId);
    if (!current) throw new NotFoundError('No such member', { field: 'userId' });
    const self = userId === ctx.user.id;
    if (!self && current === 'owner' && ctx.company.role !== 'owner') {
      throw new ForbiddenError('validation.onlyOwnerRemovesOwner', { field: 'userId' });
    }
    if (current === 'owner' && (await ownerCount(tx, ctx.company.id)) === 1) {
      throw new ConflictError('validation.lastOwner', { field: 'userId' });
    }
    await tx
      .delete(companyMembers)
      .where(and(eq(companyMembers.companyId, ctx.company.id), eq(companyMembers.userId, userId)));
    await recordAudit(tx, {
      actorUserId: ctx.user.id,
      companyId: ctx.company.id,
      actingAs: 'member',
      action,
      entityType: 'member',
      entityId: userId,
    });
  });
}
