import { SearchListingsSchema } from '../../shared/search/schemas';
import { publicProcedure, router } from '../trpc';
import { searchListings } from './service';

export const searchRouter = router({
  listings: publicProcedure.input(SearchListingsSchema).query(({ ctx, input }) => searchListings({ ctx, input })),
});
