import { ClientErrorReportSchema } from '../../shared/meta/schemas';
import { publicProcedure, router } from '../trpc';
import { getAppInfo, recordClientError } from './service';

export const metaRouter = router({
  info: publicProcedure.query(({ ctx }) => getAppInfo({ ctx })),
  reportClientError: publicProcedure
    .input(ClientErrorReportSchema)
    .mutation(({ ctx, input }) => recordClientError({ ctx, input })),
});
