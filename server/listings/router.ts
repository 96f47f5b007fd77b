import {
  CloseListingSchema,
  CompanyListingsSchema,
  CreateListingSchema,
  ListingActionSchema,
  ListingRefSchema,
  UpdateListingSchema,
} from '../../shared/listings/schemas';
import { companyActorProcedure, publicProcedure, router } from '../trpc';
import { changeListingStatus, createListing, getListing, listCompanyListings, updateListing } from './service';

export const listingsRouter = router({
  get: publicProcedure.input(ListingRefSchema).query(({ ctx, input }) => getListing({ ctx, input })),
  forCompany: companyActorProcedure
    .input(CompanyListingsSchema)
    .query(({ ctx, input }) => listCompanyListings({ ctx, input })),
  create: companyActorProcedure.input(CreateListingSchema).mutation(({ ctx, input }) => createListing({ ctx, input })),
  update: companyActorProcedure.input(UpdateListingSchema).mutation(({ ctx, input }) => updateListing({ ctx, input })),
  publish: companyActorProcedure
    .input(ListingActionSchema)
    .mutation(({ ctx, input }) => changeListingStatus({ ctx, input, transition: 'publish' })),
  pause: companyActorProcedure
    .input(ListingActionSchema)
    .mutation(({ ctx, input }) => changeListingStatus({ ctx, input, transition: 'pause' })),
  resume: companyActorProcedure
    .input(ListingActionSchema)
    .mutation(({ ctx, input }) => changeListingStatus({ ctx, input, transition: 'resume' })),
  renew: companyActorProcedure
    .input(ListingActionSchema)
    .mutation(({ ctx, input }) => changeListingStatus({ ctx, input, transition: 'renew' })),
  close: companyActorProcedure
    .input(CloseListingSchema)
    .mutation(({ ctx, input }) => changeListingStatus({ ctx, input, transition: 'close' })),
});
