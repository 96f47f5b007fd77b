import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../lib/use-me';
import { useAppInfo } from './use-app-info';

/** System status for platform admins: version, database and search engine. */
export function AdminStatusPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return null;
  if (me.data?.platformRole !== 'admin') {
    return (
      <section className="panel">
        <h1>{t('admin.statusHeading')}</h1>
        <p>{t('admin.onlyAdmins')}</p>
        <Link to="/">{t('errors.backHome')}</Link>
      </section>
    );
  }
  return <SystemStatus />;
}

function SystemStatus() {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="panel" aria-labelledby="status-heading" aria-busy={info.isPending}>
      <h1 id="status-heading">{t('admin.statusHeading')}</h1>
      {info.isPending && <p>{t('admin.loading')}</p>}
      {info.isError && <p role="alert">{t('admin.loadFailed', { message: info.error.message })}</p>}
      {info.data && (
        <dl className="facts" data-testid="app-info">
          <dt>{t('admin.version')}</dt>
          <dd>{info.data.version}</dd>
          <dt>{t('admin.database')}</dt>
          <dd>{info.data.database.kind === 'embedded' ? t('admin.databaseEmbedded') : t('admin.databaseServer')}</dd>
          <dt>{t('admin.serverVersion')}</dt>
          <dd>{info.data.database.serverVersion}</dd>
          <dt>{t('admin.migrations')}</dt>
          <dd>{number.format(info.data.database.migrationsApplied)}</dd>
          <dt>{t('admin.searchEngine')}</dt>
          <dd>{info.data.searchEngine === 'postgres' ? t('admin.searchPostgres') : t('admin.searchMeilisearch')}</dd>
        </dl>
      )}
    </section>
  );
}
