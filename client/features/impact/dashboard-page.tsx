import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AppRouter } from '../../../server/router';
import { matchStages } from '../../../shared/brokering/schemas';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage, TextField } from '../../ui/fields';
import { formatDate, type Language, languageOf } from '../../ui/format';
import { ChartWithTable } from './charts';
import { formatCo2e, formatNumber, formatSekAmount, formatTonnes } from './format';

/**
 * The current calendar year, unless the URL names a period: funders report by year, and a deal
 * agreed today that starts next week belongs in this year's figures.
 */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const year = new Date().getFullYear();
  const period = {
    from: params.get('from') ?? `${year}-01-01`,
    to: params.get('to') ?? `${year}-12-31`,
  };
  return { period, setPeriod: (next: { from: string; to: string }) => setParams(next) };
}

export function PeriodForm({
  period,
  onChange,
}: {
  period: { from: string; to: string };
  onChange: (next: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="row period-form"
      aria-label={t('impact.period')}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        onChange({ from: String(form.get('from')), to: String(form.get('to')) });
      }}
    >
      <TextField label={t('impact.from')} name="from" type="date" required defaultValue={period.from} />
      <TextField label={t('impact.to')} name="to" type="date" required defaultValue={period.to} />
      <button type="submit">{t('impact.show')}</button>
    </form>
  );
}

