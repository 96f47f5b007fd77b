import {
  CompanyImpactSchema,
  MatchOutcomeSchema,
  OutcomeExportSchema,
  PeriodSchema,
  RecordOutcomeSchema,
} from '../../shared/impact/schemas';
import { brokerProcedure, companyMemberProcedure, router, signedInProcedure } from '../trpc';
import { outcomesCsv } from './exports';
import { getOutcome, recordOutcome } from './outcomes';
import { companyImpact, dashboard, periodReport } from './reports';

export const impactRouter = router({
  // IUC staff or a member of either company of the match (decided in the service).
  outcome: signedInProcedure.input(MatchOutcomeSchema).query(({ ctx, input }) => getOutcome({ ctx, input })),
  recordOutcome: signedInProcedure
    .input(RecordOutcomeSchema)
    .mutation(({ ctx, input }) => recordOutcome({ ctx, input })),
  dashboard: brokerProcedure.input(PeriodSchema).query(({ ctx, input }) => dashboard({ ctx, input })),
  report: brokerProcedure.input(PeriodSchema).query(({ ctx, input }) => periodReport({ ctx, input })),
  outcomesCsv: brokerProcedure.input(OutcomeExportSchema).query(({ ctx, input }) => outcomesCsv({ ctx, input })),
  forCompany: companyMemberProcedure.input(CompanyImpactSchema).query(({ ctx }) => companyImpact({ ctx })),
});
