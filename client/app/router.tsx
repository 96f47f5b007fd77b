import { createBrowserRouter, type LazyRouteFunction, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { PageLoading } from '../ui/page-loading';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

/**
 * A page whose code loads on first visit. While it loads on a fresh start, the shell is drawn with
 * a loading line in the page area (React Router's HydrateFallback; without one it warns).
 */
function lazyPage(lazy: LazyRouteFunction<RouteObject>) {
  return { lazy, HydrateFallback: PageLoading };
}

// Pages with forms load on first visit, so the home page does not carry the form libraries and schemas.
export const router = createBrowserRouter([
  // The funders' report prints on its own: no header, navigation or footer around it.
  {
    path: 'reports/impact',
    ...lazyPage(() => import('../features/impact/report-page').then((m) => ({ Component: m.ImpactReportPage }))),
  },
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'sign-in',
        ...lazyPage(() => import('../features/accounts/sign-in-page').then((m) => ({ Component: m.SignInPage }))),
      },
      {
        path: 'sign-up',
        ...lazyPage(() => import('../features/accounts/sign-up-page').then((m) => ({ Component: m.SignUpPage }))),
      },
      {
        path: 'sign-up/finish',
        ...lazyPage(() =>
          import('../features/accounts/sign-up-finish-page').then((m) => ({ Component: m.SignUpFinishPage })),
        ),
      },
      {
        path: 'forgot-password',
        ...lazyPage(() =>
          import('../features/accounts/password-pages').then((m) => ({ Component: m.ForgotPasswordPage })),
        ),
      },
      {
        path: 'reset-password',
        ...lazyPage(() =>
          import('../features/accounts/password-pages').then((m) => ({ Component: m.ResetPasswordPage })),
        ),
      },
      {
        path: 'account',
        ...lazyPage(() => import('../features/accounts/account-page').then((m) => ({ Component: m.AccountPage }))),
      },
      {
        path: 'companies',
        ...lazyPage(() =>
          import('../features/companies/my-companies-page').then((m) => ({ Component: m.MyCompaniesPage })),
        ),
      },
      {
        path: 'companies/:companyId',
        ...lazyPage(() => import('../features/companies/company-page').then((m) => ({ Component: m.CompanyPage }))),
      },
      {
        path: 'invitations/:token',
        ...lazyPage(() =>
          import('../features/companies/invitation-page').then((m) => ({ Component: m.InvitationPage })),
        ),
      },
      {
        path: 'companies/:companyId/listings',
        ...lazyPage(() =>
          import('../features/listings/our-listings-page').then((m) => ({ Component: m.OurListingsPage })),
        ),
      },
      {
        path: 'companies/:companyId/listings/new',
        ...lazyPage(() =>
          import('../features/listings/listing-form-page').then((m) => ({ Component: m.ListingFormPage })),
        ),
      },
      {
        path: 'companies/:companyId/matches',
        ...lazyPage(() =>
          import('../features/matching/matches-inbox-page').then((m) => ({ Component: m.MatchesInboxPage })),
        ),
      },
      {
        path: 'companies/:companyId/introductions',
        ...lazyPage(() =>
          import('../features/brokering/introductions-page').then((m) => ({ Component: m.IntroductionsPage })),
        ),
      },
      {
        path: 'broker/pipeline',
        ...lazyPage(() => import('../features/brokering/pipeline-page').then((m) => ({ Component: m.PipelinePage }))),
      },
      {
        path: 'broker/work',
        ...lazyPage(() => import('../features/brokering/my-work-page').then((m) => ({ Component: m.MyWorkPage }))),
      },
      {
        path: 'broker/matches/new',
        ...lazyPage(() => import('../features/brokering/new-match-page').then((m) => ({ Component: m.NewMatchPage }))),
      },
      {
        path: 'broker/matches/:matchId',
        ...lazyPage(() => import('../features/brokering/match-page').then((m) => ({ Component: m.MatchPage }))),
      },
      {
        path: 'conversations',
        ...lazyPage(() =>
          import('../features/conversations/conversations-page').then((m) => ({ Component: m.ConversationsPage })),
        ),
      },
      {
        path: 'conversations/:conversationId',
        ...lazyPage(() =>
          import('../features/conversations/conversations-page').then((m) => ({ Component: m.ConversationPage })),
        ),
      },
      {
        path: 'listings/:listingId',
        ...lazyPage(() => import('../features/listings/listing-page').then((m) => ({ Component: m.ListingPage }))),
      },
      {
        path: 'listings/:listingId/edit',
        ...lazyPage(() =>
          import('../features/listings/listing-form-page').then((m) => ({ Component: m.ListingFormPage })),
        ),
      },
      {
        path: 'search',
        ...lazyPage(() => import('../features/search/search-page').then((m) => ({ Component: m.SearchPage }))),
      },
      {
        path: 'broker/impact',
        ...lazyPage(() =>
          import('../features/impact/dashboard-page').then((m) => ({ Component: m.ImpactDashboardPage })),
        ),
      },
      {
        path: 'companies/:companyId/impact',
        ...lazyPage(() =>
          import('../features/impact/company-impact-page').then((m) => ({ Component: m.CompanyImpactPage })),
        ),
      },
      {
        path: 'alerts',
        ...lazyPage(() => import('../features/alerts/alerts-page').then((m) => ({ Component: m.AlertsPage }))),
      },
      {
        path: 'notifications',
        ...lazyPage(() =>
          import('../features/alerts/notifications-page').then((m) => ({ Component: m.NotificationsPage })),
        ),
      },
      {
        path: 'unsubscribe',
        ...lazyPage(() =>
          import('../features/alerts/unsubscribe-page').then((m) => ({ Component: m.UnsubscribePage })),
        ),
      },
      {
        path: 'admin/status',
        ...lazyPage(() => import('./admin-status-page').then((m) => ({ Component: m.AdminStatusPage }))),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
