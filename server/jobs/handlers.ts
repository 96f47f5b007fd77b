import type { Database } from '../../db/client';
import { type DigestPeriod, runDigest } from '../alerts/digests';
import { evaluateListing, notifyNewMatches, sendImmediate } from '../alerts/evaluate';
import { notifyConversation } from '../conversations/notify';
import type { Config } from '../env';
import type { Mailer, MailMessage } from '../mail/mailer';
import { computeMatchesFor } from '../matching/compute';
import { searchIndexHandler } from '../search/index-jobs';
import type { JobHandlers } from './worker';

/** Every kind of job and what applies it; the server's in-process worker and `npm run worker` use the same. */
export function jobHandlers(config: Config, db: Database, mailer: Mailer): JobHandlers {
  return {
    'search.index-listing': searchIndexHandler(config, db),
    'matching.compute-listing': async (job) => {
      await computeMatchesFor(db, String(job.payload.listingId));
    },
    'mail.send': async (job) => {
      await mailer.send(job.payload as MailMessage);
    },
    'conversations.notify': async (job) => {
      await notifyConversation({ db, mailer, config }, String(job.payload.conversationId));
    },
    'alerts.listing-changed': async (job) => {
      await evaluateListing({ db, mailer, config }, String(job.payload.listingId));
    },
    'alerts.new-matches': async (job) => {
      await notifyNewMatches({ db, mailer, config }, job.payload.matchIds as string[]);
    },
    'alerts.send-immediate': async (job) => {
      await sendImmediate({ db, mailer, config }, String(job.payload.notificationId));
    },
    'alerts.digest': async (job) => {
      await runDigest({ db, mailer, config }, job.payload as unknown as DigestPeriod);
    },
  };
}
