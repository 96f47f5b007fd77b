import { initTRPC } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { AppContext } from './context';
import { DomainError, toTRPCError } from './errors';

const t = initTRPC.context<AppContext>().create({
  // Stack traces only outside production; set per request below via ctx.config.
  isDev: process.env.NODE_ENV !== 'production',
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const hideInternals = ctx?.config.isProduction && error.code === 'INTERNAL_SERVER_ERROR';
    return {
      ...shape,
      message: hideInternals ? 'Internal server error' : shape.message,
      data: {
        ...shape.data,
        stack: ctx?.config.isProduction ? undefined : shape.data.stack,
        // Field errors let a form show the message beside the field that caused it.
        fieldErrors:
          cause instanceof ZodError
            ? z.flattenError(cause).fieldErrors
            : cause instanceof DomainError && cause.field
              ? { [cause.field]: [cause.message] }
              : null,
      },
    };
  },
});

/** Domain errors thrown by services become tRPC errors here, once, instead of a try/catch per procedure. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) throw toTRPCError(result.error.cause);
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
