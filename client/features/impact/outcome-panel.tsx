import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppRouter } from '../../../server/router';
import { emissionFactorName } from '../../../shared/impact/method-texts';
import { outcomeBases, transportModes } from '../../../shared/impact/schemas';
import { type Unit, unitLabel, units } from '../../../shared/listings/units';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, SelectField, TextField } from '../../ui/fields';
import { formatDate, type Language, languageOf } from '../../ui/format';
import { formatCo2e, formatNumber, formatSekAmount, formatTonnes } from './format';

/**
 * A match's outcome: the current figures with how they were computed, the earlier versions, and
 * the form to record or revise it (for IUC staff and both companies, once the deal is agreed).
 */
export function OutcomePanel({ matchId }: { matchId: string }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const message = useMessage();
  const outcome = useQuery(trpc.impact.outcome.queryOptions({ matchId }));
  if (outcome.isPending) return null;
  if (outcome.isError) return <FormMessage kind="error">{message(outcome.error.message)}</FormMessage>;
  const data = outcome.data;
  const current = data.current;
  return (
    <section className="panel" aria-labelledby={`outcome-${matchId}`}>
      <h2 id={`outcome-${matchId}`}>{t('impact.outcomeHeading')}</h2>
      {current && (
        <>
          <h3>{t('impact.current', { revision: current.revision })}</h3>
          <dl className="facts">
            {current.tonnes !== null && (
              <>
                <dt>{current.hazardous ? t('impact.hazardousTonnes') : t('impact.tonnesPerYear')}</dt>
                <dd>{formatTonnes(current.tonnes, language)}</dd>
              </>
            )}
            {current.type === 'material' && (
              <>
                <dt>{t('impact.netCo2e')}</dt>
                <dd>
                  {current.netKgCo2e === null ? t('impact.notAvailable') : formatCo2e(current.netKgCo2e, language)}
                </dd>
                <dt>{t('impact.transportCo2e')}</dt>
                <dd>{formatCo2e(current.transportKgCo2e ?? 0, language)}</dd>
              </>
            )}
            {current.hours !== null && (
              <>
                <dt>{t('impact.hours')}</dt>
                <dd>{formatNumber(current.hours, language)}</dd>
              </>
            )}
            {current.valueSek !== null && (
              <>
                <dt>{t('impact.value')}</dt>
                <dd>{formatSekAmount(current.valueSek, language)}</dd>
              </>
            )}
            <dt>{t('impact.formula')}</dt>
            <dd className="formula">{formulaText(current, language, t)}</dd>
          </dl>
          {current.status === 'capacity' && <p className="hint">{t('impact.capacityNote')}</p>}
          {current.status === 'no_factor' && <p className="hint">{t('impact.noFactor')}</p>}
          {current.status === 'no_mass' && <p className="hint">{t('impact.noMass')}</p>}
          {data.revisions.length > 1 && (
            <>
              <h3>{t('impact.revisions')}</h3>
              <ul>
                {data.revisions.map((revision) => (
                  <li key={revision.id}>
                    {t('impact.revisionLine', {
                      revision: revision.revision,
                      date: formatDate(revision.createdAt, language),
                      quantity: `${formatNumber(revision.quantity, language, 2)} ${unitLabel(revision.unit as Unit, language)}`,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {data.canRecord ? <OutcomeForm data={data} /> : <p>{t('impact.notYet')}</p>}
    </section>
  );
}

type OutcomeData = inferRouterOutputs<AppRouter>['impact']['outcome'];
type Revision = NonNullable<OutcomeData['current']>;

/**
 * The computation in the reader's language, from the stored figures and factors (the stored
 * formula text is the English record kept for the CSV's auditors).
 */
function formulaText(revision: Revision, language: Language, t: TFunction): string {
  const n = (value: number, digits = 5) => formatNumber(value, language, digits);
  const factors = revision.factors as {
    emission: { key: string; kgCo2ePerTonne: number } | null;
    freight: { kgCo2ePerTonneKm: number } | null;
  };
  const per = t(`impact.formulaText.${revision.basis === 'one_off' ? 'oneOff' : 'perYear'}`);
  const tonnes = revision.tonnes ?? 0;
  const transport = factors.freight
    ? t('impact.formulaText.transport', {
        tonnes: n(tonnes),
        per,
        km: n(revision.distanceKm, 1),
        factor: n(factors.freight.kgCo2ePerTonneKm),
        kg: n(revision.transportKgCo2e ?? 0, 1),
      })
    : t('impact.formulaText.noTransport');
  if (revision.status === 'capacity') return t('impact.capacityNote');
  if (revision.status === 'no_mass') return t('impact.noMass');
  if (revision.status === 'no_factor' || !factors.emission) {
    return `${t('impact.formulaText.tonnesOnly', { tonnes: n(tonnes), per })}; ${transport}`;
  }
  const avoided = t('impact.formulaText.avoided', {
    tonnes: n(tonnes),
    per,
    factor: n(factors.emission.kgCo2ePerTonne),
    name: emissionFactorName(factors.emission.key, language),
    kg: n(revision.avoidedKgCo2e ?? 0, 1),
  });
  return `${avoided}; ${transport}; ${t('impact.formulaText.net', { kg: n(revision.netKgCo2e ?? 0, 1) })}`;
}

function OutcomeForm({ data }: { data: OutcomeData }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const message = useMessage();
  const queryClient = useQueryClient();
  const current = data.current;
  // The form keeps what the person typed until it is saved; a conflict refreshes the figures, not the form.
  const [fields, setFields] = useState({
    quantity: current ? String(current.quantity) : '',
    unit: (current?.unit ?? data.defaultUnit) as Unit,
    basis: current?.basis ?? 'per_year',
    startDate: current?.startDate ?? new Date().toISOString().slice(0, 10),
    valueSek: current?.valueSek !== null && current?.valueSek !== undefined ? String(current.valueSek) : '',
    distanceKm: String(current?.distanceKm ?? data.defaultDistanceKm),
    transportMode: current?.transportMode ?? 'truck',
    notes: current?.notes ?? '',
  });
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((previous) => ({ ...previous, [key]: event.target.value }));
  const record = useMutation(
    trpc.impact.recordOutcome.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.impact.outcome.queryKey({ matchId: data.matchId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.impact.pathKey() }),
        ]),
    }),
  );
  const errorData =
    record.error instanceof TRPCClientError
      ? (record.error.data as { fieldErrors?: Record<string, string[]>; params?: Record<string, string> } | undefined)
      : undefined;
  const formFields = ['quantity', 'startDate', 'valueSek', 'distanceKm'];
  const fieldError = (name: string) => {
    const text = errorData?.fieldErrors?.[name]?.[0];
    return text ? { type: 'server', message: text } : undefined;
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate({
          matchId: data.matchId,
          quantity: Number(fields.quantity.replace(',', '.')),
          unit: fields.unit,
          basis: fields.basis as (typeof outcomeBases)[number],
          startDate: fields.startDate,
          valueSek: fields.valueSek.trim() === '' ? null : Number(fields.valueSek.replace(/\s/g, '').replace(',', '.')),
          distanceKm: Number(fields.distanceKm.replace(',', '.')),
          transportMode: fields.transportMode as (typeof transportModes)[number],
          ...(fields.notes.trim() ? { notes: fields.notes } : {}),
          expectedRevision: current?.revision ?? 0,
        });
      }}
    >
      <p className="hint">{t('impact.outcomeHint')}</p>
      <div className="row">
        <TextField
          label={t('impact.quantity')}
          inputMode="decimal"
          required
          value={fields.quantity}
          onChange={set('quantity')}
          error={fieldError('quantity')}
        />
        <SelectField label={t('impact.unit')} value={fields.unit} onChange={set('unit')}>
          {units.map((unit) => (
            <option key={unit} value={unit}>
              {unitLabel(unit, language)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('impact.basis')} value={fields.basis} onChange={set('basis')}>
          {outcomeBases.map((basis) => (
            <option key={basis} value={basis}>
              {t(`impact.bases.${basis}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="row">
        <TextField
          label={t('impact.startDate')}
          type="date"
          required
          value={fields.startDate}
          onChange={set('startDate')}
          error={fieldError('startDate')}
        />
        <TextField
          label={t('impact.valueSek')}
          inputMode="decimal"
          value={fields.valueSek}
          onChange={set('valueSek')}
          error={fieldError('valueSek')}
        />
      </div>
      <div className="row">
        <TextField
          label={t('impact.distanceKm')}
          hint={t('impact.distanceHint', { km: formatNumber(data.defaultDistanceKm, language) })}
          inputMode="decimal"
          value={fields.distanceKm}
          onChange={set('distanceKm')}
          error={fieldError('distanceKm')}
        />
        <SelectField label={t('impact.transportMode')} value={fields.transportMode} onChange={set('transportMode')}>
          {transportModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`impact.modes.${mode}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t('impact.notes')} value={fields.notes} maxLength={2000} onChange={set('notes')} />
      <button type="submit" disabled={record.isPending}>
        {current ? t('impact.revise') : t('impact.record')}
      </button>
      {record.isError && !formFields.some((name) => fieldError(name)) && (
        <FormMessage kind="error">{message(record.error.message, errorData?.params ?? undefined)}</FormMessage>
      )}
      {record.data && <FormMessage kind="success">{t('impact.saved', { revision: record.data.revision })}</FormMessage>}
    </form>
  );
}
