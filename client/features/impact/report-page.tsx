import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppRouter } from '../../../server/router';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { emissionFactorName, freightModeName, methodTexts } from '../../../shared/impact/method-texts';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';
import { formatDate, type Language, languageOf } from '../../ui/format';
import { Fact, PeriodForm, usePeriod } from './dashboard-page';
import { formatCo2e, formatNumber, formatSekAmount, formatTonnes } from './format';

type Totals = inferRouterOutputs<AppRouter>['impact']['report']['totals'];
type Method = inferRouterOutputs<AppRouter>['impact']['report']['method'];

/**
 * The funders' period report: a page of its own without the site's navigation, laid out for
 * printing (see the print styles), with the totals, the breakdowns and the method. The CSV holds
 * the outcomes the totals add up.
 */
export function ImpactReportPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const message = useMessage();
  const { period, setPeriod } = usePeriod();
  const report = useQuery(trpc.impact.report.queryOptions(period));
  // Plain links: the server names the file and the browser saves it; the language decides separators and decimals.
  const exportQuery = new URLSearchParams({ ...period, language }).toString();
  return (
    <main id="main" className="report">
      <div className="no-print">
        <p>
          <Link to={`/broker/impact?from=${period.from}&to=${period.to}`}>← {t('impact.back')}</Link>
        </p>
        <PeriodForm period={period} onChange={setPeriod} />
        <div className="row">
          <button type="button" onClick={() => window.print()}>
            {t('impact.print')}
          </button>
          <a className="button-link" href={`/api/impact/outcomes.csv?${exportQuery}`} download>
            {t('impact.downloadCsv')}
          </a>
          <a className="button-link" href={`/api/impact/outcomes.xlsx?${exportQuery}`} download>
            {t('impact.downloadXlsx')}
          </a>
        </div>
      </div>
      <h1>
        {t('impact.reportHeading', { from: formatDate(period.from, language), to: formatDate(period.to, language) })}
      </h1>
      <p>{t('impact.reportIntro')}</p>
      {report.isPending && <p>{t('common.loading')}</p>}
      {report.isError && <FormMessage kind="error">{message(report.error.message)}</FormMessage>}
      {report.data && (
        <>
          <section aria-labelledby="report-totals">
            <h2 id="report-totals">{t('impact.totals')}</h2>
            <TotalsList totals={report.data.totals} language={language} />
          </section>
          <Breakdown
            title={t('impact.byMunicipality')}
            heading={t('impact.municipality')}
            rows={report.data.byMunicipality.map((row) => ({
              ...row,
              label: getMunicipality(row.key)?.name ?? row.key,
            }))}
            language={language}
          />
          <Breakdown
            title={t('impact.byCategory')}
            heading={t('impact.category')}
            rows={report.data.byCategory.map((row) => ({ ...row, label: categoryName(row.key, language) }))}
            language={language}
          />
          <MethodSection method={report.data.method} language={language} />
        </>
      )}
    </main>
  );
}

export function TotalsList({ totals, language }: { totals: Totals; language: Language }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <Fact term={t('impact.outcomes')}>{formatNumber(totals.outcomes, language)}</Fact>
      <Fact term={t('impact.tonnesPerYear')}>{formatTonnes(totals.tonnes, language)}</Fact>
      <Fact term={t('impact.hazardousTonnes')}>{formatTonnes(totals.hazardousTonnes, language)}</Fact>
      <Fact term={t('impact.netCo2e')}>{formatCo2e(totals.netKgCo2e, language)}</Fact>
      <Fact term={t('impact.transportCo2e')}>{formatCo2e(totals.transportKgCo2e, language)}</Fact>
      <Fact term={t('impact.co2eMissing')}>{formatNumber(totals.co2eNotAvailable, language)}</Fact>
      <Fact term={t('impact.hours')}>{formatNumber(totals.hours, language)}</Fact>
      <Fact term={t('impact.value')}>{formatSekAmount(totals.valueSek, language)}</Fact>
    </dl>
  );
}

function Breakdown({
  title,
  heading,
  rows,
  language,
}: {
  title: string;
  heading: string;
  rows: readonly (Totals & { key: string; label: string })[];
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {/* Focusable, so keyboard users can scroll a table wider than a phone. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable) */}
      <section className="table-scroll" tabIndex={0} aria-label={title}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{heading}</th>
              <th scope="col">{t('impact.outcomes')}</th>
              <th scope="col">{t('impact.tonnesPerYear')}</th>
              <th scope="col">{t('impact.hazardousTonnes')}</th>
              <th scope="col">{t('impact.netCo2e')}</th>
              <th scope="col">{t('impact.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{formatNumber(row.outcomes, language)}</td>
                <td>{formatTonnes(row.tonnes, language)}</td>
                <td>{formatTonnes(row.hazardousTonnes, language)}</td>
                <td>{formatCo2e(row.netKgCo2e, language)}</td>
                <td>{formatSekAmount(row.valueSek, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** "UK Government GHG Conversion Factors … 2025 (DESNZ)": the publication's own title, without the data's English notes on tables. */
const publication = (set: string) => set.split(',')[0] ?? set;
/** "2025 (value column …)" → "2025". */
const versionYear = (version: string) => /^\d{4}/.exec(version)?.[0] ?? version;

/** The method in the reader's language: factor names and caveats from shared/impact/method-texts. */
export function MethodSection({ method, language }: { method: Method; language: Language }) {
  const { t } = useTranslation();
  const texts = methodTexts[language];
  return (
    <section aria-labelledby="report-method">
      <h2 id="report-method">{t('impact.method')}</h2>
      <h3>{t('impact.methodFormula')}</h3>
      <p className="formula">{texts.formula}</p>
      <h3>{t('impact.methodEmission')}</h3>
      <p>{texts.avoidedPerTonne}</p>
      <p>
        {t('impact.methodSource')}: {publication(method.current.emission.set)}.
      </p>
      <h3>{t('impact.methodFreight')}</h3>
      <p>
        {method.current.freight.modes
          .map(
            (mode) =>
              `${freightModeName(mode.id, language)}: ${formatNumber(mode.kgCo2ePerTonneKm, language, 5)} kg CO2e/tkm`,
          )
          .join('; ')}
        . {t('impact.methodSource')}: {publication(method.current.freight.set)}.
      </p>
      {(method.emissionFactorsUsed.length > 0 || method.freightFactorsUsed.length > 0) && (
        <>
          <h3>{t('impact.methodFactorsUsed')}</h3>
          <ul>
            {method.emissionFactorsUsed.map((factor) => (
              <li key={`${factor.version}-${factor.key}`}>
                {emissionFactorName(factor.key, language)}: {formatNumber(factor.kgCo2ePerTonne, language, 5)} kg CO2e/t
                ({factor.version})
              </li>
            ))}
            {method.freightFactorsUsed.map((factor) => (
              <li key={`${factor.version}-${factor.mode}`}>
                {freightModeName(factor.mode, language)}: {formatNumber(factor.kgCo2ePerTonneKm, language, 5)} kg
                CO2e/tkm ({versionYear(factor.version)})
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('impact.methodCaveats')}</h3>
      <ul>
        {[...texts.emissionCaveats, ...texts.freightCaveats].map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </section>
  );
}
