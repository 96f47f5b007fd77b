import type { FastifyBaseLogger } from 'fastify';
import type { Database, DatabaseKind } from '../db/client';
import type { Config } from './env';

export type SearchEngineName = 'postgres' | 'meilisearch';

/**
 * What every procedure and service receives. It is built without a request,
 * so services can be tested directly against a database.
 */
export type AppContext = {
  config: Config;
  db: Database;
  databaseKind: DatabaseKind;
  searchEngine: SearchEngineName;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error' | 'debug'>;
};

export function searchEngineFor(config: Pick<Config, 'MEILI_URL'>): SearchEngineName {
  return config.MEILI_URL ? 'meilisearch' : 'postgres';
}
