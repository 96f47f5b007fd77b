import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, TextField } from '../../ui/fields';

type Picked = { id: string; title: string } | null;

/** IUC staff: a match the engine missed, made by choosing an offer and a need. */
export function NewMatchPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const [offer, setOffer] = useState<Picked>(null);
  const [need, setNeed] = useState<Picked>(null);
  const create = useMutation(
    trpc.brokering.createMatch.mutationOptions({
      onSuccess: (result) => navigate(`/broker/matches/${result.matchId}`),
    }),
  );
  const fieldError = Object.values(
    (create.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {},
  )[0]?.[0];
  return (
    <section className="panel" aria-labelledby="new-match-heading">
      <h1 id="new-match-heading">{t('brokering.newMatchHeading')}</h1>
      <p className="hint">{t('brokering.newMatchHint')}</p>
      <div className="match-sides">
        <ListingPicker side="offer" label={t('brokering.findOffer')} picked={offer} onPick={setOffer} />
        <ListingPicker side="need" label={t('brokering.findNeed')} picked={need} onPick={setNeed} />
      </div>
      <button
        type="button"
        disabled={!offer || !need || create.isPending}
        onClick={() => offer && need && create.mutate({ offerListingId: offer.id, needListingId: need.id })}
      >
        {t('brokering.create')}
      </button>
      {create.isError && <FormMessage kind="error">{message(fieldError ?? create.error.message)}</FormMessage>}
    </section>
  );
}

function ListingPicker({
  side,
  label,
  picked,
  onPick,
}: {
  side: 'offer' | 'need';
  label: string;
  picked: Picked;
  onPick: (listing: Picked) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const groupId = useId();
  const results = useQuery({
    ...trpc.search.listings.queryOptions({ q: query, side, pageSize: 10 }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
  return (
    <fieldset className="panel">
      <legend>{label}</legend>
      <TextField label={t('search.query')} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      {picked && <p className="form-success">{t('brokering.picked', { title: picked.title })}</p>}
      <ul className="picker" id={groupId}>
        {results.data?.hits.map((hit) => (
          <li key={hit.id}>
            <label>
              <input
                type="radio"
                name={`${side}-listing`}
                checked={picked?.id === hit.id}
                onChange={() => onPick({ id: hit.id, title: hit.title })}
              />{' '}
              {hit.title}
              <span className="hint">
                {' · '}
                {'company' in hit && hit.company ? hit.company.name : ''} ·{' '}
                {getMunicipality(hit.municipalityCode)?.name}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
