import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormMessage } from '../../app/fields';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';

/** IUC staff: matches a member marked as interesting, newest first, to follow up and broker. */
export function InterestingMatchesPage() {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const interesting = useQuery(trpc.matches.interesting.queryOptions());
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium' });
  return (
    <section className="panel" aria-labelledby="interesting-heading">
      <h1 id="interesting-heading">{t('matches.interestingHeading')}</h1>
      {interesting.isPending && <p>{t('common.loading')}</p>}
      {interesting.isError && <FormMessage kind="error">{message(interesting.error.message)}</FormMessage>}
      {interesting.data?.length === 0 && <p>{t('matches.noInteresting')}</p>}
      <ol className="matches">
        {interesting.data?.map((item) => (
          <li key={item.id} className="panel">
            <p>
              <strong>{item.score}</strong> ·{' '}
              {t('matches.interestingBy', {
                company: item.reactingCompany,
                date: format.format(new Date(item.reactedAt)),
              })}
            </p>
            <p>
              <Link to={`/listings/${item.need.id}`}>{item.need.title}</Link> ({item.need.company}) ↔{' '}
              <Link to={`/listings/${item.offer.id}`}>{item.offer.title}</Link> ({item.offer.company})
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
