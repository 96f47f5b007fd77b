import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/accounts/api/use-me';
import { trpc } from '../lib/trpc';
import { ErrorFallback } from './error-fallback';
import { LanguageSwitch } from './language-switch';
import { reportClientError } from './report-client-error';

/** Header, navigation, main landmark and footer around every page. */
export function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <NavLink to="/" className="brand">
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('app.mainNavigation')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/search">{t('search.nav')}</NavLink>
              </li>
              <AccountLinks />
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {/* Keyed by path so an error on one page clears when the user navigates away. */}
        <ErrorBoundary FallbackComponent={ErrorFallback} onError={reportClientError} resetKeys={[location.pathname]}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

/** "Messages", with the unread count when there is one; checked every minute and whenever a thread is read. */
function ConversationsLink() {
  const { t } = useTranslation();
  const unread = useQuery({ ...trpc.conversations.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const count = unread.data?.unread ?? 0;
  return (
    <NavLink to="/conversations">
      {count > 0 ? (
        <>
          {t('conversations.nav')}{' '}
          <span className="badge" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">{t('conversations.navUnread', { count })}</span>
        </>
      ) : (
        t('conversations.nav')
      )}
    </NavLink>
  );
}

/** The bell: unread notifications from alerts, checked every 30 seconds. */
function NotificationsBell() {
  const { t } = useTranslation();
  const unread = useQuery({ ...trpc.alerts.unreadCount.queryOptions(), refetchInterval: 30_000 });
  const count = unread.data?.unread ?? 0;
  return (
    <NavLink to="/notifications" aria-label={count > 0 ? t('alerts.bellUnread', { count }) : t('alerts.bell')}>
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span className="badge" aria-hidden="true" data-testid="bell-count">
          {count}
        </span>
      )}
    </NavLink>
  );
}

function AccountLinks() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  if (me.isPending) return null;
  if (!me.data) {
    return (
      <>
        <li>
          <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>
        </li>
        <li>
          <NavLink to="/sign-up">{t('nav.signUp')}</NavLink>
        </li>
      </>
    );
  }
  return (
    <>
      <li>
        <NavLink to="/companies">{t('nav.companies')}</NavLink>
      </li>
      {(me.data.platformRole === 'broker' || me.data.platformRole === 'admin') && (
        <>
          <li>
            <NavLink to="/broker/pipeline">{t('brokering.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/broker/work">{t('brokering.myWorkNav')}</NavLink>
          </li>
          <li>
            <NavLink to="/broker/impact">{t('impact.nav')}</NavLink>
          </li>
        </>
      )}
      <li>
        <ConversationsLink />
      </li>
      <li>
        <NotificationsBell />
      </li>
      <li>
        <NavLink to="/account">{t('nav.account')}</NavLink>
      </li>
      <li>
        <button
          type="button"
          className="link-button"
          onClick={async () => {
            // Loaded on demand: the auth client is not needed to draw the page.
            const { authClient } = await import('../lib/auth-client');
            await authClient.signOut();
            await queryClient.invalidateQueries();
            navigate('/');
          }}
        >
          {t('nav.signOut')}
        </button>
      </li>
    </>
  );
}
