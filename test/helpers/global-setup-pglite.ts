import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client';

/**
 * Creating PGlite with its extensions takes seconds; reopening a data directory takes a third of one.
 * So the migrated database is built once per run and every test file opens its own copy.
 */
export default async function setup(project: TestProject) {
  const templateDir = mkdtempSync(path.join(tmpdir(), 'sidestream-pglite-template-'));
  const database = await openDatabase({ kind: 'embedded', dataDir: templateDir });
  await database.migrate();
  await database.close();
  project.provide('pgliteTemplateDir', templateDir);
  return () => rmSync(templateDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    serverTemplateDatabase: string;
  }
}
