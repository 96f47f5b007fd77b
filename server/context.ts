import type { FastifyBaseLogger } from 'fastify';
import type { Database, DatabaseKind } from '../db/client';
import type { Auth } from './auth/auth';
import type { Config } from './env';
import type { Mailer } from './mail/mailer';

export type SearchEngineName = 'postgres' | 'meilisearch';

export type PlatformRole = 'broker' | 'admin';

/** The signed-in person, as every service sees them. */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  platformRole: PlatformRole | null;
  language: 'sv' | 'en';
  sessionId: string;
};

/**
 * What every procedure and service receives. It is built without a request,
 * so services can be tested directly against a database.
 */
export type AppContext = {
  config: Config;
  db: Database;
  databaseKind: DatabaseKind;
  searchEngine: SearchEngineName;
  auth: Auth;
  mailer: Mailer;
  user: SessionUser | null;
  /** The client's address (request.ip) when the context comes from a request; limits per address use it. */
  clientIp?: string;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error' | 'debug'>;
};

export function searchEngineFor(config: Pick<Config, 'MEILI_URL'>): SearchEngineName {
  return config.MEILI_URL ? 'meilisearch' : 'postgres';
}

/** Reads the session cookie through better-auth; every request checks the session row, so revocation is immediate. */
export async function sessionUserFrom(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  const result = await auth.api.getSession({ headers, query: { disableCookieCache: true } });
  if (!result) return null;
  const { user, session } = result as unknown as {
    user: { id: string; name: string; email: string; platformRole?: string | null; language?: string | null };
    session: { id: string };
  };
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    platformRole: user.platformRole === 'broker' || user.platformRole === 'admin' ? user.platformRole : null,
    language: user.language === 'en' ? 'en' : 'sv',
    sessionId: session.id,
  };
}
