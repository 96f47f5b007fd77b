import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../db/client';
import { jobs } from '../../db/schema/index';
import { claimJobs, enqueueJob, retryDelaySeconds } from '../../server/jobs/queue';
import { startWorker } from '../../server/jobs/worker';
import { createTestDatabase } from '../helpers/database';
import { createCompanyWithSite } from '../helpers/factories';
import { callTrpc } from '../helpers/http';
import { createTestApp, type TestApp } from '../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;
const quietLog = { info: () => {}, error: () => {} };

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});
beforeEach(async () => {
  await database.db.delete(jobs);
});

test('a listing write adds its index, matching and alert jobs in the same transaction, and a refused write adds none', async () => {
  const { owner, company, siteId } = await createCompanyWithSite(app);
  const listing = {
    companyId: company.id,
    side: 'offer',
    type: 'material',
    categoryId: 'aluminium-swarf',
    title: 'Aluminiumspån',
    quantity: 1,
    unit: 't',
    frequency: 'monthly',
    availableFrom: '2026-12-01',
    siteId,
    priceModel: 'free',
  };
  const created = await callTrpc(app, 'listings.create', { ...listing, publish: true }, { cookie: owner.cookie });
  const listingId = (created.body.result as { data: { id: string } }).data.id;
  const queued = await database.db.select().from(jobs);
  expect(queued.map((job) => [job.kind, job.payload]).sort()).toEqual([
    ['alerts.listing-changed', { listingId }],
    ['matching.compute-listing', { listingId }],
    ['search.index-listing', { listingId }],
  ]);

  const stale = await callTrpc(app, 'listings.update', { ...listing, listingId, version: 7 }, { cookie: owner.cookie });
  expect(stale.status).toBe(409);
  expect(await database.db.$count(jobs)).toBe(3);
});

test('the worker applies jobs and marks them done; a failure is retried later with backoff', async () => {
  await database.db.transaction(async (tx) => {
    await enqueueJob(tx, 'search.index-listing', { listingId: 'ok' });
    await enqueueJob(tx, 'search.index-listing', { listingId: 'broken' });
  });
  const seen: unknown[] = [];
  const worker = startWorker({
    db: database.db,
    autoStart: false,
    log: quietLog,
    handlers: {
      'search.index-listing': async (job) => {
        seen.push(job.payload.listingId);
        if (job.payload.listingId === 'broken') throw new Error('engine down');
      },
    },
  });
  expect(await worker.runOnce()).toBe(2);
  expect(seen).toEqual(['ok', 'broken']);
  const rows = await database.db.select().from(jobs).orderBy(jobs.id);
  expect(rows[0]?.doneAt).not.toBeNull();
  expect(rows[1]).toMatchObject({ doneAt: null, attempts: 1, lastError: 'engine down', lockedBy: null });
  expect((rows[1]?.runAt.getTime() ?? 0) - Date.now()).toBeGreaterThan(3000);
  // Not due yet, so the next round leaves it alone.
  expect(await worker.runOnce()).toBe(0);
  expect(retryDelaySeconds(1)).toBe(5);
  expect(retryDelaySeconds(4)).toBe(40);
  expect(retryDelaySeconds(30)).toBe(3600);
});

test('two workers never apply the same job twice', async () => {
  await database.db
    .insert(jobs)
    .values(Array.from({ length: 60 }, (_, index) => ({ kind: 'search.index-listing', payload: { n: index } })));
  const applied: number[] = [];
  const handler = async (job: { payload: Record<string, unknown> }) => {
    applied.push(Number(job.payload.n));
    await new Promise((resolve) => setTimeout(resolve, 1));
  };
  const workers = [1, 2].map(() =>
    startWorker({
      db: database.db,
      autoStart: false,
      batchSize: 7,
      log: quietLog,
      handlers: { 'search.index-listing': handler },
    }),
  );
  const drain = async (worker: (typeof workers)[number]) => {
    while ((await worker.runOnce()) > 0) {}
  };
  await Promise.all(workers.map(drain));
  expect(applied.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, index) => index));
  expect(await database.db.$count(jobs, sql`${jobs.doneAt} is null`)).toBe(0);
});

test('jobs claimed by a worker that died are taken up again after a restart', async () => {
  await enqueueJob(database.db, 'search.index-listing', { listingId: 'orphan' });
  const [claimed] = await claimJobs(database.db, 'worker-that-crashed', 10);
  expect(claimed).toBeDefined();
  // While the dead worker's lock holds, nobody takes the job …
  const seen: unknown[] = [];
  const restarted = startWorker({
    db: database.db,
    autoStart: false,
    log: quietLog,
    handlers: { 'search.index-listing': async (job) => void seen.push(job.payload.listingId) },
  });
  expect(await restarted.runOnce()).toBe(0);
  // … and once it has run out, the restarted worker applies it.
  await database.db
    .update(jobs)
    .set({ lockedUntil: new Date(Date.now() - 1000) })
    .where(eq(jobs.id, claimed?.id as number));
  expect(await restarted.runOnce()).toBe(1);
  expect(seen).toEqual(['orphan']);
  const [row] = await database.db.select().from(jobs);
  expect(row?.doneAt).not.toBeNull();
});
