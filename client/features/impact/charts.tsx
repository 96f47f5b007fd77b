import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useId } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';

// Only the parts the dashboard draws, so the chart library stays small on the page that loads it.
ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/** Colour-blind safe (Okabe–Ito), dark enough against white. */
const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

export type Series = { label: string; values: readonly number[] };

/**
 * A bar chart with the table it is drawn from right below it: the table is what screen readers,
 * printouts and people who want exact numbers use.
 */
export function ChartWithTable({
  title,
  labels,
  series,
  format,
  horizontal = false,
  labelHeading,
}: {
  title: string;
  labels: readonly string[];
  series: readonly Series[];
  format: (value: number) => string;
  horizontal?: boolean;
  labelHeading: string;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <div className="chart-area" style={{ height: horizontal ? `${Math.max(12, labels.length * 2.2)}rem` : '18rem' }}>
        <Bar
          role="img"
          aria-label={title}
          options={{
            maintainAspectRatio: false,
            // Axis numbers the same way as the tables: 100 000 in Swedish, 100,000 in English.
            locale: i18n.language === 'en' ? 'en-GB' : 'sv-SE',
            animation: false,
            indexAxis: horizontal ? 'y' : 'x',
            plugins: {
              legend: { position: 'bottom' },
              tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${format(Number(item.raw))}` } },
            },
          }}
          data={{
            labels: [...labels],
            datasets: series.map((entry, index) => ({
              label: entry.label,
              data: [...entry.values],
              backgroundColor: palette[index % palette.length],
            })),
          }}
        />
      </div>
      <details>
        <summary>{t('impact.tableBehind')}</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable) */}
        <section className="table-scroll" tabIndex={0} aria-label={title}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{labelHeading}</th>
                {series.map((entry) => (
                  <th key={entry.label} scope="col">
                    {entry.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, row) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {series.map((entry) => (
                    <td key={entry.label}>{format(entry.values[row] ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </section>
  );
}
