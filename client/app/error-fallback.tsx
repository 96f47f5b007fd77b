import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';

/** Shown instead of a white page when rendering fails. */
export function ErrorFallback({ resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <section role="alert" className="panel panel-error">
      <h1>{t('errors.heading')}</h1>
      <p>{t('errors.body')}</p>
      <button type="button" onClick={resetErrorBoundary}>
        {t('errors.retry')}
      </button>
    </section>
  );
}
