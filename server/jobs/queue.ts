import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';
import { jobs } from '../../db/schema/index';

export type JobKind =
  | 'search.index-listing'
  | 'matching.compute-listing'
  /** One email, sent through the Mailer with retries: a refused message waits instead of failing the write. */
  | 'mail.send'
  /** New messages in a conversation, batched into at most one email per person per 15 minutes. */
  | 'conversations.notify'
  /** Saved searches that now find a published or changed listing tell their owners. */
  | 'alerts.listing-changed'
  /** Newly stored matches tell the members of both companies who asked to hear. */
  | 'alerts.new-matches'
  /** The email of one notification of an immediate alert. */
  | 'alerts.send-immediate'
  /** A daily or weekly digest period, built once for every recipient. */
  | 'alerts.digest';

/** What follows any change to a listing (or to the company or site it belongs to). */
const listingJobKinds: readonly JobKind[] = [
  'search.index-listing',
  'matching.compute-listing',
  'alerts.listing-changed',
];
export type Job = { id: number; kind: JobKind; payload: Record<string, unknown>; attempts: number };

/**
 * A claimed job is the worker's for this long after its last heartbeat; after that another worker
 * takes it over. The worker renews its claims every `heartbeatSeconds` while it works, so a long job
 * keeps its lock and a dead worker's jobs are free again within about `lockSeconds` (docs/decisions/009).
 */
export const lockSeconds = 10;
export const heartbeatSeconds = 2;
/** After this many failed attempts a job stops retrying and waits for a person (lastError says why). */
export const maxAttempts = 10;

/** Adds a job in the caller's transaction, so it exists exactly when the write it follows does. */
export async function enqueueJob(
  db: Pick<Database, 'insert'>,
  kind: JobKind,
  payload: Record<string, unknown>,
  runAt?: Date,
) {
  await db.insert(jobs).values({ kind, payload, ...(runAt ? { runAt } : {}) });
}

/**
 * Adds, in the caller's transaction, the jobs that follow a change to listings: updating the
 * search index, recomputing matches and telling saved searches. A company's name and status and a site's place are part
 * of each of its listings, so those changes name the company or site and reach every listing.
 * 'every-listing' follows a bulk load (the demo seed), which writes listings without jobs.
 */
export async function enqueueListingJobs(
  tx: Pick<Database, 'execute'>,
  of: { listingId: string } | { companyId: string } | { siteId: string } | 'every-listing',
): Promise<void> {
  const where =
    of === 'every-listing'
      ? sql`status <> 'draft'`
      : 'listingId' in of
        ? sql`id = ${of.listingId}`
        : 'companyId' in of
          ? sql`company_id = ${of.companyId} and status <> 'draft'`
          : sql`site_id = ${of.siteId} and status <> 'draft'`;
  await tx.execute(sql`
    insert into jobs (kind, payload)
    select kind, jsonb_build_object('listingId', l.id)
    from listings l, unnest(${sql.raw(`array[${listingJobKinds.map((kind) => `'${kind}'`).join(', ')}]`)}::text[]) as kind
    where ${where}`);
}

/**
 * Claims up to `limit` due jobs for one worker. SKIP LOCKED lets several workers claim at once
 * without waiting on or taking each other's rows; an expired lock (a crashed worker) is free again.
 */
export async function claimJobs(
  db: Database,
  workerId: string,
  limit: number,
  kinds: readonly JobKind[] = listingJobKinds,
): Promise<Job[]> {
  const rows = rowsOf<{ id: number | string; kind: string; payload: Record<string, unknown>; attempts: number }>(
    await db.execute(sql`
      update jobs set locked_by = ${workerId}, locked_until = now() + make_interval(secs => ${lockSeconds}),
             attempts = attempts + 1
      where id in (
        select id from jobs
        where done_at is null and run_at <= now() and attempts < ${maxAttempts}
          and kind in (${sql.join(
            kinds.map((kind) => sql`${kind}`),
            sql`, `,
          )})
          and (locked_until is null or locked_until < now())
        order by run_at, id
        limit ${limit}
        for update skip locked)
      returning id, kind, payload, attempts`),
  );
  // RETURNING has no order; jobs are applied oldest first.
  return rows
    .map((row) => ({
      id: Number(row.id),
      kind: row.kind as JobKind,
      payload: row.payload,
      attempts: row.attempts,
    }))
    .sort((a, b) => a.id - b.id);
}

/** Renews every claim a live worker holds; a worker that died (or lost its connection) stops renewing. */
export async function renewClaims(db: Database, workerId: string): Promise<void> {
  await db.execute(
    sql`update jobs set locked_until = now() + make_interval(secs => ${lockSeconds})
        where locked_by = ${workerId} and done_at is null`,
  );
}

export async function completeJob(db: Database, job: Job, workerId: string): Promise<void> {
  await db.execute(
    sql`update jobs set done_at = now(), locked_by = null, locked_until = null, last_error = null
        where id = ${job.id} and locked_by = ${workerId}`,
  );
}

/** Exponential backoff from 5 s, capped at an hour: a dependency that is down is not hammered. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1));
}

export async function failJob(db: Database, job: Job, workerId: string, error: unknown): Promise<void> {
  const delay = retryDelaySeconds(job.attempts);
  await db.execute(
    sql`update jobs set locked_by = null, locked_until = null, last_error = ${String((error as Error)?.message ?? error)},
               run_at = now() + make_interval(secs => ${delay})
        where id = ${job.id} and locked_by = ${workerId}`,
  );
}
