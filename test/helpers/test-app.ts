import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/client';
import { buildApp } from '../../server/app';
import { type AppContext, searchEngineFor } from '../../server/context';
import { type Config, loadConfig } from '../../server/env';
import { createRuntime } from '../../server/runtime';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CLIENT_DIR: './dist/client', ...overrides });
}

const silentLog: AppContext['log'] = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

/** The real Fastify app over a test database, for app.inject() requests. */
export async function createTestApp(
  database: DatabaseHandle,
  overrides: Record<string, string> = {},
): Promise<FastifyInstance> {
  const runtime = createRuntime(testConfig(overrides), { database });
  await runtime.start(silentLog);
  return buildApp({ runtime, logger: false });
}

/** The context a service receives, built without any request. */
export function testContext(database: DatabaseHandle, overrides: Record<string, string> = {}): AppContext {
  const config = testConfig(overrides);
  return {
    config,
    db: database.db,
    databaseKind: database.kind,
    searchEngine: searchEngineFor(config),
    log: silentLog,
  };
}
