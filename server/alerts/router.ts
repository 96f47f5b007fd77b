import {
  AlertRefSchema,
  BrokerDigestScoreSchema,
  CompanyAlertSchema,
  NotificationsReadSchema,
  SaveSearchSchema,
  UnsubscribeSchema,
  UpdateAlertSchema,
} from '../../shared/alerts/schemas';
import { adminProcedure, companyMemberProcedure, publicProcedure, router, signedInProcedure } from '../trpc';
import {
  countUnreadNotifications,
  deleteAlert,
  listAlerts,
  listNotifications,
  markNotificationsRead,
  saveSearch,
  setBrokerDigestScore,
  setCompanyAlert,
  updateAlert,
} from './service';
import { unsubscribeByToken } from './unsubscribe';

export const alertsRouter = router({
  list: signedInProcedure.query(({ ctx }) => listAlerts({ ctx })),
  saveSearch: signedInProcedure.input(SaveSearchSchema).mutation(({ ctx, input }) => saveSearch({ ctx, input })),
  update: signedInProcedure.input(UpdateAlertSchema).mutation(({ ctx, input }) => updateAlert({ ctx, input })),
  delete: signedInProcedure.input(AlertRefSchema).mutation(({ ctx, input }) => deleteAlert({ ctx, input })),
  setCompanyAlert: companyMemberProcedure
    .input(CompanyAlertSchema)
    .mutation(({ ctx, input }) => setCompanyAlert({ ctx, input })),
  setBrokerDigestScore: adminProcedure
    .input(BrokerDigestScoreSchema)
    .mutation(({ ctx, input }) => setBrokerDigestScore({ ctx, input })),
  notifications: signedInProcedure.query(({ ctx }) => listNotifications({ ctx })),
  unreadCount: signedInProcedure.query(({ ctx }) => countUnreadNotifications({ ctx })),
  markRead: signedInProcedure
    .input(NotificationsReadSchema)
    .mutation(({ ctx, input }) => markNotificationsRead({ ctx, input })),
  // The link in an email: works signed out, because the token is signed and expires.
  unsubscribe: publicProcedure
    .input(UnsubscribeSchema)
    .mutation(({ ctx, input }) => unsubscribeByToken(ctx.db, ctx.config, input.token)),
});
