import { useTranslation } from 'react-i18next';
import { useAppInfo } from './api/use-app-info';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <section className="hero">
        <h1>{t('home.heading')}</h1>
        <p className="lead">{t('app.tagline')}</p>
        <p>{t('home.intro')}</p>
      </section>
      <SystemStatus />
    </>
  );
}

function SystemStatus() {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="panel" aria-labelledby="status-heading" aria-busy={info.isPending}>
      <h2 id="status-heading">{t('home.statusHeading')}</h2>
      {info.isPending && <p>{t('home.loading')}</p>}
      {info.isError && <p role="alert">{t('home.loadFailed', { message: info.error.message })}</p>}
      {info.data && (
        <dl className="facts" data-testid="app-info">
          <dt>{t('home.version')}</dt>
          <dd>{info.data.version}</dd>
          <dt>{t('home.database')}</dt>
          <dd>{info.data.database.kind === 'embedded' ? t('home.databaseEmbedded') : t('home.databaseServer')}</dd>
          <dt>{t('home.serverVersion')}</dt>
          <dd>{info.data.database.serverVersion}</dd>
          <dt>{t('home.migrations')}</dt>
          <dd>{number.format(info.data.database.migrationsApplied)}</dd>
          <dt>{t('home.searchEngine')}</dt>
          <dd>{info.data.searchEngine === 'postgres' ? t('home.searchPostgres') : t('home.searchMeilisearch')}</dd>
        </dl>
      )}
    </section>
  );
}
