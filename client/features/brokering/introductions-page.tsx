import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AppRouter } from '../../../server/router';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';
import { useFormat } from '../../ui/use-format';
import { OutcomePanel } from '../impact/public';

type Introduction = inferRouterOutputs<AppRouter>['brokering']['introductions'][number];

/** A company's introductions from IUC: the other listing, the broker's note, and accept or decline. */
export function IntroductionsPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation();
  const message = useMessage();
  const list = useQuery(trpc.brokering.introductions.queryOptions({ companyId }));
  return (
    <section className="panel" aria-labelledby="introductions-heading">
      <h1 id="introductions-heading">{t('introductions.heading')}</h1>
      {list.isPending && <p>{t('common.loading')}</p>}
      {list.isError && <FormMessage kind="error">{message(list.error.message)}</FormMessage>}
      {list.data?.length === 0 && <p>{t('introductions.none')}</p>}
      <ol className="matches">
        {list.data?.map((item) => (
          <IntroductionCard key={item.id} companyId={companyId} item={item} />
        ))}
      </ol>
    </section>
  );
}

function IntroductionCard({ companyId, item }: { companyId: string; item: Introduction }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const other = item.other;
  return (
    <li className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{other?.title ?? '–'}</h2>
      {item.myListing && (
        <p className="hint">
          <Link to={`/listings/${item.myListing.id}`}>
            {t('introductions.yourListing', { title: item.myListing.title })}
          </Link>
        </p>
      )}
      <h3>{t('introductions.fromBroker')}</h3>
      <blockquote className="message-body">{item.note}</blockquote>
      {other && (
        <>
          <h3>{t('introductions.theirListing')}</h3>
          <dl className="facts">
            <dt>{t('listings.category')}</dt>
            <dd>{categoryName(other.categoryId, format.language)}</dd>
            <dt>{t('listings.quantity')}</dt>
            <dd>{format.quantity(other.quantity, other.unit, other.frequency)}</dd>
            <dt>{t('listings.where')}</dt>
            <dd>{getMunicipality(other.municipalityCode)?.name ?? other.municipalityCode}</dd>
            <dt>{t('listings.company')}</dt>
            <dd>{other.company ? other.company.name : t('introductions.hidden')}</dd>
            {other.company?.contact.name && (
              <>
                <dt>{t('introductions.contactPerson')}</dt>
                <dd>
                  {other.company.contact.name}
                  {other.company.contact.email && (
                    <>
                      {' · '}
                      <a href={`mailto:${other.company.contact.email}`}>{other.company.contact.email}</a>
                    </>
                  )}
                  {other.company.contact.phone && ` · ${other.company.contact.phone}`}
                </dd>
              </>
            )}
          </dl>
          {other.description && <p className="description">{other.description}</p>}
        </>
      )}
      <Answer companyId={companyId} item={item} />
      {item.matchId && item.dealAgreed && <OutcomePanel matchId={item.matchId} />}
    </li>
  );
}

function Answer({ companyId, item }: { companyId: string; item: Introduction }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const answer = useMutation(
    trpc.brokering.answerIntroduction.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.brokering.introductions.queryKey({ companyId }) }),
    }),
  );
  if (item.status === 'revealed') {
    return (
      <p>
        {t('introductions.revealed')}{' '}
        {item.conversationId && (
          <Link to={`/conversations/${item.conversationId}`}>{t('introductions.openConversation')}</Link>
        )}
      </p>
    );
  }
  if (item.status === 'closed') return <p>{t('introductions.closed')}</p>;
  if (item.myAnswer === 'accepted') return <p>{t('introductions.youAccepted')}</p>;
  if (item.myAnswer === 'declined') return <p>{t('introductions.youDeclined')}</p>;
  return (
    <div>
      <div className="row">
        <button
          type="button"
          disabled={answer.isPending}
          onClick={() => answer.mutate({ companyId, introductionId: item.id, answer: 'accepted' })}
        >
          {t('introductions.accept')}
        </button>
        {!declining && (
          <button type="button" className="secondary" onClick={() => setDeclining(true)}>
            {t('introductions.decline')}
          </button>
        )}
      </div>
      {declining && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            answer.mutate({
              companyId,
              introductionId: item.id,
              answer: 'declined',
              ...(reason.trim() ? { reason } : {}),
            });
          }}
        >
          <div className="field">
            <label htmlFor={reasonId}>{t('introductions.declineReason')}</label>
            <textarea
              id={reasonId}
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button type="submit" className="secondary" disabled={answer.isPending}>
            {t('introductions.sendDecline')}
          </button>
        </form>
      )}
      {answer.isError && <FormMessage kind="error">{message(answer.error.message)}</FormMessage>}
    </div>
  );
}