/** One term and its value in a definition list (always wrapped, so the list is valid HTML). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

type Reasons = inferRouterOutputs<AppRouter>['impact']['dashboard']['notCounted'];

/** Says why tonnes or CO2e are smaller than the deals suggest, one line per reason that applies. */
function NotCounted({
  reasons,
  nothingAgreed,
  language,
}: {
  reasons: Reasons;
  nothingAgreed: boolean;
  language: Language;
}) {
  const { t } = useTranslation();
  const lines = [
    reasons.noOutcome > 0 && t('impact.notCounted.noOutcome', { count: reasons.noOutcome }),
    reasons.startsAfter > 0 &&
      t('impact.notCounted.startsAfter', {
        count: reasons.startsAfter,
        date: reasons.firstStartAfter ? formatDate(reasons.firstStartAfter, language) : '',
      }),
    reasons.startsBefore > 0 && t('impact.notCounted.startsBefore', { count: reasons.startsBefore }),
    reasons.noFactor > 0 && t('impact.notCounted.noFactor', { count: reasons.noFactor }),
    reasons.noMass > 0 && t('impact.notCounted.noMass', { count: reasons.noMass }),
    reasons.capacity > 0 && t('impact.notCounted.capacity', { count: reasons.capacity }),
  ].filter((line): line is string => typeof line === 'string');
  if (nothingAgreed) return <p className="hint">{t('impact.notCounted.nothing')}</p>;
  if (lines.length === 0) return null;
  return (
    <div className="hint" role="note">
      <p>{t('impact.notCounted.heading')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** IUC staff: what the marketplace and the brokering achieved, over time and across the region. */
export function ImpactDashboardPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const message = useMessage();
  const { period, setPeriod } = usePeriod();
  const dashboard = useQuery({ ...trpc.impact.dashboard.queryOptions(period), placeholderData: keepPreviousData });
  const number = (value: number) => formatNumber(value, language);
  const data = dashboard.data;
  const monthLabel = (month: string) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { month: 'short', year: 'numeric' }).format(
      new Date(`${month}-15T12:00:00`),
    );
  return (
    <>
      <section className="panel" aria-labelledby="impact-heading">
        <h1 id="impact-heading">{t('impact.dashboardHeading')}</h1>
        <PeriodForm period={period} onChange={setPeriod} />
        <p>
          <Link to={`/reports/impact?from=${period.from}&to=${period.to}`}>{t('impact.reportLink')}</Link>
        </p>
      </section>
      {dashboard.isPending && <p>{t('common.loading')}</p>}
      {dashboard.isError && <FormMessage kind="error">{message(dashboard.error.message)}</FormMessage>}
      {data && (
        <>
          <div className="stat-grid">
            <section className="panel" aria-labelledby="impact-now">
              <h2 id="impact-now">{t('impact.now')}</h2>
              <dl className="facts">
                <Fact term={t('impact.companiesRegistered')}>{number(data.now.companiesRegistered)}</Fact>
                <Fact term={t('impact.companiesActive')}>{number(data.now.companiesActive)}</Fact>
                {data.now.listingsByKind.map((kind) => (
                  <Fact
                    key={`${kind.side}-${kind.type}`}
                    term={t(`impact.listingKinds.${kind.side}_${kind.type}` as 'impact.listingKinds.offer_material')}
                  >
                    {number(kind.count)}
                  </Fact>
                ))}
              </dl>
              <h3>{t('impact.matchesByStage')}</h3>
              <dl className="facts">
                {matchStages.map((stage) => (
                  <Fact key={stage} term={t(`brokering.stages.${stage}`)}>
                    {number(data.now.matchesByStage[stage])}
                  </Fact>
                ))}
              </dl>
            </section>
            <section className="panel" aria-labelledby="impact-period">
              <h2 id="impact-period">{t('impact.inPeriod')}</h2>
              <dl className="facts">
                {(
                  [
                    'companies',
                    'listings',
                    'matches',
                    'introductions',
                    'introductionsAccepted',
                    'dealsAgreed',
                    'dealsCompleted',
                  ] as const
                ).map((metric) => (
                  <Fact key={metric} term={t(`impact.metrics.${metric}`)}>
                    {number(data.inPeriod[metric])}
                  </Fact>
                ))}
                <Fact term={t('impact.tonnesPerYear')}>{formatTonnes(data.inPeriod.tonnes, language)}</Fact>
                <Fact term={t('impact.hazardousTonnes')}>{formatTonnes(data.inPeriod.hazardousTonnes, language)}</Fact>
                <Fact term={t('impact.netCo2e')}>{formatCo2e(data.inPeriod.netKgCo2e, language)}</Fact>
                <Fact term={t('impact.value')}>{formatSekAmount(data.inPeriod.valueSek, language)}</Fact>
              </dl>
              <NotCounted
                reasons={data.notCounted}
                nothingAgreed={data.inPeriod.dealsAgreed === 0 && data.inPeriod.outcomes === 0}
                language={language}
              />
            </section>
          </div>
          <ChartWithTable
            title={t('impact.workPerMonth')}
            labelHeading={t('impact.month')}
            labels={data.monthly.map((month) => monthLabel(month.month))}
            series={(['introductions', 'introductionsAccepted', 'dealsAgreed', 'dealsCompleted'] as const).map(
              (metric) => ({
                label: t(`impact.metrics.${metric}`),
                values: data.monthly.map((month) => month[metric]),
              }),
            )}
            format={number}
          />
          <ChartWithTable
            title={t('impact.impactPerMonth')}
            labelHeading={t('impact.month')}
            labels={data.monthly.map((month) => monthLabel(month.month))}
            series={[
              { label: t('impact.metrics.tonnes'), values: data.monthly.map((m) => m.tonnes) },
              { label: 't CO2e', values: data.monthly.map((m) => m.netKgCo2e / 1000) },
            ]}
            format={number}
          />
          <ChartWithTable
            title={t('impact.byMunicipality')}
            labelHeading={t('impact.municipality')}
            horizontal
            labels={data.byMunicipality.map((entry) => getMunicipality(entry.key)?.name ?? entry.key)}
            series={[
              { label: t('impact.metrics.tonnes'), values: data.byMunicipality.map((entry) => entry.tonnes) },
              { label: 't CO2e', values: data.byMunicipality.map((entry) => entry.netKgCo2e / 1000) },
              { label: t('impact.metrics.listings'), values: data.byMunicipality.map((entry) => entry.listings) },
              { label: t('impact.metrics.dealsAgreed'), values: data.byMunicipality.map((entry) => entry.dealsAgreed) },
            ]}
            format={number}
          />
          <ChartWithTable
            title={t('impact.byCategory')}
            labelHeading={t('impact.category')}
            horizontal
            labels={data.byCategory.map((entry) => categoryName(entry.key, language))}
            series={[
              { label: t('impact.metrics.tonnes'), values: data.byCategory.map((entry) => entry.tonnes) },
              { label: 't CO2e', values: data.byCategory.map((entry) => entry.netKgCo2e / 1000) },
              { label: t('impact.metrics.listings'), values: data.byCategory.map((entry) => entry.listings) },
              { label: t('impact.metrics.dealsAgreed'), values: data.byCategory.map((entry) => entry.dealsAgreed) },
            ]}
            format={number}
          />
          <ChartWithTable
            title={t('impact.metrics.valueSek')}
            labelHeading={t('impact.month')}
            labels={data.monthly.map((month) => monthLabel(month.month))}
            series={[{ label: t('impact.metrics.valueSek'), values: data.monthly.map((month) => month.valueSek) }]}
            format={(value) => formatSekAmount(value, language)}
          />
        </>
      )}
    </>
  );
}
