import { accountsRouter } from './accounts/router';
import { alertsRouter } from './alerts/router';
import { brokeringRouter } from './brokering/router';
import { companiesRouter, invitationsRouter } from './companies/router';
import { conversationsRouter } from './conversations/router';
import { homeRouter } from './home/router';
import { impactRouter } from './impact/router';
import { listingsRouter } from './listings/router';
import { matchingRouter } from './matching/router';
import { metaRouter } from './meta/router';
import { searchRouter } from './search/router';
import { router } from './trpc';

export const appRouter = router({
  meta: metaRouter,
  accounts: accountsRouter,
  companies: companiesRouter,
  invitations: invitationsRouter,
  listings: listingsRouter,
  search: searchRouter,
  matches: matchingRouter,
  brokering: brokeringRouter,
  conversations: conversationsRouter,
  impact: impactRouter,
  alerts: alertsRouter,
  home: homeRouter,
});

export type AppRouter = typeof appRouter;
