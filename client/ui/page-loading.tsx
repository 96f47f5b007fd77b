import { useTranslation } from 'react-i18next';

/** Shown in the page area while a page's code loads (React Router's HydrateFallback for lazy routes). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status">
      {t('app.loadingPage')}
    </p>
  );
}
