import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { committedMigrations, type DatabaseHandle } from '../../db/client';
import { getAppInfo } from '../../server/meta/service';
import { createTestDatabase, testDatabaseKind } from '../helpers/database';
import { createTestApp, testContext } from '../helpers/test-app';

let database: DatabaseHandle;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

test('meta.info names the database kind, its version and the applied migrations', async () => {
  const info = await getAppInfo({ ctx: testContext(database) });
  expect(info.database.kind).toBe(testDatabaseKind === 'server' ? 'server' : 'embedded');
  expect(info.database.serverVersion).toMatch(/^\d+(\.\d+)?/);
  expect(info.database.migrationsApplied).toBe(committedMigrations().length);
  expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
});

test('meta.info names Meilisearch as the search engine only when MEILI_URL is set', async () => {
  expect((await getAppInfo({ ctx: testContext(database) })).searchEngine).toBe('postgres');
  const withMeili = testContext(database, { env: { MEILI_URL: 'http://localhost:7700' } });
  expect((await getAppInfo({ ctx: withMeili })).searchEngine).toBe('meilisearch');
});

test('meta.info answers over HTTP through tRPC', async () => {
  const response = await app.inject({ method: 'GET', url: '/trpc/meta.info' });
  expect(response.statusCode).toBe(200);
  expect(response.json().result.data.database.migrationsApplied).toBe(committedMigrations().length);
});

test('the database has the search and distance extensions', async () => {
  const { sql } = await import('drizzle-orm');
  const { rowsOf } = await import('../../db/client');
  const rows = rowsOf<{ extname: string }>(await database.db.execute(sql`select extname from pg_extension`));
  expect(rows.map((row) => row.extname)).toEqual(
    expect.arrayContaining(['pg_trgm', 'unaccent', 'cube', 'earthdistance']),
  );
  const [stem] = rowsOf<{ v: string }>(
    await database.db.execute(sql`select to_tsvector('swedish', 'pallar')::text as v`),
  );
  expect(stem?.v).toContain("'pall'");
});

test('readyz is 200 when the database answers and migrations are applied', async () => {
  const response = await app.inject({ method: 'GET', url: '/readyz' });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toEqual({ status: 'ready' });
});

test('a GET to a mutation is refused with 405', async () => {
  const response = await app.inject({ method: 'GET', url: '/trpc/meta.reportClientError?input=%7B%7D' });
  expect(response.statusCode).toBe(405);
});

test('a bad client error report names the field that is wrong', async () => {
  const response = await app.inject({
    method: 'POST',
    url: '/trpc/meta.reportClientError',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ message: '', path: '/' }),
  });
  expect(response.statusCode).toBe(400);
  expect(response.json().error.data.fieldErrors.message).toBeDefined();
});
