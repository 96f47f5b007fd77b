import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { OutcomeExportSchema } from '../../shared/impact/schemas';
import { crossSiteRefusal } from '../app';
import { ForbiddenError, UnauthorizedError, ValidationError } from '../errors';
import type { Runtime } from '../runtime';
import { outcomesCsv, outcomesXlsx } from './exports';

// Files are plain GET downloads (a link with `download`), so the browser saves them itself; tRPC
// answers JSON only. Same rules as the impact.outcomesCsv procedure: IUC staff, a valid period.

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const statusOf = (error: unknown) =>
  error instanceof UnauthorizedError
    ? 401
    : error instanceof ForbiddenError
      ? 403
      : error instanceof ValidationError
        ? 400
        : null;

/**
 * GET /api/impact/outcomes.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&language=sv|en
 * GET /api/impact/outcomes.xlsx?…the same
 * Errors answer { error: { message, field } } with the same i18n keys as tRPC's field errors.
 */
export async function registerImpactExportRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const send = async (
    format: 'csv' | 'xlsx',
    query: unknown,
    headers: Record<string, unknown>,
    reply: FastifyReply,
  ) => {
    try {
      const parsed = OutcomeExportSchema.safeParse(query);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ValidationError(issue?.message ?? 'validation.date', { field: String(issue?.path[0] ?? 'from') });
      }
      const ctx = await runtime.contextFor({
        headers: fromNodeHeaders(headers as Parameters<typeof fromNodeHeaders>[0]),
        log: reply.log,
      });
      if (!ctx.user) throw new UnauthorizedError('Sign in first');
      if (ctx.user.platformRole !== 'broker' && ctx.user.platformRole !== 'admin') {
        throw new ForbiddenError('Only IUC staff may do this');
      }
      const signedIn = { ...ctx, user: ctx.user };
      const file =
        format === 'csv'
          ? await outcomesCsv({ ctx: signedIn, input: parsed.data }).then((csv) => ({
              filename: csv.filename,
              body: Buffer.from(csv.csv, 'utf8'),
            }))
          : await outcomesXlsx({ ctx: signedIn, input: parsed.data }).then((xlsx) => ({
              filename: xlsx.filename,
              body: xlsx.buffer,
            }));
      return reply
        .header('content-type', contentTypes[format])
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    } catch (error) {
      const status = statusOf(error);
      if (status === null) throw error;
      const domain = error as ValidationError;
      return reply.code(status).send({ error: { message: domain.message, field: domain.field ?? null } });
    }
  };

  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store');
      // A download is harmless to start, but only our own pages (or a typed address) may start one.
      const refusal = crossSiteRefusal(request, runtime.config.publicUrl, null);
      if (refusal) return reply.code(refusal.status).send({ error: { message: refusal.message } });
    });
    scope.get('/api/impact/outcomes.csv', (request, reply) => send('csv', request.query, request.headers, reply));
    scope.get('/api/impact/outcomes.xlsx', (request, reply) => send('xlsx', request.query, request.headers, reply));
  });
}
