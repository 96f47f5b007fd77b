import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { trpc } from '../lib/trpc';
import { useMe } from '../lib/use-me';
import { Bell, Menu, MessageSquare, X } from '../ui/icons';
import { LogoMark } from '../ui/logo';
import { ErrorFallback } from './error-fallback';
import { LanguageSwitch } from './language-switch';
import { reportClientError } from './report-client-error';

/**
 * Header, navigation, main landmark and footer around every page. Below 48rem the navigation
 * folds behind a menu button (a disclosure: the button says whether it is open and which element
 * it controls); the bell stays beside it, so new notifications show without opening the menu.
 */
export function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const navId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  // A followed link closes the menu; so does Escape, returning focus to the button.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation on purpose
  useEffect(() => setMenuOpen(false), [location.pathname, location.search]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <LogoMark />
            <span>{t('app.name')}</span>
          </Link>
          <div className="header-quick">
            {me.data && <NotificationsBell />}
            <button
              ref={menuButton}
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls={navId}
              onClick={() => setMenuOpen((open) => !open)}
            >
              {menuOpen ? <X aria-hidden="true" size={20} /> : <Menu aria-hidden="true" size={20} />}
              <span>{t('app.menu')}</span>
            </button>
          </div>
          <nav id={navId} className="site-nav" aria-label={t('app.mainNavigation')} data-open={menuOpen || undefined}>
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
            <LanguageSwitch />
          </nav>
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
    <NavLink to="/conversations" className="nav-with-icon">
      <MessageSquare aria-hidden="true" size={18} />
      {t('conversations.nav')}
      {count > 0 && (
        <>
          {' '}
          <span className="badge" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">{t('conversations.navUnread', { count })}</span>
        </>
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
    <NavLink
      to="/notifications"
      className="bell"
      aria-label={count > 0 ? t('alerts.bellUnread', { count }) : t('alerts.bell')}
    >
      <Bell aria-hidden="true" size={20} />
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
  const staff = me.data.platformRole === 'broker' || me.data.platformRole === 'admin';
  return (
    <>
      <li>
        <NavLink to="/companies">{t('nav.companies')}</NavLink>
      </li>
      {staff && (
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
      {me.data.platformRole === 'admin' && (
        <li>
          <NavLink to="/admin/status">{t('admin.statusNav')}</NavLink>
        </li>
      )}
      <li>
        <ConversationsLink />
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
