import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { startWorker } from '../../../server/jobs/worker';
import { searchIndexHandler } from '../../../server/search/index-jobs';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { freePort } from '../../helpers/server-process';
import { createTestApp, silentLog, type TestApp, testConfig } from '../../helpers/test-app';

/**
 * Meilisearch failing must show as a failure: a search answers an error that says the engine is
 * unavailable (never an empty result that reads as "nothing found"), and index jobs wait for it.
 * Two failures: nothing listening at MEILI_URL, and a server answering Meilisearch's error format.
 */
let database: DatabaseHandle;
let erroring: Server;
const apps: TestApp[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  erroring = createServer((_request, response) => {
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        message: 'internal error',
        code: 'internal',
        type: 'internal',
        link: 'https://docs.meilisearch.com',
      }),
    );
  });
  await new Promise<void>((resolve) => erroring.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const app of apps) await app.close();
  erroring?.close();
  await database?.close();
});

async function engineUrls() {
  return {
    'nothing listening': `http://127.0.0.1:${await freePort()}`,
    'an error answer': `http://127.0.0.1:${(erroring.address() as AddressInfo).port}`,
  };
}

test('a search answers 503 "search engine unavailable", never an empty result', async () => {
  for (const [failure, url] of Object.entries(await engineUrls())) {
    const app = await createTestApp(database, { MEILI_URL: url });
    apps.push(app);
    const result = await callTrpc(app, 'search.listings', { q: 'aluminium' }, { kind: 'query' });
    expect(result.status, failure).toBe(503);
    expect(result.body.error?.message, failure).toBe('search.engineUnavailable');
    expect(result.body.result, failure).toBeUndefined();
  }
});

test('index jobs wait while Meilisearch is down: the job stays pending with its error, and nothing is lost', async () => {
  const env = { MEILI_URL: (await engineUrls())['nothing listening'] };
  const app = await createTestApp(database, env);
  apps.push(app);
  const { owner, company, siteId } = await createCompanyWithSite(app);
  const created = await callTrpc(
    app,
    'listings.create',
    {
      companyId: company.id,
      side: 'offer',
      type: 'material',
      title: 'Aluminiumspån som väntar',
      categoryId: 'aluminium-swarf',
      quantity: 2,
      unit: 't',
      frequency: 'monthly',
      availableFrom: '2026-12-01',
      siteId,
      priceModel: 'free',
      publish: true,
    },
    { cookie: owner.cookie },
  );
  expect(created.status).toBe(200);
  const listingId = (created.body.result as { data: { id: string } }).data.id;

  const worker = startWorker({
    db: database.db,
    handlers: { 'search.index-listing': searchIndexHandler(testConfig(env), database.db) },
    log: silentLog,
    autoStart: false,
  });
  expect(await worker.runOnce()).toBeGreaterThan(0);
  const [job] = rowsOf<{ done_at: string | null; attempts: number; last_error: string | null; waits: boolean }>(
    await database.db.execute(sql`
      select done_at, attempts, last_error, run_at > now() as waits from jobs
      where kind = 'search.index-listing' and payload->>'listingId' = ${listingId}`),
  );
  expect(job?.done_at).toBeNull();
  expect(job?.attempts).toBe(1);
  expect(job?.last_error).toBeTruthy();
  expect(job?.waits).toBe(true);
  // The listing itself is saved whatever the index does.
  const listing = await callTrpc(app, 'listings.get', { listingId }, { cookie: owner.cookie, kind: 'query' });
  expect(listing.status).toBe(200);
});
