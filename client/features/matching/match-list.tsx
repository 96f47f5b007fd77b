import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppRouter } from '../../../server/router';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { explainMatch } from '../../../shared/matching/explain';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { languageOf } from '../../ui/format';

export type MatchItem = inferRouterOutputs<AppRouter>['matches']['inbox'][number];

/** Marks the shown matches as read for the company once they have been on screen. */
function useMarkRead(companyId: string, items: readonly MatchItem[]) {
  // The list is not refetched afterwards: "New" stays on what was new for the rest of this visit.
  const markRead = useMutation(trpc.matches.markRead.mutationOptions());
  const unread = items.filter((item) => item.unread).map((item) => item.id);
  const key = unread.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids (as a key) are what decides a new call
  useEffect(() => {
    if (unread.length > 0) markRead.mutate({ companyId, matchIds: unread.slice(0, 50) });
  }, [key, companyId]);
}

function Reaction({ companyId, item }: { companyId: string; item: MatchItem }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const react = useMutation(
    trpc.matches.react.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.matches.pathKey() }),
    }),
  );
  if (item.myReaction) return <p className="hint">{t(`matches.reacted.${item.myReaction}`)}</p>;
  const send = (reaction: 'interesting' | 'not_relevant') =>
    react.mutate({ companyId, matchId: item.id, reaction, ...(reason.trim() ? { reason: reason.trim() } : {}) });
  return (
    <div className="row">
      <button type="button" onClick={() => send('interesting')} disabled={react.isPending}>
        {t('matches.interesting')}
      </button>
      {asking ? (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            send('not_relevant');
          }}
        >
          <label htmlFor={reasonId}>{t('matches.reason')}</label>
          <input id={reasonId} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
          <button type="submit" className="secondary" disabled={react.isPending}>
            {t('matches.send')}
          </button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {t('matches.notRelevant')}
        </button>
      )}
      {react.isError && <p role="alert">{message(react.error.message)}</p>}
    </div>
  );
}

/** Ranked suggestions with their explanation, each linking to the other listing. */
export function MatchList({
  companyId,
  items,
  showOwnListing,
}: {
  companyId: string;
  items: readonly MatchItem[];
  showOwnListing: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  useMarkRead(companyId, items);
  const now = new Date();
  if (items.length === 0) {
    return (
      <div>
        <p>{t('matches.none')}</p>
        <p className="hint">{t('matches.noneHint')}</p>
      </div>
    );
  }
  return (
    <ol className="matches">
      {items.map((item) => (
        <li key={item.id} className="panel">
          <p>
            {item.unread && <strong className="badge">{t('matches.unread')} </strong>}
            <Link to={`/listings/${item.counterpart.id}`}>{item.counterpart.title}</Link>
            {' · '}
            {item.counterpart.company?.name ?? t('matches.anonymousCompany')}
            {' · '}
            {getMunicipality(item.counterpart.municipalityCode)?.name ?? item.counterpart.municipalityCode}
          </p>
          <p>{explainMatch({ score: item.score, factors: item.factors }, item.perspective, language, now)}</p>
          {showOwnListing && (
            <p className="hint">
              <Link to={`/listings/${item.myListing.id}`}>
                {t('matches.yourListing', { title: item.myListing.title })}
              </Link>
            </p>
          )}
          <Reaction companyId={companyId} item={item} />
        </li>
      ))}
    </ol>
  );
}
