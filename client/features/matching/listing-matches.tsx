import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trpc } from '../../lib/trpc';
import { MatchList } from './match-list';

/** The "Matches" section of one's own listing: its ranked suggestions, explained, with reactions. */
export function ListingMatches({ companyId, listingId }: { companyId: string; listingId: string }) {
  const { t } = useTranslation();
  const found = useQuery(trpc.matches.forListing.queryOptions({ companyId, listingId }));
  return (
    <section className="panel" aria-labelledby="listing-matches">
      <h2 id="listing-matches">{t('matches.heading')}</h2>
      <p>
        <Link to={`/companies/${companyId}/matches`}>{t('matches.inboxLink')}</Link>
      </p>
      {found.isPending && <p>{t('common.loading')}</p>}
      {found.data && <MatchList companyId={companyId} items={found.data} showOwnListing={false} />}
    </section>
  );
}
