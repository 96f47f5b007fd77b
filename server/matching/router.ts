import {
  CompanyMatchesSchema,
  ListingMatchesSchema,
  MarkMatchesReadSchema,
  ReactToMatchSchema,
} from '../../shared/matching/schemas';
import { brokerProcedure, companyMemberProcedure, router } from '../trpc';
import {
  listCompanyMatches,
  listInterestingMatches,
  listListingMatches,
  markMatchesRead,
  reactToMatch,
} from './service';

export const matchingRouter = router({
  forListing: companyMemberProcedure
    .input(ListingMatchesSchema)
    .query(({ ctx, input }) => listListingMatches({ ctx, input })),
  inbox: companyMemberProcedure
    .input(CompanyMatchesSchema)
    .query(({ ctx, input }) => listCompanyMatches({ ctx, input })),
  react: companyMemberProcedure.input(ReactToMatchSchema).mutation(({ ctx, input }) => reactToMatch({ ctx, input })),
  markRead: companyMemberProcedure
    .input(MarkMatchesReadSchema)
    .mutation(({ ctx, input }) => markMatchesRead({ ctx, input })),
  /** IUC staff: the matches members marked as interesting, to follow up. */
  interesting: brokerProcedure.query(({ ctx }) => listInterestingMatches({ ctx })),
});
