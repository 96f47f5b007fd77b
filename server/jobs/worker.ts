import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../../db/client';
import { claimJobs, completeJob, failJob, heartbeatSeconds, type Job, type JobKind, renewClaims } from './queue';

export type JobHandler = (job: Job) => Promise<void>;
/** A worker claims only the kinds it has handlers for; other kinds wait for a worker that has. */
export type JobHandlers = Partial<Record<JobKind, JobHandler>>;
type Logger = { info: (...args: unknown[]) => void; error: (...args: unknown[]) => void };

export type Worker = { id: string; stop: () => Promise<void>; runOnce: () => Promise<number> };

/**
 * Polls the job table and applies jobs with their handlers; runs in the server by default or on
 * its own (`npm run worker`). Stopping lets the jobs in hand finish. While it works on a batch, a
 * heartbeat renews its claims; anything claimed by a worker that died is taken again once the
 * short lock runs out (seconds, not minutes).
 */
export function startWorker({
  db,
  handlers,
  log,
  pollMs = 1000,
  batchSize = 20,
  autoStart = true,
  heartbeatMs = heartbeatSeconds * 1000,
}: {
  db: Database;
  handlers: JobHandlers;
  log: Logger;
  pollMs?: number;
  batchSize?: number;
  autoStart?: boolean;
  heartbeatMs?: number;
}): Worker {
  const id = `worker-${randomUUID()}`;
  let running = autoStart;
  let idle: Promise<void> = Promise.resolve();

  async function runOnce(): Promise<number> {
    const claimed = await claimJobs(db, id, batchSize, Object.keys(handlers) as JobKind[]);
    if (claimed.length === 0) return 0;
    const heartbeat = setInterval(() => {
      renewClaims(db, id).catch((error: unknown) => log.error({ err: error }, 'job worker could not renew its claims'));
    }, heartbeatMs);
    try {
      await applyClaimed(claimed);
    } finally {
      clearInterval(heartbeat);
    }
    return claimed.length;
  }

  async function applyClaimed(claimed: Job[]): Promise<void> {
    for (const job of claimed) {
      try {
        await (handlers[job.kind] as JobHandler)(job);
        await completeJob(db, job, id);
      } catch (error) {
        log.error(
          { err: error, job: { id: job.id, kind: job.kind, attempts: job.attempts } },
          'job failed; will retry',
        );
        await failJob(db, job, id, error);
      }
    }
  }

  async function loop() {
    while (running) {
      try {
        const handled = await runOnce();
        if (handled === 0) await sleep(pollMs);
      } catch (error) {
        log.error({ err: error }, 'job worker could not poll; trying again');
        await sleep(pollMs);
      }
    }
  }
  if (autoStart) idle = loop();

  return {
    id,
    runOnce,
    async stop() {
      running = false;
      await idle;
    },
  };
}
