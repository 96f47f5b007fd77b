import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { type MatchInboxSort, matchInboxSorts } from '../../../shared/matching/schemas';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, SelectField } from '../../ui/fields';
import { MatchList } from './match-list';

const isSort = (value: string | null): value is MatchInboxSort => matchInboxSorts.includes(value as MatchInboxSort);

/** A company's matches across all its listings: best first, or newest or unread first (kept in the URL). */
export function MatchesInboxPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation();
  const message = useMessage();
  const [params, setParams] = useSearchParams();
  const requested = params.get('sort');
  const sort: MatchInboxSort = isSort(requested) ? requested : 'best';
  const inbox = useQuery(trpc.matches.inbox.queryOptions({ companyId, sort }));
  return (
    <section className="panel" aria-labelledby="matches-inbox">
      <h1 id="matches-inbox">{t('matches.inboxHeading')}</h1>
      <div className="row sort-switch">
        <SelectField
          label={t('matches.sortLabel')}
          value={sort}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            if (event.target.value === 'best') next.delete('sort');
            else next.set('sort', event.target.value);
            setParams(next, { replace: true });
          }}
        >
          {matchInboxSorts.map((option) => (
            <option key={option} value={option}>
              {t(`matches.sort.${option}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {inbox.isPending && <p>{t('common.loading')}</p>}
      {inbox.isError && <FormMessage kind="error">{message(inbox.error.message)}</FormMessage>}
      {inbox.data && <MatchList companyId={companyId} items={inbox.data} showOwnListing />}
    </section>
  );
}
