import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/client';
import { databaseUrlFor, testDatabasePrefix } from './server-database';

export type TestDatabaseKind = 'pglite' | 'server';

/** Which database the current Vitest project runs against (see vitest.config.ts). */
export const testDatabaseKind: TestDatabaseKind = process.env.SIDESTREAM_TEST_DB === 'server' ? 'server' : 'pglite';

/**
 * A fresh, migrated database of its own for one test file: a copy of the PGlite template
 * directory, or a server database created from the migrated template.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  if (testDatabaseKind === 'server') {
    const adminUrl = process.env.TEST_DATABASE_URL as string;
    const name = `${testDatabasePrefix}${randomBytes(6).toString('hex')}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${inject('serverTemplateDatabase')}"`);
    const url = databaseUrlFor(adminUrl, name);
    const database = await openDatabase({ kind: 'server', url, maxConnections: 4 });
    return {
      ...database,
      url,
      close: async () => {
        await database.close();
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-pglite-test-'));
  cpSync(inject('pgliteTemplateDir'), dataDir, { recursive: true });
  const database = await openDatabase({ kind: 'embedded', dataDir });
  return {
    ...database,
    close: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
