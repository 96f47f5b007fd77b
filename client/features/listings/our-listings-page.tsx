import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { closeReasons, type ListingStatus, listingStatuses } from '../../../shared/listings/schemas';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';
import { useFormat } from '../../ui/use-format';

type Action = 'publish' | 'pause' | 'resume' | 'renew' | 'close';
const actionsFor: Record<ListingStatus, Action[]> = {
  draft: ['publish', 'close'],
  active: ['pause', 'renew', 'close'],
  paused: ['resume', 'renew', 'close'],
  expired: ['renew', 'close'],
  closed: [],
};

/** The company's listings with status filters and counts; renew, pause and close in one click. */
export function OurListingsPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const message = useMessage();
  const [status, setStatus] = useState<ListingStatus | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [closeReason, setCloseReason] = useState<(typeof closeReasons)[number]>('withdrawn');
  const listings = useQuery(trpc.listings.forCompany.queryOptions({ companyId, ...(status ? { status } : {}) }));
  const mutations = {
    publish: useMutation(trpc.listings.publish.mutationOptions()),
    pause: useMutation(trpc.listings.pause.mutationOptions()),
    resume: useMutation(trpc.listings.resume.mutationOptions()),
    renew: useMutation(trpc.listings.renew.mutationOptions()),
    close: useMutation(trpc.listings.close.mutationOptions()),
  };
  const act = async (action: Action, listingId: string, version: number) => {
    setFailure(null);
    try {
      const input = { companyId, listingId, version };
      if (action === 'close') await mutations.close.mutateAsync({ ...input, reason: closeReason });
      else await mutations[action].mutateAsync(input);
    } catch (error) {
      setFailure(message((error as Error).message));
    }
    await queryClient.invalidateQueries(trpc.listings.pathFilter());
  };
  const counts = listings.data?.counts ?? {};
  const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
  return (
    <section className="panel">
      <h1>{t('listings.ours')}</h1>
      <p>
        <Link to={`/companies/${companyId}/listings/new`} className="button-link">
          {t('listings.new')}
        </Link>{' '}
        <Link to={`/companies/${companyId}/matches`}>{t('matches.inboxLink')}</Link>
      </p>
      <nav aria-label={t('listings.status')} className="filters">
        <button type="button" aria-pressed={status === undefined} onClick={() => setStatus(undefined)}>
          {t('listings.all')} ({format.number(total)})
        </button>
        {listingStatuses.map((option) => (
          <button key={option} type="button" aria-pressed={status === option} onClick={() => setStatus(option)}>
            {t(`listings.statuses.${option}`)} ({format.number(counts[option] ?? 0)})
          </button>
        ))}
      </nav>
      <FormMessage kind="error">{failure}</FormMessage>
      <div className="field">
        <label htmlFor="close-reason">{t('listings.closeReason')}</label>
        <select
          id="close-reason"
          value={closeReason}
          onChange={(event) => setCloseReason(event.target.value as typeof closeReason)}
        >
          {closeReasons.map((reason) => (
            <option key={reason} value={reason}>
              {t(`listings.closeReasons.${reason}`)}
            </option>
          ))}
        </select>
      </div>
      {listings.data && listings.data.listings.length === 0 && <p>{t('listings.empty')}</p>}
      {listings.data && listings.data.listings.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('listings.title')}</th>
              <th scope="col">{t('listings.category')}</th>
              <th scope="col">{t('listings.quantity')}</th>
              <th scope="col">{t('listings.status')}</th>
              <th scope="col">{t('listings.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {listings.data.listings.map((listing) => (
              <tr key={listing.id}>
                <td>
                  <Link to={`/listings/${listing.id}`}>{listing.title}</Link>
                  <br />
                  <span className="hint">
                    {t(`listings.kinds.${listing.side}_${listing.type}` as 'listings.kinds.offer_material')}
                  </span>
                </td>
                <td>{categoryName(listing.categoryId, format.language)}</td>
                <td>{format.quantity(listing.quantity, listing.unit, listing.frequency)}</td>
                <td>
                  {t(`listings.statuses.${listing.status}`)}
                  {listing.status === 'active' && listing.expiresAt && (
                    <>
                      <br />
                      <span className="hint">{t('listings.expires', { date: format.date(listing.expiresAt) })}</span>
                    </>
                  )}
                </td>
                <td className="actions">
                  {listing.status !== 'closed' && (
                    <Link to={`/listings/${listing.id}/edit`} aria-label={`${t('listings.edit')}: ${listing.title}`}>
                      {t('listings.edit')}
                    </Link>
                  )}
                  {actionsFor[listing.status].map((action) => (
                    <button
                      key={action}
                      type="button"
                      className="secondary"
                      aria-label={`${t(`listings.${action}Action`)}: ${listing.title}`}
                      onClick={() => void act(action, listing.id, listing.version)}
                    >
                      {t(`listings.${action}Action`)}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
