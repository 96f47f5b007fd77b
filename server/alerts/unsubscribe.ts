import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client';
import { alerts } from '../../db/schema/index';
import type { Config } from '../env';
import { ValidationError } from '../errors';
import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-tokens';

/** The two ways out of an alert's emails: a page for people, a one-click POST for mail clients. */
export function unsubscribeLinks(config: Pick<Config, 'publicUrl' | 'sessionSecret'>, alertIds: readonly string[]) {
  const token = encodeURIComponent(unsubscribeToken(config.sessionSecret, alertIds));
  return {
    pageUrl: `${config.publicUrl}/unsubscribe?token=${token}`,
    oneClickUrl: `${config.publicUrl}/api/alerts/unsubscribe?token=${token}`,
  };
}

/**
 * Stops the emails of the alerts a token names; no sign-in needed, as the token is signed and
 * expires. The in-app notifications of the alert go on; nothing else of the person changes.
 */
export async function unsubscribeByToken(db: Database, config: Pick<Config, 'sessionSecret'>, token: string) {
  const check = verifyUnsubscribeToken(config.sessionSecret, token);
  if (!check.ok) {
    throw new ValidationError(check.reason === 'expired' ? 'alerts.unsubscribeExpired' : 'alerts.unsubscribeInvalid', {
      field: 'token',
    });
  }
  await db
    .update(alerts)
    .set({ emailUnsubscribedAt: sql`now()` })
    .where(and(inArray(alerts.id, check.alertIds), isNull(alerts.emailUnsubscribedAt)));
  const names = await db.select({ name: alerts.name }).from(alerts).where(inArray(alerts.id, check.alertIds));
  return { alerts: names.map((row) => row.name) };
}

/** RFC 8058 one-click unsubscribe: mail clients POST here, outside our pages and their origin check. */
export async function registerUnsubscribeRoute(app: FastifyInstance, db: () => Database, config: Config) {
  await app.register(async (scope) => {
    // Mail clients post the form body "List-Unsubscribe=One-Click"; the token in the URL is all we read.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post('/api/alerts/unsubscribe', async (request, reply) => {
      const token = (request.query as { token?: string }).token ?? '';
      try {
        await unsubscribeByToken(db(), config, token);
        return reply.type('text/plain; charset=utf-8').send('Unsubscribed.');
      } catch (error) {
        if (error instanceof ValidationError) {
          return reply.code(400).type('text/plain; charset=utf-8').send(error.message);
        }
        throw error;
      }
    });
  });
}
