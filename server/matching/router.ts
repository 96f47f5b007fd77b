import {
  CompanyMatchesSchema,
  ListingMatchesSchema,
  MarkMatchesReadSchema,
  ReactToMatchSchema,
} from '../../shared/matching/schemas';
import { companyMemberProcedure, router } from '../trpc';
import { listCompanyMatches, listListingMatches, markMatchesRead, reactToMatch } from './service';

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
});
