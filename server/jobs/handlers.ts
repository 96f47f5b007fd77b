import type { Database } from '../../db/client';
import { notifyConversation } from '../conversations/notify';
import type { Config } from '../env';
import type { Mailer, MailMessage } from '../mail/mailer';
import { computeMatchesFor } from '../matching/compute';
import { searchIndexHandler } from '../search/index-jobs';
import type { JobHandlers } from './worker';

/** Every kind of job and what applies it; the server's in-process worker and `npm run worker` use the same. */
export function jobHandlers(
  config: Pick<Config, 'MEILI_URL' | 'MEILI_MASTER_KEY' | 'MEILI_INDEX' | 'publicUrl'>,
  db: Database,
  mailer: Mailer,
): JobHandlers {
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
  };
}
