import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/accounts/account-page';
import { ForgotPasswordPage, ResetPasswordPage } from '../features/accounts/password-pages';
import { SignInPage } from '../features/accounts/sign-in-page';
import { SignUpPage } from '../features/accounts/sign-up-page';
import { CompanyPage } from '../features/companies/company-page';
import { InvitationPage } from '../features/companies/invitation-page';
import { MyCompaniesPage } from '../features/companies/my-companies-page';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'companies', element: <MyCompaniesPage /> },
      { path: 'companies/:companyId', element: <CompanyPage /> },
      { path: 'invitations/:token', element: <InvitationPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
