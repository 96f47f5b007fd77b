import { createBrowserRouter } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

// Pages with forms load on first visit, so the home page does not carry the form libraries and schemas.
export const router = createBrowserRouter([
  // The funders' report prints on its own: no header, navigation or footer around it.
  {
    path: 'reports/impact',
    lazy: () => import('../features/impact/report-page').then((m) => ({ Component: m.ImpactReportPage })),
  },
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'sign-in',
        lazy: () => import('../features/accounts/sign-in-page').then((m) => ({ Component: m.SignInPage })),
      },
      {
        path: 'sign-up',
        lazy: () => import('../features/accounts/sign-up-page').then((m) => ({ Component: m.SignUpPage })),
      },
      {
        path: 'forgot-password',
        lazy: () => import('../features/accounts/password-pages').then((m) => ({ Component: m.ForgotPasswordPage })),
      },
      {
        path: 'reset-password',
        lazy: () => import('../features/accounts/password-pages').then((m) => ({ Component: m.ResetPasswordPage })),
      },
      {
        path: 'account',
        lazy: () => import('../features/accounts/account-page').then((m) => ({ Component: m.AccountPage })),
      },
      {
        path: 'companies',
        lazy: () => import('../features/companies/my-companies-page').then((m) => ({ Component: m.MyCompaniesPage })),
      },
      {
        path: 'companies/:companyId',
        lazy: () => import('../features/companies/company-page').then((m) => ({ Component: m.CompanyPage })),
      },
      {
        path: 'invitations/:token',
        lazy: () => import('../features/companies/invitation-page').then((m) => ({ Component: m.InvitationPage })),
      },
      {
        path: 'companies/:companyId/listings',
        lazy: () => import('../features/listings/our-listings-page').then((m) => ({ Component: m.OurListingsPage })),
      },
      {
        path: 'companies/:companyId/listings/new',
        lazy: () => import('../features/listings/listing-form-page').then((m) => ({ Component: m.ListingFormPage })),
      },
      {
        path: 'companies/:companyId/matches',
        lazy: () => import('../features/matching/matches-inbox-page').then((m) => ({ Component: m.MatchesInboxPage })),
      },
      {
        path: 'companies/:companyId/introductions',
        lazy: () =>
          import('../features/brokering/introductions-page').then((m) => ({ Component: m.IntroductionsPage })),
      },
      {
        path: 'broker/pipeline',
        lazy: () => import('../features/brokering/pipeline-page').then((m) => ({ Component: m.PipelinePage })),
      },
      {
        path: 'broker/work',
        lazy: () => import('../features/brokering/my-work-page').then((m) => ({ Component: m.MyWorkPage })),
      },
      {
        path: 'broker/matches/new',
        lazy: () => import('../features/brokering/new-match-page').then((m) => ({ Component: m.NewMatchPage })),
      },
      {
        path: 'broker/matches/:matchId',
        lazy: () => import('../features/brokering/match-page').then((m) => ({ Component: m.MatchPage })),
      },
      {
        path: 'conversations',
        lazy: () =>
          import('../features/conversations/conversations-page').then((m) => ({ Component: m.ConversationsPage })),
      },
      {
        path: 'conversations/:conversationId',
        lazy: () =>
          import('../features/conversations/conversations-page').then((m) => ({ Component: m.ConversationPage })),
      },
      {
        path: 'listings/:listingId',
        lazy: () => import('../features/listings/listing-page').then((m) => ({ Component: m.ListingPage })),
      },
      {
        path: 'listings/:listingId/edit',
        lazy: () => import('../features/listings/listing-form-page').then((m) => ({ Component: m.ListingFormPage })),
      },
      {
        path: 'search',
        lazy: () => import('../features/search/search-page').then((m) => ({ Component: m.SearchPage })),
      },
      {
        path: 'broker/impact',
        lazy: () => import('../features/impact/dashboard-page').then((m) => ({ Component: m.ImpactDashboardPage })),
      },
      {
        path: 'companies/:companyId/impact',
        lazy: () => import('../features/impact/company-impact-page').then((m) => ({ Component: m.CompanyImpactPage })),
      },
      {
        path: 'alerts',
        lazy: () => import('../features/alerts/alerts-page').then((m) => ({ Component: m.AlertsPage })),
      },
      {
        path: 'notifications',
        lazy: () => import('../features/alerts/notifications-page').then((m) => ({ Component: m.NotificationsPage })),
      },
      {
        path: 'unsubscribe',
        lazy: () => import('../features/alerts/unsubscribe-page').then((m) => ({ Component: m.UnsubscribePage })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
