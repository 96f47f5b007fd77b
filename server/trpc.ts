import { initTRPC } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { ZodError, z } from 'zod';
import { companies, companyMembers } from '../db/schema/index';
import type { AppContext, SessionUser } from './context';
import { asDomainError, DomainError, ForbiddenError, NotFoundError, toTRPCError, UnauthorizedError } from './errors';

const t = initTRPC.context<AppContext>().create({
  // Never put stack traces in answers, in any mode: the log has them, under the request id.
  isDev: false,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    // An error we did not throw on purpose (a failed query, a bug) may carry SQL, its parameters or
    // file paths in its message: the caller gets a generic sentence, the log gets the details.
    const unexpected = error.code === 'INTERNAL_SERVER_ERROR' && !(cause instanceof DomainError);
    const { stack: _stack, ...data } = shape.data as typeof shape.data & { stack?: string };
    return {
      ...shape,
      message: unexpected ? 'Internal server error' : shape.message,
      data: {
        ...data,
        // Field errors let a form show the message beside the field that caused it.
        fieldErrors:
          cause instanceof ZodError
            ? z.flattenError(cause).fieldErrors
            : cause instanceof DomainError && cause.field
              ? { [cause.field]: [cause.message] }
              : null,
        formErrors: cause instanceof ZodError ? z.flattenError(cause).formErrors : null,
        params: cause instanceof DomainError ? (cause.params ?? null) : null,
      },
    };
  },
});

/** Domain errors thrown by services become tRPC errors here, once, instead of a try/catch per procedure. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  const domainError = result.ok ? null : asDomainError(result.error.cause);
  if (domainError) throw toTRPCError(domainError);
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// The only procedure builders: every procedure starts from one of these, so every
// procedure's access rule is visible in its first word and checked on the server.

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapDomainErrors);

/** A signed-in person; ctx.user is non-null from here on. */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new UnauthorizedError('Sign in first');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export type CompanyRole = 'owner' | 'admin' | 'member';

/** Input every company-scoped procedure carries; its schema adds the rest. */
const CompanyScopeSchema = z.object({ companyId: z.uuid({ message: 'validation.companyId' }) });

/** The caller's role in the company, or null. Closed companies count as not found. */
export async function membershipOf(ctx: AppContext, user: SessionUser, companyId: string): Promise<CompanyRole | null> {
  const [row] = await ctx.db
    .select({ role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(
      and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, user.id), eq(companies.status, 'active')),
    )
    .limit(1);
  return row?.role ?? null;
}

/** A member (any role) of the company named by input.companyId. */
export const companyMemberProcedure = signedInProcedure.input(CompanyScopeSchema).use(async ({ ctx, input, next }) => {
  const role = await membershipOf(ctx, ctx.user, input.companyId);
  // Not found rather than forbidden: a stranger learns nothing about which company ids exist.
  if (!role) throw new NotFoundError('No such company among yours', { field: 'companyId' });
  return next({ ctx: { ...ctx, company: { id: input.companyId, role } } });
});

/** An owner or admin of the company named by input.companyId. */
export const companyAdminProcedure = companyMemberProcedure.use(({ ctx, next }) => {
  if (ctx.company.role === 'member') throw new ForbiddenError('Only the company’s owners and admins may do this');
  return next();
});

/** IUC staff: brokers and platform admins. */
export const brokerProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (ctx.user.platformRole !== 'broker' && ctx.user.platformRole !== 'admin') {
    throw new ForbiddenError('Only IUC staff may do this');
  }
  return next();
});

/** Platform admins only. */
export const adminProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (ctx.user.platformRole !== 'admin') throw new ForbiddenError('Only platform admins may do this');
  return next();
});

export type CompanyActor = { id: string; role: CompanyRole | null; actingAs: 'member' | 'broker' };

async function brokerMayActFor(ctx: AppContext, user: SessionUser, companyId: string): Promise<boolean> {
  if (user.platformRole !== 'broker' && user.platformRole !== 'admin') return false;
  const [company] = await ctx.db
    .select({ brokerAssistance: companies.brokerAssistance })
    .from(companies)
    .where(and(eq(companies.id, companyId), eq(companies.status, 'active')))
    .limit(1);
  return company?.brokerAssistance === true;
}

/**
 * A member of the company, or IUC staff acting for a company that asked for help.
 * ctx.company.actingAs says which, so every write can be recorded as done on the company's behalf.
 */
export const companyActorProcedure = signedInProcedure.input(CompanyScopeSchema).use(async ({ ctx, input, next }) => {
  const role = await membershipOf(ctx, ctx.user, input.companyId);
  if (role)
    return next({ ctx: { ...ctx, company: { id: input.companyId, role, actingAs: 'member' } as CompanyActor } });
  if (await brokerMayActFor(ctx, ctx.user, input.companyId)) {
    return next({ ctx: { ...ctx, company: { id: input.companyId, role: null, actingAs: 'broker' } as CompanyActor } });
  }
  throw new NotFoundError('No such company among yours', { field: 'companyId' });
});

/** An owner or admin of the company, or IUC staff acting for a company that asked for help. */
export const companyEditorProcedure = companyActorProcedure.use(({ ctx, next }) => {
  if (ctx.company.actingAs === 'member' && ctx.company.role === 'member') {
    throw new ForbiddenError('Only the company’s owners and admins may do this');
  }
  return next();
});
