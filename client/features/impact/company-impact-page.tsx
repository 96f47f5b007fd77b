import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';
import { formatDate, languageOf } from '../../ui/format';
import { formatCo2e, formatSekAmount, formatTonnes } from './format';
import { MethodSection, TotalsList } from './report-page';

/** A company's own figures: the same totals the funders' report uses, over its own deals. */
export function CompanyImpactPage() {
  const { companyId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const message = useMessage();
  const impact = useQuery(trpc.impact.forCompany.queryOptions({ companyId }));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="panel" aria-labelledby="company-impact">
      <h1 id="company-impact">{t('impact.companyHeading')}</h1>
      {impact.isPending && <p>{t('common.loading')}</p>}
      {impact.isError && <FormMessage kind="error">{message(impact.error.message)}</FormMessage>}
      {impact.data && impact.data.outcomes.length === 0 && <p>{t('impact.companyNone')}</p>}
      {impact.data && impact.data.outcomes.length > 0 && (
        <>
          <TotalsList totals={impact.data.totals} language={language} />
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable) */}
          <section className="table-scroll" tabIndex={0} aria-label={t('impact.companyHeading')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('impact.startDate')}</th>
                  <th scope="col">{t('impact.category')}</th>
                  <th scope="col">{t('impact.tonnesPerYear')}</th>
                  <th scope="col">{t('impact.netCo2e')}</th>
                  <th scope="col">{t('impact.value')}</th>
                </tr>
              </thead>
              <tbody>
                {impact.data.outcomes.map((row) => (
                  <tr key={row.id}>
                    <td>{formatDate(row.startDate, language)}</td>
                    <td>{categoryName(row.categoryId, language)}</td>
                    <td>
                      {row.tonnes === null ? '–' : formatTonnes(row.tonnes, language)}
                      {row.startDate > today && (
                        <span className="hint">
                          {' '}
                          ({t('impact.startsOn', { date: formatDate(row.startDate, language) })})
                        </span>
                      )}
                    </td>
                    <td>
                      {row.netKgCo2e === null
                        ? t(`impact.whyNoCo2e.${row.status === 'computed' ? 'no_factor' : row.status}`)
                        : formatCo2e(row.netKgCo2e, language)}
                    </td>
                    <td>{row.valueSek === null ? '–' : formatSekAmount(row.valueSek, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <MethodSection method={impact.data.method} language={language} />
        </>
      )}
    </section>
  );
}
