import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppRouter } from '../../../server/router';
import { type AlertFrequency, alertFrequencies } from '../../../shared/alerts/schemas';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { FormMessage, SelectField, TextField } from '../../ui/fields';
import { serverFieldError, unplacedServerError, useFocusFirstInvalid } from '../../ui/forms';

type AlertList = inferRouterOutputs<AppRouter>['alerts']['list'];
type SavedSearch = AlertList['savedSearches'][number];

function useInvalidateAlerts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.alerts.list.queryKey() });
}

function FrequencySelect({
  value,
  onChange,
  label,
  options = alertFrequencies,
}: {
  value: AlertFrequency;
  onChange: (value: AlertFrequency) => void;
  label: string;
  options?: readonly AlertFrequency[];
}) {
  const { t } = useTranslation();
  return (
    <SelectField label={label} value={value} onChange={(event) => onChange(event.target.value as AlertFrequency)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {t(`alerts.frequencies.${option}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** Everything a person is told about, and how often: saved searches, their companies' matches, the staff digest. */
export function AlertsPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const list = useQuery(trpc.alerts.list.queryOptions());
  return (
    <>
      <section className="panel" aria-labelledby="alerts-heading">
        <h1 id="alerts-heading">{t('alerts.heading')}</h1>
        <p className="hint">{t('alerts.intro')}</p>
        {list.isPending && <p>{t('common.loading')}</p>}
        {list.isError && <FormMessage kind="error">{message(list.error.message)}</FormMessage>}
      </section>
      {list.data && (
        <>
          <section className="panel" aria-labelledby="saved-searches">
            <h2 id="saved-searches">{t('alerts.savedSearches')}</h2>
            {list.data.savedSearches.length === 0 && (
              <p>
                {t('alerts.noSavedSearches')} <Link to="/search">{t('search.nav')}</Link>
              </p>
            )}
            <ul className="alert-list">
              {list.data.savedSearches.map((alert) => (
                <SavedSearchItem key={alert.id} alert={alert} />
              ))}
            </ul>
          </section>
          {list.data.companyMatches.length > 0 && (
            <section className="panel" aria-labelledby="company-matches">
              <h2 id="company-matches">{t('alerts.companyMatches')}</h2>
              <ul className="alert-list">
                {list.data.companyMatches.map((entry) => (
                  <CompanyMatchesItem key={entry.companyId} entry={entry} />
                ))}
              </ul>
            </section>
          )}
          {list.data.brokerDigest && <BrokerDigest digest={list.data.brokerDigest} />}
        </>
      )}
    </>
  );
}

function SavedSearchItem({ alert }: { alert: SavedSearch }) {
  const { t } = useTranslation();
  const message = useMessage();
  const invalidate = useInvalidateAlerts();
  const [name, setName] = useState(alert.name);
  const [frequency, setFrequency] = useState<AlertFrequency>(alert.frequency);
  const update = useMutation(trpc.alerts.update.mutationOptions({ onSuccess: () => invalidate() }));
  const remove = useMutation(trpc.alerts.delete.mutationOptions({ onSuccess: () => invalidate() }));
  const query = alert.query as { q?: string } | null;
  const focus = useFocusFirstInvalid();
  const unplaced = unplacedServerError(update.error ?? remove.error, ['name']);
  return (
    <li>
      <form
        ref={focus.ref}
        className="row"
        aria-label={alert.name}
        onSubmit={focus.afterSubmit(async (event: FormEvent) => {
          event.preventDefault();
          await update.mutateAsync({ alertId: alert.id, name, frequency }).catch(() => undefined);
        })}
      >
        <TextField
          label={t('alerts.name')}
          error={serverFieldError(update.error, 'name')}
          value={name}
          required
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
        />
        <FrequencySelect label={t('alerts.frequency')} value={frequency} onChange={setFrequency} />
        <button type="submit" disabled={update.isPending}>
          {t('alerts.save')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ alertId: alert.id })}
        >
          {t('alerts.delete')}
        </button>
      </form>
      <p className="hint">
        {query?.q ? t('alerts.searchFor', { q: query.q }) : t('alerts.allListings')}
        {alert.emailUnsubscribedAt && (
          <>
            {' · '}
            {t('alerts.unsubscribed')}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => update.mutate({ alertId: alert.id, resumeEmail: true })}
            >
              {t('alerts.resumeEmail')}
            </button>
          </>
        )}
      </p>
      {update.isSuccess && <FormMessage kind="success">{t('alerts.saved')}</FormMessage>}
      {unplaced && <FormMessage kind="error">{message(unplaced)}</FormMessage>}
    </li>
  );
}

function CompanyMatchesItem({ entry }: { entry: AlertList['companyMatches'][number] }) {
  const { t } = useTranslation();
  const message = useMessage();
  const invalidate = useInvalidateAlerts();
  const [frequency, setFrequency] = useState<AlertFrequency>(entry.frequency);
  const [minScore, setMinScore] = useState(String(entry.minScore));
  const save = useMutation(trpc.alerts.setCompanyAlert.mutationOptions({ onSuccess: () => invalidate() }));
  const focus = useFocusFirstInvalid();
  const unplaced = unplacedServerError(save.error, ['minScore']);
  return (
    <li>
      <form
        ref={focus.ref}
        className="row"
        aria-label={entry.companyName}
        onSubmit={focus.afterSubmit(async (event: FormEvent) => {
          event.preventDefault();
          await save
            .mutateAsync({ companyId: entry.companyId, frequency, minScore: Number(minScore) })
            .catch(() => undefined);
        })}
      >
        <p>
          <strong>{entry.companyName}</strong>
        </p>
        <TextField
          label={t('alerts.minScore')}
          error={serverFieldError(save.error, 'minScore')}
          type="number"
          min={0}
          max={100}
          value={minScore}
          onChange={(event) => setMinScore(event.target.value)}
        />
        <FrequencySelect label={t('alerts.frequency')} value={frequency} onChange={setFrequency} />
        <button type="submit" disabled={save.isPending}>
          {t('alerts.save')}
        </button>
      </form>
      {save.isSuccess && <FormMessage kind="success">{t('alerts.saved')}</FormMessage>}
      {unplaced && <FormMessage kind="error">{message(unplaced)}</FormMessage>}
    </li>
  );
}

function BrokerDigest({ digest }: { digest: NonNullable<AlertList['brokerDigest']> }) {
  const { t } = useTranslation();
  const message = useMessage();
  const me = useMe();
  const invalidate = useInvalidateAlerts();
  const [minScore, setMinScore] = useState(String(digest.minScore));
  const update = useMutation(trpc.alerts.update.mutationOptions({ onSuccess: () => invalidate() }));
  const setScore = useMutation(trpc.alerts.setBrokerDigestScore.mutationOptions({ onSuccess: () => invalidate() }));
  const focus = useFocusFirstInvalid();
  const unplaced = unplacedServerError(update.error ?? setScore.error, ['minScore']);
  return (
    <section className="panel" aria-labelledby="broker-digest">
      <h2 id="broker-digest">{t('alerts.brokerDigest')}</h2>
      <p className="hint">{t('alerts.brokerDigestHint', { score: digest.minScore })}</p>
      {digest.alert && (
        <FrequencySelect
          label={t('alerts.frequency')}
          value={digest.alert.frequency}
          options={['daily', 'off']}
          onChange={(frequency) => digest.alert && update.mutate({ alertId: digest.alert.id, frequency })}
        />
      )}
      {me.data?.platformRole === 'admin' && (
        <form
          ref={focus.ref}
          className="row"
          aria-label={t('alerts.brokerDigestScore')}
          onSubmit={focus.afterSubmit(async (event: FormEvent) => {
            event.preventDefault();
            await setScore.mutateAsync({ minScore: Number(minScore) }).catch(() => undefined);
          })}
        >
          <TextField
            label={t('alerts.brokerDigestScore')}
            error={serverFieldError(setScore.error, 'minScore')}
            type="number"
            min={0}
            max={100}
            value={minScore}
            onChange={(event) => setMinScore(event.target.value)}
          />
          <button type="submit" disabled={setScore.isPending}>
            {t('alerts.save')}
          </button>
        </form>
      )}
      {unplaced && <FormMessage kind="error">{message(unplaced)}</FormMessage>}
    </section>
  );
}
