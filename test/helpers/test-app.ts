import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/client';
import { buildApp } from '../../server/app';
import { createAuth } from '../../server/auth/auth';
import { type AppContext, type SessionUser, searchEngineFor } from '../../server/context';
import { type Config, loadConfig } from '../../server/env';
import { createMailer } from '../../server/mail/mailer';
import { createRuntime, type Runtime } from '../../server/runtime';

export const testPublicUrl = 'http://sidestream.test';

/** Files (photos) of the test apps go to a temporary folder, never ./data. */
const testDataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-test-files-'));
process.on('exit', () => rmSync(testDataDir, { recursive: true, force: true }));

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: testDataDir,
    LOG_LEVEL: 'silent',
    CLIENT_DIR: './dist/client',
    PUBLIC_URL: testPublicUrl,
    ...overrides,
  });
}

export const silentLog: AppContext['log'] = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

export type TestApp = FastifyInstance & { runtime: Runtime };

/** The real Fastify app over a test database, for app.inject() requests. */
export async function createTestApp(
  database: DatabaseHandle,
  overrides: Record<string, string> = {},
): Promise<TestApp> {
  const runtime = createRuntime(testConfig(overrides), { database });
  await runtime.start(silentLog);
  const app = await buildApp({ runtime, logger: false });
  return Object.assign(app, { runtime });
}

/** The context a service receives, built without any request; `user` makes it a signed-in one. */
export function testContext(
  database: DatabaseHandle,
  options: { user?: SessionUser | null; env?: Record<string, string> } = {},
): AppContext {
  const config = testConfig(options.env);
  const mailer = createMailer({ db: database.db, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  return {
    config,
    db: database.db,
    databaseKind: database.kind,
    searchEngine: searchEngineFor(config),
    auth: createAuth({ config, db: database.db, mailer }),
    mailer,
    user: options.user ?? null,
    log: silentLog,
  };
}
