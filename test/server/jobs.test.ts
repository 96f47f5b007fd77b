import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/client';
import { jobs } from '../../db/schema/index';
import { claimJobs, enqueueJob, lockSeconds, retryDelaySeconds } from '../../server/jobs/queue';
import { startWorker } from '../../server/jobs/worker';
import { createTestDatabase, testDatabaseKind } from '../helpers/database';
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

/** Polls until `done()` holds, and tells how long that took. */
async function waitUntil(done: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await done())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

test('a live worker keeps renewing its claim while a job runs longer than a heartbeat', async () => {
  await enqueueJob(database.db, 'search.index-listing', { listingId: 'slow' });
  let finish: () => void = () => {};
  let started: () => void = () => {};
  const running = new Promise<void>((resolve) => {
    started = resolve;
  });
  const worker = startWorker({
    db: database.db,
    autoStart: false,
    heartbeatMs: 200,
    log: quietLog,
    handlers: {
      'search.index-listing': () =>
        new Promise<void>((resolve) => {
          finish = resolve;
          started();
        }),
    },
  });
  const round = worker.runOnce();
  await running;
  const [claimed] = await database.db.select().from(jobs);
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const [renewed] = await database.db.select().from(jobs);
  expect(renewed?.lockedBy).toBe(worker.id);
  expect((renewed?.lockedUntil?.getTime() ?? 0) - (claimed?.lockedUntil?.getTime() ?? 0)).toBeGreaterThan(800);
  finish();
  await round;
  const [done] = await database.db.select().from(jobs);
  expect(done?.doneAt).not.toBeNull();
});

test('a job claimed by a worker that died is taken over by a running worker within seconds', async () => {
  await enqueueJob(database.db, 'search.index-listing', { listingId: 'orphaned-by-a-crash' });
  const [claimed] = await claimJobs(database.db, 'worker-that-crashed', 10);
  expect(claimed).toBeDefined();
  const crashedAt = Date.now();
  const seen: unknown[] = [];
  const survivor = startWorker({
    db: database.db,
    pollMs: 200,
    log: quietLog,
    handlers: { 'search.index-listing': async (job) => void seen.push(job.payload.listingId) },
  });
  try {
    await waitUntil(async () => seen.length > 0, (lockSeconds + 5) * 1000);
  } finally {
    await survivor.stop();
  }
  const takeoverMs = Date.now() - crashedAt;
  console.info(`[jobs] a dead worker's job was taken over after ${(takeoverMs / 1000).toFixed(1)} s`);
  expect(seen).toEqual(['orphaned-by-a-crash']);
  expect(takeoverMs).toBeLessThan((lockSeconds + 3) * 1000);
}, 30_000);

test('on a Postgres server, a worker whose connection dies mid-job loses it to another worker within seconds', async (context) => {
  if (testDatabaseKind !== 'server') {
    console.info('[jobs] skipped on PGlite: one connection, nothing to kill; runs with TEST_DATABASE_URL');
    context.skip();
  }
  await enqueueJob(database.db, 'search.index-listing', { listingId: 'held-by-a-dying-connection' });
  const doomed = await openDatabase({
    kind: 'server',
    url: (database as { url?: string }).url as string,
    maxConnections: 2,
  });
  let claimedByDoomed: () => void = () => {};
  const doomedHasIt = new Promise<void>((resolve) => {
    claimedByDoomed = resolve;
  });
  let releaseDoomed: () => void = () => {};
  const doomedWorker = startWorker({
    db: doomed.db,
    pollMs: 200,
    log: quietLog,
    handlers: {
      'search.index-listing': () =>
        new Promise<void>((resolve) => {
          releaseDoomed = resolve;
          claimedByDoomed();
        }),
    },
  });
  await doomedHasIt;
  // Its connections end without finishing the job: what a killed process or a dropped network looks like.
  await doomed.close();
  const diedAt = Date.now();
  const seen: unknown[] = [];
  const survivor = startWorker({
    db: database.db,
    pollMs: 200,
    log: quietLog,
    handlers: { 'search.index-listing': async (job) => void seen.push(job.payload.listingId) },
  });
  try {
    await waitUntil(async () => seen.length > 0, (lockSeconds + 5) * 1000);
  } finally {
    await survivor.stop();
    releaseDoomed();
    await doomedWorker.stop();
  }
  const takeoverMs = Date.now() - diedAt;
  console.info(
    `[jobs] after its worker's connection died, the job was taken over in ${(takeoverMs / 1000).toFixed(1)} s`,
  );
  expect(seen).toEqual(['held-by-a-dying-connection']);
  expect(takeoverMs).toBeLessThan((lockSeconds + 3) * 1000);
  const [row] = await database.db.select().from(jobs);
  expect(row?.doneAt).not.toBeNull();
}, 30_000);
