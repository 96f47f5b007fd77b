import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h1>{t('errors.notFoundHeading')}</h1>
      <p>{t('errors.notFoundBody')}</p>
      <Link to="/">{t('errors.backHome')}</Link>
    </section>
  );
}
