import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormMessage } from '../../app/fields';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { MatchList } from './match-list';

/** A company's matches across all its listings: unread first, then newest, then best. */
export function MatchesInboxPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation();
  const message = useMessage();
  const inbox = useQuery(trpc.matches.inbox.queryOptions({ companyId }));
  return (
    <section className="panel" aria-labelledby="matches-inbox">
      <h1 id="matches-inbox">{t('matches.inboxHeading')}</h1>
      {inbox.isPending && <p>{t('common.loading')}</p>}
      {inbox.isError && <FormMessage kind="error">{message(inbox.error.message)}</FormMessage>}
      {inbox.data && <MatchList companyId={companyId} items={inbox.data} showOwnListing />}
    </section>
  );
}
